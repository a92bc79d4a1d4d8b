package dev.kaizen.agent.publish;

import dev.kaizen.agent.ledger.ConfigSnapshot;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.evals.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The title and description of a session's pull request, as a pure function of its ledger records:
 * the verdict (effect, 95% interval, p, pairs), a table of every metric, what changed and why, the
 * tests, the gate's settings and every commit measured, a reviewer checklist, how to reproduce the
 * decision, the whole proposal trail, and the hidden {@link PrMarker}.
 *
 * <p>GitHub keeps at most {@value #GITHUB_LIMIT} characters of a description. A longer one loses
 * rows of the proposal trail first, then the end of long rationales, and says so.
 */
public final class PullRequestBody {

  /** The most characters GitHub keeps of a pull request's description. */
  public static final int GITHUB_LIMIT = 65_536;

  /** The most characters of a title's summary. */
  static final int TITLE_SUMMARY = 120;

  private PullRequestBody() {}

  /** {@code perf: <summary> (+3.1%)}. */
  public static String title(SessionEvidence s) {
    List<IterationRecord> steps = s.lineage();
    if (steps.isEmpty()) return "perf: nothing accepted in session " + s.id();
    String summary = oneLine(steps.get(0).summary());
    if (summary.length() > TITLE_SUMMARY)
      summary = summary.substring(0, TITLE_SUMMARY - 1).strip() + "…";
    if (steps.size() > 1)
      summary += " and " + (steps.size() - 1) + " more change" + (steps.size() > 2 ? "s" : "");
    return "perf: "
        + summary
        + s.combinedEffect().map(e -> " (" + Texts.signedPercent(e) + ")").orElse("");
  }

  /** The description, within GitHub's limit. */
  public static String render(SessionEvidence s) {
    return render(s, GITHUB_LIMIT);
  }

  /** The description, within {@code limit} characters: the trail is cut first, then rationales. */
  public static String render(SessionEvidence s, int limit) {
    int rows = s.iterations().size();
    String body = compose(s, rows, Integer.MAX_VALUE);
    if (body.length() <= limit) return body;
    int lo = 0;
    int hi = rows - 1;
    while (lo < hi) { // the most trail rows that fit
      int mid = (lo + hi + 1) / 2;
      if (compose(s, mid, Integer.MAX_VALUE).length() <= limit) lo = mid;
      else hi = mid - 1;
    }
    body = compose(s, lo, Integer.MAX_VALUE);
    if (body.length() <= limit) return body;
    int shortest = 200;
    int a = shortest;
    int b = longestRationale(s);
    while (a < b) { // the longest rationale that fits
      int mid = (a + b + 1) / 2;
      if (compose(s, 0, mid).length() <= limit) a = mid;
      else b = mid - 1;
    }
    body = compose(s, 0, a);
    if (body.length() <= limit) return body;
    String tail =
        "\n\n_(The description was cut here: GitHub keeps "
            + GITHUB_LIMIT
            + " characters. The ledger has it all: `kaizen show "
            + s.id()
            + "`.)_\n\n"
            + marker(s)
            + "\n";
    int keep = Math.max(0, limit - tail.length());
    return body.substring(0, Math.min(keep, body.length())) + tail;
  }

  private static int longestRationale(SessionEvidence s) {
    int longest = 0;
    for (IterationRecord it : s.lineage())
      longest = Math.max(longest, s.detail(it.n()).rationale().map(String::length).orElse(0));
    return longest;
  }

  private static String compose(SessionEvidence s, int trailRows, int rationaleLimit) {
    var out = new StringBuilder();
    verdict(out, s);
    measurements(out, s);
    changes(out, s, rationaleLimit);
    tests(out, s);
    settings(out, s);
    checklist(out);
    reproduce(out, s);
    trail(out, s, trailRows);
    out.append(marker(s)).append('\n');
    return out.toString();
  }

  // ---- sections

  private static void verdict(StringBuilder out, SessionEvidence s) {
    List<IterationRecord> steps = s.lineage();
    SessionRecord session = s.session();
    if (steps.isEmpty()) {
      out.append("**Verdict: nothing was accepted** in session `").append(s.id()).append("`.\n\n");
    } else if (steps.size() == 1) {
      out.append("**Verdict: better by ").append(effectLine(steps.get(0), true)).append(".\n\n");
    } else {
      out.append("**Verdict: ")
          .append(steps.size())
          .append(" changes, each measured better than the commit before it")
          .append(
              s.combinedEffect()
                  .map(e -> "; about " + Texts.signedPercent(e) + " together")
                  .orElse(""))
          .append(".**\n\n");
      for (IterationRecord step : steps) {
        out.append("- #")
            .append(step.n())
            .append(' ')
            .append(inline(step.summary()))
            .append(": ")
            .append(effectLine(step, false))
            .append('\n');
      }
      out.append('\n');
    }
    long accepted = s.iterations().stream().filter(IterationRecord::accepted).count();
    out.append("Kaizen's session `")
        .append(s.id())
        .append("` started from `")
        .append(abbreviate(session.base()))
        .append("`, tried ")
        .append(s.iterations().size())
        .append(" change")
        .append(s.iterations().size() == 1 ? "" : "s")
        .append(" and the gate accepted ")
        .append(accepted)
        .append(". The branch `")
        .append(s.branch())
        .append("` holds the best commit `")
        .append(abbreviate(s.best()))
        .append("`.");
    if (session.goal() != null && !session.goal().isBlank())
      out.append(" Goal: ").append(inline(session.goal())).append('.');
    out.append(" This is a draft: a person decides whether it is merged.\n\n");
  }

  /**
   * {@code +3.1% (95% CI +1.9% … +4.3%), p = 0.00049, 12 pairs}; with {@code closeBold}, a bold
   * text ends after the effect.
   */
  private static String effectLine(IterationRecord step, boolean closeBold) {
    String effect =
        step.effect() == null ? "an unrecorded amount" : Texts.signedPercent(step.effect());
    var sb = new StringBuilder(effect).append(closeBold ? "**" : "");
    if (step.ciLow() != null && step.ciHigh() != null) {
      sb.append(" (95% CI ")
          .append(Texts.signedPercent(step.ciLow()))
          .append(" … ")
          .append(Texts.signedPercent(step.ciHigh()))
          .append(')');
    }
    if (step.p() != null) sb.append(", p = ").append(Texts.p(step.p()));
    if (step.pairs() != null) sb.append(", ").append(step.pairs()).append(" pairs");
    return sb.toString();
  }

  private static void measurements(StringBuilder out, SessionEvidence s) {
    List<IterationRecord> steps = s.lineage();
    if (steps.isEmpty()) return;
    out.append("### Measurements\n\n");
    for (IterationRecord step : steps) {
      IterationEvidence d = s.detail(step.n());
      if (steps.size() > 1)
        out.append("#### #")
            .append(step.n())
            .append(' ')
            .append(inline(step.summary()))
            .append("\n\n");
      if (d.metrics().isEmpty()) {
        out.append("_The ledger holds no per-metric numbers for iteration ")
            .append(step.n())
            .append("._\n\n");
      } else {
        out.append("| metric | role | baseline | candidate | change | 95% CI | p |\n");
        out.append("|---|---|--:|--:|--:|--:|--:|\n");
        for (MetricRow m : d.metrics()) {
          out.append("| `")
              .append(cell(m.name()))
              .append("` (")
              .append(m.better())
              .append(" is better) | ")
              .append(m.role())
              .append(" | ")
              .append(Texts.number(m.baseline()))
              .append(" | ")
              .append(Texts.number(m.candidate()))
              .append(" | ")
              .append(Texts.signedPercent(m.change()))
              .append(" | ")
              .append(
                  m.ciLow() == null || m.ciHigh() == null
                      ? "–"
                      : Texts.signedPercent(m.ciLow()) + " … " + Texts.signedPercent(m.ciHigh()))
              .append(" | ")
              .append(m.p() == null ? "–" : Texts.p(m.p()))
              .append(" |\n");
        }
        out.append('\n');
        out.append("Baseline and candidate are medians over the ")
            .append(step.pairs() == null ? "" : step.pairs() + " ")
            .append(
                "pairs the gate used (each pair a fresh run of both, as many baseline-first as candidate-first); change is ")
            .append("oriented (positive: ")
            .append(
                "the candidate is better). Per metric, the interval (Hodges–Lehmann) and p (one-sided Wilcoxon signed-rank: ")
            .append(
                "is the candidate better at all?) come from the pairs' ratios; the verdict's p tests the target effect against ")
            .append(d.threshold().map(t -> "τ = " + Texts.percent(t)).orElse("τ"))
            .append(".\n\n");
      }
      if (!d.reasons().isEmpty()) {
        out.append("The gate's reasons:\n\n");
        for (String r : d.reasons()) out.append("- ").append(inline(r)).append('\n');
        out.append('\n');
      }
    }
  }

  private static void changes(StringBuilder out, SessionEvidence s, int rationaleLimit) {
    List<IterationRecord> steps = s.lineage();
    if (steps.isEmpty()) return;
    out.append("### What changed and why\n\n");
    for (IterationRecord step : steps) {
      out.append("#### #")
          .append(step.n())
          .append(' ')
          .append(inline(step.summary()))
          .append("\n\n");
      Optional<String> rationale = s.detail(step.n()).rationale();
      if (rationale.isPresent()) {
        String r = neutralize(rationale.get());
        if (r.length() > rationaleLimit) {
          r =
              r.substring(0, rationaleLimit).strip()
                  + " …\n\n_(cut to fit GitHub's limit; the whole rationale is in the ledger: `kaizen show "
                  + s.id()
                  + "/"
                  + step.n()
                  + "`)_";
        }
        out.append(r).append("\n\n");
      } else {
        out.append("_No rationale was recorded._\n\n");
      }
      out.append("Proposed by ").append(proposer(step));
      if (step.promptTemplate() != null)
        out.append(", prompt `").append(inline(step.promptTemplate())).append('`');
      if (step.tokens() > 0 || step.costUsd() > 0)
        out.append(", ").append(step.tokens()).append(" tokens, ").append(usd(step.costUsd()));
      out.append("; commit `")
          .append(abbreviate(step.commit()))
          .append("` on `")
          .append(abbreviate(step.parent()))
          .append("`.\n\n");
    }
  }

  private static void tests(StringBuilder out, SessionEvidence s) {
    List<IterationRecord> steps = s.lineage();
    if (steps.isEmpty()) return;
    out.append("### Tests\n\n");
    out.append("| commit | run | failed | skipped |\n|---|--:|--:|--:|\n");
    IterationEvidence first = s.detail(steps.get(0).n());
    first
        .baselineTests()
        .ifPresent(t -> testRow(out, "base `" + abbreviate(s.session().base()) + "`", t));
    for (IterationRecord step : steps) {
      String label = "#" + step.n() + " `" + abbreviate(step.commit()) + "`";
      Optional<TestCounts> t = s.detail(step.n()).candidateTests();
      if (t.isPresent()) testRow(out, label, t.get());
      else if (step.testsRun() != null) {
        out.append("| ")
            .append(label)
            .append(" | ")
            .append(step.testsRun())
            .append(" | ")
            .append(step.testsFailed() == null ? "–" : step.testsFailed())
            .append(" | – |\n");
      } else out.append("| ").append(label).append(" | – | – | – |\n");
    }
    out.append(
            "\nEvery candidate had to pass every test its parent passed, with no test missing or newly skipped; a change to ")
        .append("a test, a benchmark or a protected path is refused before anything runs.\n\n");
  }

  private static void testRow(StringBuilder out, String label, TestCounts t) {
    out.append("| ")
        .append(label)
        .append(" | ")
        .append(t.run())
        .append(" | ")
        .append(t.failed())
        .append(" | ")
        .append(t.skipped())
        .append(" |\n");
  }

  private static void settings(StringBuilder out, SessionEvidence s) {
    SessionRecord session = s.session();
    ConfigSnapshot config = session.config();
    out.append("### Gate settings and commits measured\n\n");
    var parts = new ArrayList<String>();
    ConfigSnapshot.Gate gate = config.gate();
    if (gate != null) {
      if (gate.alpha() != null) parts.add("α = " + plain(gate.alpha()));
      if (gate.minEffect() != null) parts.add("min-effect " + Texts.percent(gate.minEffect()));
      ConfigSnapshot.Pairs pairs = gate.pairs();
      if (pairs != null && pairs.min() != null && pairs.max() != null)
        parts.add(pairs.min() + " to " + pairs.max() + " pairs");
      if (gate.guardMaxRegression() != null)
        parts.add("guards may lose at most " + Texts.percent(gate.guardMaxRegression()));
    }
    List<IterationRecord> steps = s.lineage();
    if (!steps.isEmpty()) {
      IterationEvidence d = s.detail(steps.get(steps.size() - 1).n());
      d.threshold()
          .ifPresent(
              t ->
                  parts.add(
                      "τ = "
                          + Texts.percent(t)
                          + d.thresholdSource().map(src -> " (" + inline(src) + ")").orElse("")));
    }
    out.append("- Gate: ")
        .append(parts.isEmpty() ? "as recorded in the session" : String.join(", ", parts))
        .append(
            "; one-sided Wilcoxon signed-rank test of the per-pair effect against τ, Hodges–Lehmann estimate.\n");
    if (config.source() != null)
      out.append("- Configuration: ").append(inline(config.source())).append(".\n");
    ConfigSnapshot.Sandbox sandbox = config.sandbox();
    if (sandbox != null
        && !sandbox.equals(new ConfigSnapshot.Sandbox(null, null, null, null, null, null, null))) {
      var sb = new ArrayList<String>();
      sandboxSetting(sb, "backend", sandbox.backend());
      if (sandbox.ran() != null && !sandbox.ran().equals(sandbox.backend()))
        sandboxSetting(sb, "ran on", sandbox.ran());
      sandboxSetting(sb, "image", sandbox.image());
      sandboxSetting(sb, "cpus", sandbox.cpus());
      sandboxSetting(sb, "memory", sandbox.memory());
      sandboxSetting(sb, "timeout", sandbox.timeout());
      out.append("- Sandbox: ").append(String.join(", ", sb)).append(".\n");
    }
    out.append("- Proposer: ").append(inline(String.valueOf(session.proposer()))).append(".\n\n");
    out.append("| commit | what |\n|---|---|\n");
    out.append("| `").append(session.base()).append("` | base |\n");
    for (IterationRecord it : s.iterations()) {
      if (it.commit() == null) continue;
      out.append("| `")
          .append(it.commit())
          .append("` | #")
          .append(it.n())
          .append(' ')
          .append(it.decision())
          .append(it.commit().equals(s.best()) ? ", best" : "")
          .append(" (on `")
          .append(abbreviate(it.parent()))
          .append("`) |\n");
    }
    out.append('\n');
  }

  private static void checklist(StringBuilder out) {
    out.append("### Reviewer checklist\n\n")
        .append("- [ ] The diff does what *What changed and why* says, and nothing else\n")
        .append(
            "- [ ] Behaviour is the same, also where the tests do not look (nulls, empty input, errors, concurrency)\n")
        .append(
            "- [ ] The measured metric matters for this project, and the benchmark resembles real use\n")
        .append("- [ ] The effect holds on your machine (see *Reproduce*)\n")
        .append("- [ ] The code is as readable as before, or the gain is worth what it costs\n\n");
  }

  private static void reproduce(StringBuilder out, SessionEvidence s) {
    out.append("### Reproduce\n\n```sh\ngit fetch origin ")
        .append(s.branch())
        .append('\n')
        .append("java -jar kaizen.jar gate --base ")
        .append(s.session().base())
        .append(" --candidate ")
        .append(s.best())
        .append("\n```\n\n")
        .append(
            "`gate` builds and tests both commits in the sandbox, measures them in interleaved pairs with the settings ")
        .append("committed at the base, and prints its decision with these numbers.\n\n");
  }

  private static void trail(StringBuilder out, SessionEvidence s, int rows) {
    List<IterationRecord> all = s.iterations();
    long accepted = all.stream().filter(IterationRecord::accepted).count();
    out.append("<details>\n<summary>Proposal trail: ")
        .append(all.size())
        .append(" iteration")
        .append(all.size() == 1 ? "" : "s")
        .append(", ")
        .append(accepted)
        .append(" accepted</summary>\n\n");
    if (rows > 0 && !all.isEmpty()) {
      out.append("| # | decision | what | effect | reason | proposer | prompt | tokens | cost |\n");
      out.append("|--:|---|---|--:|---|---|---|--:|--:|\n");
      for (IterationRecord it : all.subList(0, Math.min(rows, all.size()))) {
        out.append("| ")
            .append(it.n())
            .append(" | ")
            .append(it.decision())
            .append(" | ")
            .append(cell(it.summary()))
            .append(" | ")
            .append(it.effect() == null ? "–" : Texts.signedPercent(it.effect()))
            .append(" | ")
            .append(cell(it.reason()))
            .append(" | ")
            .append(cell(proposer(it)))
            .append(" | ")
            .append(it.promptTemplate() == null ? "–" : "`" + cell(it.promptTemplate()) + "`")
            .append(" | ")
            .append(it.tokens())
            .append(" | ")
            .append(usd(it.costUsd()))
            .append(" |\n");
      }
      out.append('\n');
    }
    if (rows < all.size()) {
      out.append("_")
          .append(all.size() - rows)
          .append(" more iteration")
          .append(all.size() - rows == 1 ? " is" : "s are")
          .append(" left out: GitHub keeps ")
          .append(GITHUB_LIMIT)
          .append(" characters of a description._\n\n");
    }
    out.append(
            "Each iteration's proposal, patch, sandbox logs, scorecard and decision are in the ledger: `kaizen show ")
        .append(s.id())
        .append("/N`.\n\n</details>\n\n");
  }

  private static String marker(SessionEvidence s) {
    return new PrMarker(s.id(), s.branch(), s.session().base(), s.best()).render();
  }

  // ---- text

  private static String proposer(IterationRecord it) {
    return it.source() == null
        ? it.proposer()
        : it.proposer() + " (`" + it.source().replace("`", "'") + "`)";
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String usd(double v) {
    return v == 0 ? "$0" : String.format(Locale.ROOT, "$%.4f", v);
  }

  private static String abbreviate(String commit) {
    if (commit == null) return "–";
    return commit.length() > 10 ? commit.substring(0, 10) : commit;
  }

  /** Text from the ledger on one line: no line breaks, nothing that opens an HTML comment. */
  private static String inline(String text) {
    return neutralize(oneLine(text));
  }

  /** Text for a table cell: one line, pipes escaped. */
  private static String cell(String text) {
    return inline(text).replace("|", "\\|");
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** Ledger text cannot open an HTML comment, so no proposal can hide text or forge the marker. */
  private static String neutralize(String text) {
    return text.replace("<!--", "&lt;!--");
  }

  private static void sandboxSetting(List<String> settings, String key, Object value) {
    if (value != null) settings.add(key + " " + inline(String.valueOf(value)));
  }
}
