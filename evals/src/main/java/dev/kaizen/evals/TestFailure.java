package dev.kaizen.evals;

import java.util.Objects;

/**
 * A test that failed or errored.
 *
 * @param testId {@code fully.qualified.Class#method} (as Surefire names it)
 * @param message the first line of the failure message, or the exception type when it has none
 */
public record TestFailure(String testId, String message) {

  public TestFailure {
    Objects.requireNonNull(testId, "testId");
    Objects.requireNonNull(message, "message");
  }
}
