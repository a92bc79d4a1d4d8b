package dev.kaizen.evals;

import dev.kaizen.sandbox.ExecResult;
import java.nio.file.Path;

/**
 * One eval running on one tree, as its {@link EvalType} sees it: {@link EvalSuite} gives it the
 * sandbox, the eval's limits and the log every command is recorded in, and a channel for results
 * that the code being measured cannot forge as easily as its tree or its last line of output.
 *
 * <p><b>Trusted channel.</b> The tree is the candidate's: whatever a type reads from it after a
 * command ran, the candidate's code may have written or linked. So results come back through {@link
 * #results()}, a fresh host directory outside the tree (read it with {@link
 * dev.kaizen.sandbox.UntrustedFiles}, which never follows a link), and a metric line printed on
 * stdout must carry {@link #nonce()}, a secret made for this run: a line printed by the measured
 * code without reading the run's environment (which the static hack check refuses) cannot carry it.
 */
public interface EvalRun {

  /** The variable that gives the commands of a run its {@link #nonce()}. */
  String NONCE_VARIABLE = "KAIZEN_NONCE";

  /** The tree the eval runs on (the working directory of its commands). */
  Path tree();

  /**
   * This run's results directory on the host: outside the tree, made empty at the first call, shown
   * to the commands run after that call at {@code $KAIZEN_RESULTS}, and removed when the run ends.
   */
  Path results();

  /**
   * This run's nonce: 32 hex digits, fresh for each run, given to its commands in {@value
   * #NONCE_VARIABLE}.
   */
  String nonce();

  /**
   * Runs a command line ({@code /bin/sh -c}) in the sandbox on the tree, under the eval's limits;
   * logged under the eval's id, its wall time and peak memory counted for the run.
   */
  ExecResult exec(String commandLine);

  /**
   * Why a command failed, as a one-line problem that names the eval and quotes the last meaningful
   * lines of its output: {@code eval 'speed' failed (exit 1): …}, {@code eval 'tests' timed out
   * after 10 min: …}, {@code eval 'speed' was killed: out of memory}.
   */
  String failure(ExecResult result);
}
