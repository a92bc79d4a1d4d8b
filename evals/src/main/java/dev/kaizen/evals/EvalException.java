package dev.kaizen.evals;

/**
 * Evals could not run as they must, for a reason outside the candidate (as opposed to a candidate
 * that fails, which is a {@link Decision}). The root of this module's exceptions.
 */
public class EvalException extends RuntimeException {

  public EvalException(String message) {
    super(message);
  }

  public EvalException(String message, Throwable cause) {
    super(message, cause);
  }
}
