package dev.kaizen.evals;

/**
 * The trusted baseline itself fails (its checks, or its benchmark in most pairs), so no candidate
 * can be judged against it. Callers treat it as an environment error.
 */
public class BrokenBaselineException extends EvalException {

  public BrokenBaselineException(String message) {
    super(message);
  }
}
