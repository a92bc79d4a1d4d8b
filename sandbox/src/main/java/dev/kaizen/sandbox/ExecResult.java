package dev.kaizen.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * What happened when a command ran in a sandbox.
 *
 * @param exitCode the command's exit code; 137 when it was killed
 * @param stdout the tail of its standard output, at most the limit's size
 * @param stderr the tail of its standard error, at most the limit's size
 * @param elapsed wall-clock time from start to exit
 * @param timedOut the host killed it when its time ran out
 * @param oomKilled it was killed for exceeding its memory limit
 * @param truncated some output was dropped because it exceeded the limit
 */
public record ExecResult(
    int exitCode,
    String stdout,
    String stderr,
    Duration elapsed,
    boolean timedOut,
    boolean oomKilled,
    boolean truncated) {

  public ExecResult {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Exited by itself with code 0. */
  public boolean succeeded() {
    return exitCode == 0 && !timedOut && !oomKilled;
  }

  /** One line saying how the command ended, for messages and the ledger. */
  public String summary() {
    if (timedOut) return "timed out after " + elapsed.toMillis() + " ms";
    if (oomKilled) return "killed: out of memory";
    return "exit " + exitCode + " after " + elapsed.toMillis() + " ms";
  }
}
