package dev.kaizen.agent.patch;

import java.util.Objects;

/**
 * Why part of a model's answer could not be read as an edit.
 *
 * @param line the 1-based line of the answer the problem is at; 0 when it concerns the whole answer
 * @param reason one line, quoting what was wrong
 */
public record AnswerProblem(int line, String reason) {

  public AnswerProblem {
    Objects.requireNonNull(reason, "reason");
    if (line < 0) throw new IllegalArgumentException("line " + line);
  }

  @Override
  public String toString() {
    return line == 0 ? reason : "line " + line + ": " + reason;
  }
}
