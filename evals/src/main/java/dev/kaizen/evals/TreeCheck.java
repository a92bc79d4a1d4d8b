package dev.kaizen.evals;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The build and the test evals of one tree.
 *
 * @param tests the test results of every test eval together
 * @param problem why the tree fails, in one line ("build failed: …", "2 tests failed:
 *     demo.FooTest#bar: expected 3 but was 4"); empty when it builds and every test passes
 * @param logs every command run, in order
 */
public record TreeCheck(TestReport tests, Optional<String> problem, List<EvalLog> logs) {

  public TreeCheck {
    Objects.requireNonNull(tests, "tests");
    Objects.requireNonNull(problem, "problem");
    logs = List.copyOf(Objects.requireNonNull(logs, "logs"));
  }

  public boolean ok() {
    return problem.isEmpty();
  }
}
