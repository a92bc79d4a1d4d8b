package dev.kaizen.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Resources and time one command may use.
 *
 * @param cpus CPU share, in cores (1.0 = one core)
 * @param memoryBytes memory limit, swap included
 * @param pids the most processes and threads at once
 * @param timeout wall-clock time after which the host kills the command
 * @param outputBytes how much of stdout and of stderr each is kept (the tail is kept)
 * @param tmpBytes size of the writable {@code /tmp}
 * @param gpus which GPUs the command may use
 */
public record Limits(
    double cpus,
    long memoryBytes,
    long pids,
    Duration timeout,
    long outputBytes,
    long tmpBytes,
    Gpus gpus) {

  /**
   * 1 CPU, 2 GiB, 512 processes, 10 minutes, 1 MiB of each output stream, 512 MiB of /tmp, no GPU.
   */
  public static final Limits DEFAULT =
      new Limits(1.0, 2L << 30, 512, Duration.ofMinutes(10), 1L << 20, 512L << 20, Gpus.NONE);

  public Limits {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(gpus, "gpus");
    if (!(cpus > 0)) throw new IllegalArgumentException("cpus must be positive: " + cpus);
    if (memoryBytes < (6L << 20))
      throw new IllegalArgumentException("memory below 6 MiB: " + memoryBytes);
    if (pids < 1) throw new IllegalArgumentException("pids must be positive: " + pids);
    if (timeout.isNegative() || timeout.isZero())
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    if (outputBytes < 1)
      throw new IllegalArgumentException("outputBytes must be positive: " + outputBytes);
    if (tmpBytes < 1) throw new IllegalArgumentException("tmpBytes must be positive: " + tmpBytes);
  }

  public Limits withTimeout(Duration timeout) {
    return new Limits(cpus, memoryBytes, pids, timeout, outputBytes, tmpBytes, gpus);
  }

  public Limits withMemoryBytes(long memoryBytes) {
    return new Limits(cpus, memoryBytes, pids, timeout, outputBytes, tmpBytes, gpus);
  }

  public Limits withCpus(double cpus) {
    return new Limits(cpus, memoryBytes, pids, timeout, outputBytes, tmpBytes, gpus);
  }

  public Limits withPids(long pids) {
    return new Limits(cpus, memoryBytes, pids, timeout, outputBytes, tmpBytes, gpus);
  }

  public Limits withOutputBytes(long outputBytes) {
    return new Limits(cpus, memoryBytes, pids, timeout, outputBytes, tmpBytes, gpus);
  }

  public Limits withTmpBytes(long tmpBytes) {
    return new Limits(cpus, memoryBytes, pids, timeout, outputBytes, tmpBytes, gpus);
  }

  public Limits withGpus(Gpus gpus) {
    return new Limits(cpus, memoryBytes, pids, timeout, outputBytes, tmpBytes, gpus);
  }
}
