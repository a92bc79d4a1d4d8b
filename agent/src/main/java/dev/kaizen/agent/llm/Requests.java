package dev.kaizen.agent.llm;

import dev.kaizen.agent.model.ChatRequest;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;

/**
 * Stable hashes of requests (does a replay ask what was asked?) and of patches (was this tried?).
 */
final class Requests {

  private Requests() {}

  /** A hash of the system message and every turn, with their roles. */
  static String hash(ChatRequest request) {
    var text = new StringBuilder(request.system()).append('\0');
    for (ChatRequest.Turn turn : request.turns())
      text.append(turn.role()).append('\0').append(turn.text()).append('\0');
    return PromptTemplate.sha256(text.toString()).substring(0, 16);
  }

  /** The key of a proposal that makes {@code patch}: the same edits give the same key. */
  static String patchKey(Patch patch) {
    var text = new StringBuilder();
    patch.edits().stream()
        .sorted(java.util.Comparator.comparing(FileEdit::path))
        .forEach(e -> text.append(e.path()).append('\0').append(e.after()).append('\0'));
    return "llm:" + PromptTemplate.sha256(text.toString()).substring(0, 16);
  }
}
