package dev.kaizen.agent.heuristic;

import dev.kaizen.agent.propose.Goal;

/**
 * The markdown record of how a heuristic proposal was made, for the ledger's {@code proposal.md}.
 */
final class Transcripts {

  private Transcripts() {}

  static String of(
      Goal goal,
      RewriteRule rule,
      String path,
      String key,
      String summary,
      Place place,
      String rewritten) {
    return "# "
        + summary
        + "\n\n"
        + "- Proposer: heuristic (offline rewrite rules, no model)\n"
        + "- Rule: `"
        + rule.id()
        + "` — "
        + rule.description()
        + "\n"
        + "- Place: `"
        + path
        + "`, `"
        + place.member()
        + "`, line "
        + place.line()
        + ", column "
        + place.column()
        + "\n"
        + "- Key: `"
        + key
        + "`\n"
        + "- Goal: "
        + goal.text().strip()
        + "\n\n"
        + "## Why\n\n"
        + place.rationale()
        + "\n\n"
        + "## Matched code\n\n"
        + fenced(place.code())
        + "## Rewritten code\n\n"
        + fenced(rewritten).stripTrailing()
        + "\n";
  }

  /** A java code block whose fence is longer than any run of backticks in the code. */
  static String fenced(String code) {
    int longest = 0;
    int run = 0;
    for (char c : code.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return fence + "java\n" + code.stripTrailing() + "\n" + fence + "\n\n";
  }
}
