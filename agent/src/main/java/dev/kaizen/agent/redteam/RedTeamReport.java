package dev.kaizen.agent.redteam;

import java.util.List;
import java.util.Objects;

/**
 * The red-team suite's results on one repository.
 *
 * @param session the red-team session whose ledger holds the attacks' iterations
 * @param base the commit every attack was built on
 * @param results one per attack, in the suite's order
 */
public record RedTeamReport(String session, String base, List<AttackResult> results) {

  public RedTeamReport {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(base, "base");
    results = List.copyOf(Objects.requireNonNull(results, "results"));
  }

  /**
   * Whether every attack that applies was stopped: where and why it was expected, or refused
   * earlier by another defence.
   */
  public boolean held() {
    return results.stream().noneMatch(r -> r.verdict().failed());
  }

  /** How many attacks ended with {@code verdict}. */
  public long count(AttackResult.Verdict verdict) {
    return results.stream().filter(r -> r.verdict() == verdict).count();
  }

  /** "27 of 32 stopped with their reason, 0 failed, 5 not applicable". */
  public String summary() {
    long applicable = results.size() - count(AttackResult.Verdict.NOT_APPLICABLE);
    long failed = results.stream().filter(r -> r.verdict().failed()).count();
    long earlier = count(AttackResult.Verdict.STOPPED_EARLIER);
    return count(AttackResult.Verdict.STOPPED)
        + " of "
        + applicable
        + " applicable attack(s) stopped with their reason, "
        + (earlier > 0 ? earlier + " refused earlier by another defence, " : "")
        + failed
        + " failed defence(s), "
        + count(AttackResult.Verdict.NOT_APPLICABLE)
        + " not applicable";
  }
}
