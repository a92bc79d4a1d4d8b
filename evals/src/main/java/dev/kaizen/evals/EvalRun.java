package dev.kaizen.evals;

import dev.kaizen.sandbox.ExecResult;
import java.nio.file.Path;

/**
 * One eval running on one tree, as its {@link EvalType} sees it: {@link EvalSuite} gives it the
 * sandbox, the eval's limits and the log every command is recorded in.
 */
public interface EvalRun {

  /** The tree the eval runs on (the working directory of its commands). */
  Path tree();

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
