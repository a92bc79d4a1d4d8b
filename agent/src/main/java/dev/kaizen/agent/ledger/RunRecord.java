package dev.kaizen.agent.ledger;

import dev.kaizen.evals.EvalLog;
import java.util.Objects;

/**
 * One command the sandbox ran, as the ledger keeps it in the {@code runs} of a scorecard's tree
 * check and measurements: its wall time and peak memory as the sandbox measured them.
 *
 * @param step what it was for: {@code build}, or the eval's id
 * @param exitCode its exit code
 * @param wallMs its wall-clock time
 * @param peakMemoryBytes its peak memory; null when the sandbox could not measure it
 * @param timedOut true when the sandbox stopped it at its timeout; null (left out) otherwise
 * @param oomKilled true when it was killed for lack of memory; null (left out) otherwise
 */
public record RunRecord(
    String step,
    int exitCode,
    long wallMs,
    Long peakMemoryBytes,
    Boolean timedOut,
    Boolean oomKilled) {

  public RunRecord {
    Objects.requireNonNull(step, "step");
    timedOut = Boolean.TRUE.equals(timedOut) ? Boolean.TRUE : null;
    oomKilled = Boolean.TRUE.equals(oomKilled) ? Boolean.TRUE : null;
  }

  /** The record of one command's sandbox log. */
  public static RunRecord of(EvalLog log) {
    var r = log.result();
    return new RunRecord(
        log.step(),
        r.exitCode(),
        r.elapsed().toMillis(),
        r.peakMemoryBytes().isPresent() ? r.peakMemoryBytes().getAsLong() : null,
        r.timedOut(),
        r.oomKilled());
  }
}
