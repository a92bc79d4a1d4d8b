package dev.kaizen.agent.cli;

import dev.kaizen.agent.redteam.AttackResult;
import dev.kaizen.agent.redteam.RedTeamReport;
import dev.kaizen.agent.workspace.Workspace;
import java.util.List;
import java.util.Locale;

/** How {@code kaizen redteam} shows its report: a table, or a JSON document. */
final class RedTeamText {

  /** Reasons are cut to this many characters in the table; the ledger keeps them whole. */
  static final int REASON_WIDTH = 70;

  private RedTeamText() {}

  /** One row per attack: id, threat, expected, outcome, reason (shortened), ok; then a summary. */
  static String table(RedTeamReport report) {
    var out = new StringBuilder();
    int id = width(report, "attack", AttackResult::id);
    int threat = width(report, "threat", AttackResult::threat);
    String row = "%-" + id + "s  %-" + threat + "s  %-12s  %-14s  %-" + REASON_WIDTH + "s  %s%n";
    out.append(
        String.format(Locale.ROOT, row, "attack", "threat", "expected", "outcome", "reason", "ok"));
    for (AttackResult r : report.results()) {
      out.append(
          String.format(
              Locale.ROOT,
              row,
              r.id(),
              r.threat(),
              r.expected().outcome().word(),
              r.outcome(),
              cut(r.reason()),
              r.verdict().word()));
    }
    out.append('\n')
        .append("red team ")
        .append(report.session())
        .append(" on ")
        .append(Workspace.abbreviate(report.base()))
        .append(": ")
        .append(report.summary())
        .append('\n');
    if (!report.held()) {
      out.append("a defence failed: nothing was merged; see 'kaizen show ")
          .append(report.session())
          .append("' for each attack's iteration\n");
    }
    return out.toString();
  }

  record Row(
      String id,
      String threat,
      String expectedOutcome,
      String expectedReason,
      String outcome,
      String reason,
      String verdict,
      boolean ok,
      int iteration) {}

  record Document(String session, String base, boolean held, String summary, List<Row> attacks) {}

  static Document json(RedTeamReport report) {
    return new Document(
        report.session(),
        report.base(),
        report.held(),
        report.summary(),
        report.results().stream()
            .map(
                r ->
                    new Row(
                        r.id(),
                        r.threat(),
                        r.expected().outcome().word(),
                        r.expected().reason(),
                        r.outcome(),
                        r.reason(),
                        r.verdict().word(),
                        !r.verdict().failed(),
                        r.iteration()))
            .toList());
  }

  private static String cut(String reason) {
    String line = reason.replace('\n', ' ');
    return line.length() <= REASON_WIDTH ? line : line.substring(0, REASON_WIDTH - 1) + "…";
  }

  private static int width(
      RedTeamReport report, String header, java.util.function.Function<AttackResult, String> f) {
    return Math.max(
        header.length(),
        report.results().stream().mapToInt(r -> f.apply(r).length()).max().orElse(0));
  }
}
