package dev.kaizen.agent.propose;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a proposal came from, for commit trailers and the ledger.
 *
 * @param proposer the proposer's name ({@code heuristic}, {@code llm}, {@code replay})
 * @param source what inside the proposer produced it: a rewrite rule's id, or a model's name
 * @param promptTemplate the prompt template's id and content hash ({@code propose@sha256:…}), when
 *     a prompt was used
 * @param tokens tokens spent (prompt and answer); 0 for offline proposers
 * @param costUsd money spent; 0 for offline and local proposers
 */
public record Provenance(
    String proposer, String source, Optional<String> promptTemplate, long tokens, double costUsd) {

  public Provenance {
    Objects.requireNonNull(proposer, "proposer");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(promptTemplate, "promptTemplate");
    if (tokens < 0) throw new IllegalArgumentException("tokens must not be negative");
    if (costUsd < 0) throw new IllegalArgumentException("cost must not be negative");
  }

  /** An offline proposal made by {@code source} (a rule id) of {@code proposer}. */
  public static Provenance offline(String proposer, String source) {
    return new Provenance(proposer, source, Optional.empty(), 0, 0);
  }
}
