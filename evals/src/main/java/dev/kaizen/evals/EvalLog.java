package dev.kaizen.evals;

import dev.kaizen.sandbox.ExecResult;
import java.util.Objects;

/**
 * One command the suite ran in the sandbox, kept for the ledger's sandbox logs.
 *
 * @param step what it was for: {@code build}, or the eval's id
 * @param command the command line as configured
 * @param result what the sandbox reported
 */
public record EvalLog(String step, String command, ExecResult result) {

  public EvalLog {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(result, "result");
  }
}
