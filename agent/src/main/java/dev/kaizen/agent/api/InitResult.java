package dev.kaizen.agent.api;

import dev.kaizen.evals.EvalSuggestion;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The {@code kaizen.yml} that {@link Kaizen#init} wrote.
 *
 * @param written the file
 * @param suggested what the eval types found to measure, beyond the tests (empty: nothing)
 */
public record InitResult(Path written, List<EvalSuggestion> suggested) {

  public InitResult {
    Objects.requireNonNull(written, "written");
    suggested = List.copyOf(suggested);
  }

  /** {@code maven}, or {@code maven+jmh} and the like: the build and each kind of eval found. */
  public String detected() {
    return "maven"
        + String.join("", suggested.stream().map(s -> "+" + s.eval().type().id()).toList());
  }
}
