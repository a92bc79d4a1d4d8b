package dev.kaizen.agent.patch;

import java.util.Objects;

/**
 * A fenced code block of a model's answer holding whole Java methods (or constructors), each to
 * replace the one of the same name and parameter types in a file.
 *
 * @param path the Java file the methods are in
 * @param code the code between the fences
 * @param line the 1-based line of the answer where the opening fence is
 */
public record MethodBlock(String path, String code, int line) {

  public MethodBlock {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    FileEdit.pathProblem(path)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
  }
}
