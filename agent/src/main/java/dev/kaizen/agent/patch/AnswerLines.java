package dev.kaizen.agent.patch;

import java.util.List;

/** Splits a model's answer into lines, whatever line separators it uses. */
final class AnswerLines {

  private AnswerLines() {}

  static List<String> of(String answer) {
    return answer.lines().toList();
  }
}
