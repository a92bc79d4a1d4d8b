package dev.kaizen.evals.junit;

import dev.kaizen.evals.TestReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a set of Surefire report files says.
 *
 * @param tests the tests of every file that parsed
 * @param files the report files read, relative to the tree
 * @param problems one line per file that could not be read ("malformed test report …")
 */
public record SurefireResult(TestReport tests, List<Path> files, List<String> problems) {

  public SurefireResult {
    Objects.requireNonNull(tests, "tests");
    files = List.copyOf(Objects.requireNonNull(files, "files"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** At least one report file was there. */
  public boolean found() {
    return !files.isEmpty();
  }
}
