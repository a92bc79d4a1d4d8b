package dev.kaizen.evals;

import java.util.Objects;
import java.util.Optional;

/**
 * What one test eval found on a tree.
 *
 * @param tests the tests it ran (counted even when it failed)
 * @param problem why the tree fails this eval ("2 tests failed: …", "eval 'tests' failed (exit 1):
 *     …"); empty when it passes
 */
public record TestOutcome(TestReport tests, Optional<String> problem) {

  public TestOutcome {
    Objects.requireNonNull(tests, "tests");
    Objects.requireNonNull(problem, "problem");
  }

  public static TestOutcome passed(TestReport tests) {
    return new TestOutcome(tests, Optional.empty());
  }

  public static TestOutcome failed(TestReport tests, String problem) {
    return new TestOutcome(tests, Optional.of(problem));
  }

  public boolean ok() {
    return problem.isEmpty();
  }
}
