package dev.kaizen.sandbox;

import java.util.Objects;

/**
 * What a sandbox can do beyond running a command: callers ask this instead of comparing backend
 * names.
 *
 * @param isolation how far commands are separated from the host
 * @param memoryLimit {@link Limits#memoryBytes()} is enforced (and an overrun reported as {@link
 *     ExecResult#oomKilled()})
 * @param pidsLimit {@link Limits#pids()} is enforced
 * @param cpuQuota {@link Limits#cpus()} is enforced as a CPU quota, so that a command can be slowed
 *     down by a known factor (what {@code calibrate} plants)
 * @param gpus {@link Limits#gpus()} is honoured: the command gets exactly the GPUs asked for
 * @param remote commands run on another machine: the tree is copied there and the results back (see
 *     {@link Sandbox#exec}), and the host's toolchain is not the command's
 */
public record Capabilities(
    Isolation isolation,
    boolean memoryLimit,
    boolean pidsLimit,
    boolean cpuQuota,
    boolean gpus,
    boolean remote) {

  /** Plain processes on this machine: no isolation, no limit, no GPU control. */
  public static final Capabilities NONE =
      new Capabilities(Isolation.NONE, false, false, false, false, false);

  public Capabilities {
    Objects.requireNonNull(isolation, "isolation");
  }
}
