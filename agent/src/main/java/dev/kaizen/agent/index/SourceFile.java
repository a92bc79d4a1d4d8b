package dev.kaizen.agent.index;

import java.util.List;
import java.util.Objects;

/**
 * One {@code .java} file of the repository.
 *
 * @param path repository-relative, {@code /}-separated
 * @param test whether it is test code (it lies under a {@code src/test/} folder)
 * @param lines how many lines it has
 * @param problems why it could not be parsed; empty when it parsed
 */
public record SourceFile(String path, boolean test, int lines, List<ParseProblem> problems) {

  public SourceFile {
    Objects.requireNonNull(path, "path");
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    if (lines < 0) throw new IllegalArgumentException("lines must not be negative");
  }

  /** Whether the file parsed, so that its types and methods are in the index. */
  public boolean parsed() {
    return problems.isEmpty();
  }
}
