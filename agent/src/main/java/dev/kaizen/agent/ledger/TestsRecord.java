package dev.kaizen.agent.ledger;

import dev.kaizen.evals.TestFailure;
import dev.kaizen.evals.TestReport;
import java.util.List;
import java.util.Objects;

/**
 * A tree's test results as the ledger keeps them: {@code candidateTests} of {@code decision.json},
 * {@code tests} of each side of {@code scorecard.json} (and of {@code eval --json}).
 *
 * @param run tests run (failed, errored and skipped ones included)
 * @param failures tests whose assertions failed
 * @param errors tests that threw
 * @param skipped tests that were disabled or skipped
 * @param failed every failed or errored test, with its message
 */
public record TestsRecord(int run, int failures, int errors, int skipped, List<Failure> failed) {

  public TestsRecord {
    failed = failed == null ? List.of() : List.copyOf(failed);
  }

  /**
   * One failed or errored test.
   *
   * @param test {@code Class#method}
   * @param message the first line of its failure
   */
  public record Failure(String test, String message) {
    public Failure {
      Objects.requireNonNull(test, "test");
    }
  }

  /** The record of a tree's test results. */
  public static TestsRecord of(TestReport t) {
    return new TestsRecord(
        t.run(),
        t.failures(),
        t.errors(),
        t.skipped(),
        t.failed().stream().map((TestFailure f) -> new Failure(f.testId(), f.message())).toList());
  }
}
