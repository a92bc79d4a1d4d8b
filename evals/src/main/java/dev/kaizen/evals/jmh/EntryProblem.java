package dev.kaizen.evals.jmh;

/**
 * Why one entry of a result file cannot be used. Thrown and caught within this package only, where
 * it becomes a problem line; it carries no stack trace.
 */
final class EntryProblem extends Exception {

  private static final long serialVersionUID = 1L;

  EntryProblem(String message) {
    super(message, null, false, false);
  }
}
