package dev.kaizen.agent.patch;

import java.util.List;
import java.util.Objects;

/**
 * What reading a model's answer found: the edits it could read and the problems with the rest.
 *
 * @param <T> the kind of edit
 */
public record Parsed<T>(List<T> edits, List<AnswerProblem> problems) {

  public Parsed {
    edits = List.copyOf(Objects.requireNonNull(edits, "edits"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  public boolean isClean() {
    return problems.isEmpty();
  }
}
