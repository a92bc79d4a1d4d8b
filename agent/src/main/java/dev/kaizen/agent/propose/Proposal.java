package dev.kaizen.agent.propose;

import dev.kaizen.agent.patch.Patch;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposed change with its reasons.
 *
 * @param key identifies what was proposed, so that it is never proposed twice in a session (for a
 *     rewrite rule: rule id, file and the rewritten code's position, e.g. {@code
 *     string-concat-in-loop:src/main/java/demo/Report.java:Report#render:41})
 * @param summary one line for commit subjects and pull request titles ("use a StringBuilder for the
 *     loop in Report.render")
 * @param rationale why this should be better, in a few sentences
 * @param patch the edits
 * @param provenance who proposed it and how
 * @param transcript the full record of how it was made (the rule and the code it matched, or the
 *     prompt and the model's answer), written to the ledger as {@code proposal.md}
 * @param unusable why the proposer could not make a usable patch of what it got (a model's answer
 *     with no edit that applies, even after repair rounds); the iteration is then rejected with
 *     this reason and the transcript kept
 */
public record Proposal(
    String key,
    String summary,
    String rationale,
    Patch patch,
    Provenance provenance,
    String transcript,
    Optional<String> unusable) {

  public Proposal {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(patch, "patch");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(transcript, "transcript");
    Objects.requireNonNull(unusable, "unusable");
    if (summary.isBlank()) throw new IllegalArgumentException("a proposal needs a summary");
  }

  /** A usable proposal. */
  public Proposal(
      String key,
      String summary,
      String rationale,
      Patch patch,
      Provenance provenance,
      String transcript) {
    this(key, summary, rationale, patch, provenance, transcript, Optional.empty());
  }

  /** What a proposer got instead of a usable patch, and why it is not one. */
  public static Proposal unusable(
      String key, String summary, String why, Provenance provenance, String transcript) {
    return new Proposal(
        key,
        summary,
        why,
        new Patch(java.util.List.of()),
        provenance,
        transcript,
        Optional.of(why));
  }
}
