package dev.kaizen.agent.loop;

import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.propose.PastAttempt;
import dev.kaizen.evals.Decision;
import dev.kaizen.evals.EvalLog;
import dev.kaizen.evals.Evidence;
import dev.kaizen.evals.MetricComparison;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.SuiteSpec;
import dev.kaizen.evals.TreeCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the next proposal learns from the previous ones: each iteration as a {@link PastAttempt}
 * with the details that explain a failure (compiler messages, failing tests and their messages, the
 * gate's numbers), the journal entry the session keeps of it, and the metrics' lines.
 */
final class Diagnoses {

  /** The most lines of build output quoted back. */
  static final int MAX_MESSAGE_LINES = 40;

  private static final Pattern MESSAGE =
      Pattern.compile(
          "\\[ERROR]|error:|FAIL|Exception|expected:|but was|Tests run:.*Failures: [1-9]|Tests run:.*Errors: [1-9]");

  private Diagnoses() {}

  static PastAttempt attempt(
      IterationRecord done, Optional<Decision> decision, Optional<TreeCheck> check) {
    var details = new StringBuilder();
    decision.flatMap(Decision::evidence).ifPresent(e -> details.append(numbers(e)));
    check
        .filter(c -> !c.ok())
        .ifPresent(
            c -> {
              if (details.length() > 0) details.append('\n');
              details.append(buildMessages(c, c.problem().orElse("")));
            });
    return new PastAttempt(
        done.n(),
        done.summary() == null ? "(nothing proposed)" : done.summary(),
        done.decision(),
        done.reasons(),
        Optional.ofNullable(done.effect()),
        details.toString());
  }

  /**
   * The lines of the failing step's output that say what went wrong (at most {@value
   * #MAX_MESSAGE_LINES}), else the problem.
   */
  static String buildMessages(TreeCheck check, String problem) {
    if (check.logs().isEmpty()) return problem;
    EvalLog last = check.logs().get(check.logs().size() - 1);
    var lines = new ArrayList<String>();
    for (String line : (last.result().stdout() + "\n" + last.result().stderr()).lines().toList()) {
      if (MESSAGE.matcher(line).find()
          && !line.contains("[Help 1]")
          && !line.contains("BUILD FAILURE")) lines.add(line.strip());
      if (lines.size() == MAX_MESSAGE_LINES) break;
    }
    if (lines.isEmpty()) return problem;
    return (problem.isBlank() ? "" : firstLine(problem) + "\n") + String.join("\n", lines);
  }

  /**
   * The gate's numbers, for a proposer: the estimate, its interval, p, pairs, τ and each metric's
   * medians.
   */
  static String numbers(Evidence e) {
    var out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "gate: effect %+.2f%% (%.0f%% interval %+.2f%% to %+.2f%%), p = %.3g over %d pairs; needed > %.2f%% (%s)",
                100 * e.estimate(),
                100 * e.confidence(),
                100 * e.ciLow(),
                100 * e.ciHigh(),
                e.pValue(),
                e.pairs(),
                100 * e.threshold(),
                e.thresholdSource()));
    for (MetricComparison m : e.metrics()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%n%s (%s, %s is better): baseline %.6g, candidate %.6g (%+.2f%%)",
              m.name(),
              m.role().id(),
              m.better().id(),
              m.baselineMedian(),
              m.candidateMedian(),
              100 * m.improvement()));
    }
    return out.toString();
  }

  static String journalEntry(PastAttempt a) {
    var out =
        new StringBuilder("## ")
            .append(a.n())
            .append(". ")
            .append(a.summary())
            .append("\n\n- ")
            .append(a.decision());
    a.effect().ifPresent(e -> out.append(String.format(Locale.ROOT, " (%+.2f%%)", 100 * e)));
    out.append('\n');
    a.reasons().forEach(r -> out.append("- ").append(firstLine(r)).append('\n'));
    if (!a.details().isBlank()) out.append("\n```\n").append(a.details().strip()).append("\n```\n");
    return out.append('\n').toString();
  }

  /**
   * One line per configured metric, with the medians of the latest measurement when there is one.
   */
  static List<String> metrics(SuiteSpec suite, Optional<Evidence> latest) {
    var lines = new ArrayList<String>();
    for (MetricSpec m : suite.metrics()) {
      var line =
          new StringBuilder(m.name())
              .append(": ")
              .append(m.role().id())
              .append(", ")
              .append(m.better().id())
              .append(" is better");
      latest
          .flatMap(e -> e.metrics().stream().filter(c -> c.name().equals(m.name())).findFirst())
          .ifPresent(
              c ->
                  line.append(
                      String.format(
                          Locale.ROOT,
                          "; last measured: best %.6g, candidate %.6g",
                          c.baselineMedian(),
                          c.candidateMedian())));
      lines.add(line.toString());
    }
    suite.evals().forEach(e -> lines.addAll(e.type().describe(e)));
    latest.ifPresent(
        e ->
            e.metrics().stream()
                .filter(c -> lines.stream().noneMatch(l -> l.startsWith(c.name() + ":")))
                .forEach(
                    c ->
                        lines.add(
                            String.format(
                                Locale.ROOT,
                                "%s: %s, %s is better; last measured: best %.6g, candidate %.6g",
                                c.name(),
                                c.role().id(),
                                c.better().id(),
                                c.baselineMedian(),
                                c.candidateMedian()))));
    return lines;
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("");
  }
}
