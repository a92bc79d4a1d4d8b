package dev.kaizen.agent.heuristic;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of rewriting one place: the new file text, or why there is none.
 *
 * @param text the whole rewritten file; empty when the rewrite failed
 * @param rewrittenCode the code that took the matched code's place (for transcripts); empty when
 *     the rewrite failed
 * @param problem why the rewrite failed; empty when it succeeded
 */
public record RewriteResult(Optional<String> text, String rewrittenCode, Optional<String> problem) {

  public RewriteResult {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rewrittenCode, "rewrittenCode");
    Objects.requireNonNull(problem, "problem");
    if (text.isPresent() == problem.isPresent()) {
      throw new IllegalArgumentException("a rewrite result has either a text or a problem");
    }
  }

  public static RewriteResult rewritten(String text, String rewrittenCode) {
    return new RewriteResult(Optional.of(text), rewrittenCode, Optional.empty());
  }

  public static RewriteResult failed(String problem) {
    return new RewriteResult(Optional.empty(), "", Optional.of(problem));
  }

  public boolean isSuccessful() {
    return text.isPresent();
  }
}
