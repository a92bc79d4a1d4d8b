package dev.kaizen.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What happened when a command ran in a sandbox.
 *
 * <p>Wall time and peak memory are measured by the sandbox from outside the command; nothing the
 * command prints or writes can change them.
 *
 * @param exitCode the command's exit code; 137 when it was killed
 * @param stdout the tail of its standard output, at most the limit's size
 * @param stderr the tail of its standard error, at most the limit's size
 * @param elapsed wall-clock time from start to exit
 * @param timedOut the host killed it when its time ran out
 * @param oomKilled it was killed for exceeding its memory limit
 * @param truncated some output was dropped because it exceeded the limit
 * @param peakMemoryBytes the most memory the command (with everything it started) used at once, in
 *     bytes, as the backend measures it (see the backend's documentation for what is counted and
 *     how exactly); also known for a command that timed out or was killed. Empty when the backend
 *     could not measure it, e.g. a container on a remote engine, or a command that ended before the
 *     first sample.
 */
public record ExecResult(
    int exitCode,
    String stdout,
    String stderr,
    Duration elapsed,
    boolean timedOut,
    boolean oomKilled,
    boolean truncated,
    OptionalLong peakMemoryBytes) {

  public ExecResult {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(peakMemoryBytes, "peakMemoryBytes");
    if (peakMemoryBytes.isPresent() && peakMemoryBytes.getAsLong() < 0) {
      throw new IllegalArgumentException("negative peak memory: " + peakMemoryBytes.getAsLong());
    }
  }

  /** A result whose peak memory was not measured. */
  public ExecResult(
      int exitCode,
      String stdout,
      String stderr,
      Duration elapsed,
      boolean timedOut,
      boolean oomKilled,
      boolean truncated) {
    this(exitCode, stdout, stderr, elapsed, timedOut, oomKilled, truncated, OptionalLong.empty());
  }

  /** Exited by itself with code 0. */
  public boolean succeeded() {
    return exitCode == 0 && !timedOut && !oomKilled;
  }

  /**
   * One line saying how the command ended, for messages and the ledger: {@code exit 0 after 812 ms,
   * peak 312 MiB}, {@code timed out after 2004 ms}, {@code killed: out of memory}. The peak is left
   * out when it is unknown.
   */
  public String summary() {
    String how;
    if (timedOut) how = "timed out after " + elapsed.toMillis() + " ms";
    else if (oomKilled) return "killed: out of memory";
    else how = "exit " + exitCode + " after " + elapsed.toMillis() + " ms";
    return peakMemoryBytes.isPresent() ? how + ", peak " + size(peakMemoryBytes.getAsLong()) : how;
  }

  /** {@code 640 KiB}, {@code 312 MiB}, {@code 12.5 GiB}. */
  private static String size(long bytes) {
    if (bytes < (1L << 20)) return Math.round(bytes / 1024.0) + " KiB";
    if (bytes < (10L << 30)) return Math.round(bytes / (double) (1L << 20)) + " MiB";
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
  }
}
