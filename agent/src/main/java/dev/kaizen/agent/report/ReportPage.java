package dev.kaizen.agent.report;

import dev.kaizen.agent.ledger.ConfigSnapshot;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.SessionRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The report as one HTML document: an overview of the sessions and their costs, then per session
 * the effect of every iteration with its 95% interval, the target metrics' medians, the lineage of
 * the candidates, the costs and a table of every decision's numbers.
 *
 * <p>The page is self-contained and inert: inline CSS allowed by its hash in a {@code
 * Content-Security-Policy} that allows nothing else (no script, no request), inline SVG, system
 * fonts. It is also well-formed XML, so tests can read it with an XML parser. Every string from the
 * ledger is escaped: summaries and reasons may come from a model.
 */
public final class ReportPage {

  static final String CSS =
      """
      :root { --acc: #1a7f37; --rej: #cf222e; --inc: #9a6700; --none: #6e7781; --ink: #1f2328; --muted: #59636e;
        --line: #d1d9e0; --soft: #f6f8fa; --accent: #0969da; }
      * { box-sizing: border-box; }
      body { margin: 0; color: var(--ink); background: #fff;
        font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Liberation Sans", "DejaVu Sans", sans-serif; }
      main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; }
      h1 { font-size: 26px; margin: 0 0 4px; }
      h2 { font-size: 20px; margin: 40px 0 8px; padding-top: 16px; border-top: 2px solid var(--line); }
      h3 { font-size: 15px; margin: 26px 0 8px; }
      a { color: var(--accent); text-decoration: none; }
      a:hover { text-decoration: underline; }
      code, .commit { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 12.5px; }
      .meta, .muted, figcaption, .detail { color: var(--muted); }
      figure { margin: 0; }
      figcaption { font-size: 12.5px; margin-top: 4px; }
      .tiles { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0; }
      .tile { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 118px; background: var(--soft); }
      .tile b { display: block; font-size: 20px; }
      .tile span { color: var(--muted); font-size: 12px; }
      .tile.accepted b { color: var(--acc); } .tile.rejected b { color: var(--rej); } .tile.inconclusive b { color: var(--inc); }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
      dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
      table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0; }
      th, td { text-align: left; vertical-align: top; padding: 5px 7px; border-bottom: 1px solid var(--line); }
      th { background: var(--soft); font-weight: 600; white-space: nowrap; }
      td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
      tr.total td { font-weight: 600; border-top: 2px solid var(--line); }
      .badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; font-weight: 600;
        color: #fff; background: var(--none); white-space: nowrap; }
      .badge.accepted { background: var(--acc); } .badge.rejected { background: var(--rej); }
      .badge.inconclusive { background: var(--inc); }
      .badge.finished { background: var(--accent); } .badge.running { background: var(--inc); }
      .badge.interrupted, .badge.failed { background: var(--rej); }
      td.change { min-width: 280px; } td.commit { white-space: nowrap; }
      td .summary { font-weight: 600; } td .reason { color: var(--muted); font-size: 12.5px; }
      details summary { cursor: pointer; color: var(--accent); font-size: 12.5px; }
      details ul { margin: 4px 0; padding-left: 18px; color: var(--muted); font-size: 12.5px; }
      tr:target { background: #fff8c5; }
      .scroll { overflow-x: auto; }
      .problems { border-left: 4px solid var(--inc); background: #fff8c5; padding: 6px 12px; }
      .empty { color: var(--muted); font-style: italic; }
      svg { display: block; max-width: 100%; height: auto; }
      svg text { fill: var(--ink); font-size: 12px; font-family: system-ui, "Liberation Sans", "DejaVu Sans", sans-serif; }
      svg .label { font-weight: 600; fill: var(--muted); }
      .grid line { stroke: #eaeef2; shape-rendering: crispEdges; }
      .axis line { stroke: var(--muted); shape-rendering: crispEdges; }
      .rule line { stroke: var(--muted); }
      .rule.threshold line { stroke: var(--acc); stroke-dasharray: 6 4; }
      .rule.threshold text { fill: var(--acc); }
      .point.accepted, .edge.accepted { fill: var(--acc); stroke: var(--acc); }
      .point.rejected, .edge.rejected { fill: var(--rej); stroke: var(--rej); }
      .point.inconclusive, .edge.inconclusive { fill: var(--inc); stroke: var(--inc); }
      .point.none, .edge.none { fill: var(--none); stroke: var(--none); }
      .point.baseline { fill: #fff; stroke: var(--muted); stroke-width: 2; }
      .ring { fill: #fff; stroke-width: 2.5; }
      .cross { fill: none; stroke-width: 2.5; }
      .errorbar line { stroke-width: 2; }
      .errorbar.accepted line { stroke: var(--acc); } .errorbar.rejected line { stroke: var(--rej); }
      .errorbar.inconclusive line { stroke: var(--inc); }
      .dash line { stroke: var(--acc); stroke-width: 2; stroke-dasharray: 3 2; }
      .series.baseline { stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 4 3; }
      .series.link { stroke-width: 2; } .series.link.accepted { stroke: var(--acc); }
      .series.link.rejected { stroke: var(--rej); } .series.link.inconclusive { stroke: var(--inc); }
      .series.link.none { stroke: var(--none); }
      .bar { fill: var(--accent); fill-opacity: 0.8; }
      .bar.accepted { fill: var(--acc); } .bar.rejected { fill: var(--rej); } .bar.inconclusive { fill: var(--inc); }
      .lineage .edge { fill: none; stroke-width: 2; stroke: #afb8c1; }
      .lineage .node.base circle { fill: var(--ink); }
      .lineage .node text { stroke: none; fill: var(--ink); }
      .lineage .node.merged .decision, .lineage .node.merged .n { font-weight: 700; }
      .lineage .decision { font-weight: 600; }
      .lineage .accepted .decision { fill: var(--acc); } .lineage .rejected .decision { fill: var(--rej); }
      .lineage .inconclusive .decision { fill: var(--inc); } .lineage .none .decision { fill: var(--none); }
      .lineage .muted, .lineage .summary { fill: var(--muted); }
      footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
      """;

  /** Nothing but the page's own style: no script, no request of any kind. */
  static final String CSP =
      "default-src 'none'; style-src '"
          + sha256(CSS)
          + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

  private static final int WIDTH = 984;
  private static final int MAX_METRIC_CHARTS = 4;

  private final Instant generated;
  private final String source;

  /**
   * @param generated when the report was made (shown on the page)
   * @param source where the ledger was read from (shown on the page)
   */
  public ReportPage(Instant generated, String source) {
    this.generated = Objects.requireNonNull(generated, "generated");
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The whole page for {@code sessions}, oldest first. */
  public String render(List<SessionData> sessions) {
    var h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(Html.escape(CSP))
        .append("\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"kaizen report\"/>\n")
        .append("<title>")
        .append(Html.escape(title(sessions)))
        .append("</title>\n")
        .append("<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    h.append("<header>\n<h1>Kaizen report</h1>\n<p class=\"meta\">Generated ")
        .append(Html.escape(Format.time(generated.truncatedTo(ChronoUnit.SECONDS).toString())))
        .append(" from <code>")
        .append(Html.escape(source))
        .append("</code>: ")
        .append(count(sessions.size(), "session"))
        .append(".</p>\n</header>\n");
    overview(h, sessions);
    for (SessionData s : sessions) session(h, s);
    h.append(
            "<footer>Every number comes from the ledger (<code>sessions/&lt;session&gt;/iterations.jsonl</code> and each ")
        .append(
            "iteration's <code>scorecard.json</code>). An effect is the Hodges–Lehmann estimate of the relative improvement ")
        .append(
            "of the target metrics over the paired runs, with its 95% confidence interval.</footer>\n");
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String title(List<SessionData> sessions) {
    return sessions.size() == 1
        ? "Kaizen report: session " + sessions.get(0).session().id()
        : "Kaizen report";
  }

  // ----------------------------------------------------------------------------------------
  // overview

  private void overview(StringBuilder h, List<SessionData> sessions) {
    var all = new ArrayList<IterationRecord>();
    sessions.forEach(s -> all.addAll(s.iterations()));
    h.append("<section id=\"overview\">\n<h2>Overview</h2>\n");
    tiles(h, all, OptionalInt.of(sessions.size()));
    h.append(
            "<table class=\"sessions\">\n<thead><tr><th>session</th><th>started</th><th>status</th><th>proposer</th>")
        .append(
            "<th class=\"num\">tried</th><th class=\"num\">accepted</th><th class=\"num\">tokens</th><th class=\"num\">cost</th>")
        .append("<th>best</th></tr></thead>\n<tbody>\n");
    for (SessionData s : sessions) {
      SessionRecord r = s.session();
      h.append("<tr><td><a href=\"#")
          .append(sessionAnchor(r.id()))
          .append("\"><code>")
          .append(Html.escape(r.id()))
          .append("</code></a></td><td>")
          .append(Html.escape(Format.time(r.started())))
          .append("</td><td>")
          .append(statusBadge(r))
          .append("</td><td>")
          .append(Html.escape(r.proposer()))
          .append("</td><td class=\"num\">")
          .append(s.iterations().size())
          .append("</td><td class=\"num\">")
          .append(accepted(s.iterations()))
          .append("</td><td class=\"num\">")
          .append(Format.tokens(tokens(s.iterations())))
          .append("</td><td class=\"num\">")
          .append(Html.escape(Format.usd(usd(s.iterations()))))
          .append("</td><td>")
          .append(best(r))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    h.append("<h3>Costs per proposer</h3>\n");
    proposerCosts(h, all);
    h.append("</section>\n");
  }

  private static void tiles(
      StringBuilder h, List<IterationRecord> iterations, OptionalInt sessions) {
    h.append("<div class=\"tiles\">");
    sessions.ifPresent(n -> tile(h, "", Integer.toString(n), n == 1 ? "session" : "sessions"));
    tile(h, "", Integer.toString(iterations.size()), "iterations");
    tile(h, "accepted", Long.toString(decided(iterations, "accepted")), "accepted");
    tile(h, "rejected", Long.toString(decided(iterations, "rejected")), "rejected");
    tile(h, "inconclusive", Long.toString(decided(iterations, "inconclusive")), "inconclusive");
    tile(h, "", Format.tokens(tokens(iterations)), "tokens");
    tile(h, "", Format.usd(usd(iterations)), "spent");
    h.append("</div>\n");
  }

  private static void tile(StringBuilder h, String css, String value, String label) {
    h.append("<div class=\"tile")
        .append(css.isEmpty() ? "" : " " + css)
        .append("\"><b>")
        .append(Html.escape(value))
        .append("</b><span>")
        .append(Html.escape(label))
        .append("</span></div>");
  }

  private static void proposerCosts(StringBuilder h, List<IterationRecord> iterations) {
    var byProposer = new LinkedHashMap<String, List<IterationRecord>>();
    for (IterationRecord it : iterations)
      byProposer.computeIfAbsent(it.proposer(), k -> new ArrayList<>()).add(it);
    h.append(
            "<table class=\"costs\">\n<thead><tr><th>proposer</th><th class=\"num\">iterations</th><th class=\"num\">accepted</th>")
        .append(
            "<th class=\"num\">tokens</th><th class=\"num\">cost</th><th class=\"num\">cost per accepted</th></tr></thead>\n<tbody>\n");
    for (var e : byProposer.entrySet()) costRow(h, "", Html.escape(e.getKey()), e.getValue());
    if (byProposer.size() != 1) costRow(h, " class=\"total\"", "total", iterations);
    h.append("</tbody>\n</table>\n");
  }

  private static void costRow(
      StringBuilder h, String attributes, String label, List<IterationRecord> its) {
    long acc = accepted(its);
    double usd = usd(its);
    h.append("<tr")
        .append(attributes)
        .append("><td>")
        .append(label)
        .append("</td><td class=\"num\">")
        .append(its.size())
        .append("</td><td class=\"num\">")
        .append(acc)
        .append("</td><td class=\"num\">")
        .append(Format.tokens(tokens(its)))
        .append("</td><td class=\"num\">")
        .append(Html.escape(Format.usd(usd)))
        .append("</td><td class=\"num\">")
        .append(acc == 0 ? "–" : Html.escape(Format.usd(usd / acc)))
        .append("</td></tr>\n");
  }

  // -----------------------------------------------------------------------------------------
  // session

  private void session(StringBuilder h, SessionData data) {
    SessionRecord s = data.session();
    List<IterationRecord> its = data.iterations();
    String anchor = sessionAnchor(s.id());
    h.append("<section class=\"session\" id=\"")
        .append(anchor)
        .append("\">\n<h2>Session <code>")
        .append(Html.escape(s.id()))
        .append("</code> ")
        .append(statusBadge(s))
        .append("</h2>\n");
    if (s.statusDetail() != null)
      h.append("<p class=\"detail\">").append(Html.escape(s.statusDetail())).append("</p>\n");
    facts(h, s);
    if (!data.problems().isEmpty()) {
      h.append("<div class=\"problems\">");
      for (String p : data.problems()) h.append("<p>").append(Html.escape(p)).append("</p>");
      h.append("</div>\n");
    }
    if (its.isEmpty()) {
      h.append("<p class=\"empty\">No iteration was recorded in this session.</p>\n</section>\n");
      return;
    }
    tiles(h, its, OptionalInt.empty());
    SvgChart effects = effectChart(data);
    h.append("<h3>Effect per iteration</h3>\n<figure>\n")
        .append(effects.render())
        .append('\n')
        .append(
            "<figcaption>The target's estimated improvement per iteration (above zero is better) with its 95% confidence ")
        .append(
            "interval (the bars); crosses on the zero line were never measured (refused, or their build or tests failed); ")
        .append("the dashed line is the threshold τ an acceptance had to clear. ")
        .append(axisNote(effects, "beyond ±1%"))
        .append("Click a point for its row in the table.</figcaption>\n</figure>\n");
    for (String metric : targetMetrics(data)) {
      SvgChart medians = mediansChart(data, metric);
      h.append("<h3>Target <code>")
          .append(Html.escape(metric))
          .append("</code>: medians</h3>\n<figure>\n")
          .append(medians.render())
          .append('\n')
          .append(
              "<figcaption>Median of the baseline (the best commit when the iteration started, hollow) and of the candidate ")
          .append("over the measured pairs. ")
          .append(axisNote(medians, ""))
          .append("</figcaption>\n</figure>\n");
    }
    h.append("<h3>Lineage</h3>\n<figure>\n")
        .append(
            Lineage.of(s.base(), its, s.best()).svg(WIDTH, n -> "#" + iterationAnchor(s.id(), n)))
        .append('\n')
        .append(
            "<figcaption>Each candidate under the commit it was built on. Filled circles were merged and became the ")
        .append(
            "base of what followed; a hollow one was accepted but not merged (a better candidate of its batch was).")
        .append("</figcaption>\n</figure>\n");
    h.append("<h3>Costs</h3>\n");
    proposerCosts(h, its);
    if (tokens(its) > 0 || usd(its) > 0) {
      h.append("<figure>\n")
          .append(costChart(its, s.id()))
          .append("\n<figcaption>Tokens spent per iteration (hover for dollars).")
          .append("</figcaption>\n</figure>\n");
    } else {
      h.append(
          "<p class=\"muted\">No model was called in this session: its proposals cost nothing.</p>\n");
    }
    h.append("<h3>Decisions</h3>\n");
    decisions(h, its, s);
    h.append("</section>\n");
  }

  private static void facts(StringBuilder h, SessionRecord s) {
    h.append("<dl class=\"facts\">\n");
    fact(h, "goal", Html.escape(s.goal()));
    fact(h, "proposer", Html.escape(s.proposer()));
    fact(h, "base", "<code>" + Html.escape(s.base()) + "</code>");
    fact(h, "best", best(s));
    if (s.branch() != null) fact(h, "branch", "<code>" + Html.escape(s.branch()) + "</code>");
    fact(
        h,
        "time",
        Html.escape(Format.time(s.started()))
            + (s.finished() == null ? "" : " → " + Html.escape(Format.time(s.finished()))));
    ConfigSnapshot config = s.config();
    if (config.source() != null)
      fact(h, "configuration", Html.escape(config.source()) + gate(config.gate()));
    h.append("</dl>\n");
  }

  private static String gate(ConfigSnapshot.Gate g) {
    if (g == null) return "";
    var parts = new ArrayList<String>();
    if (g.alpha() != null) parts.add("α = " + g.alpha());
    if (g.minEffect() != null)
      parts.add("min-effect " + Format.percent(g.minEffect()).replace("+", ""));
    if (g.pairs() != null) parts.add(g.pairs().min() + "–" + g.pairs().max() + " pairs");
    return parts.isEmpty() ? "" : "; gate: " + Html.escape(String.join(", ", parts));
  }

  private static void fact(StringBuilder h, String term, String html) {
    h.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
  }

  private static String best(SessionRecord s) {
    if (s.best() == null) return "–";
    return "<code>"
        + Html.escape(Format.commit(s.best()))
        + "</code>"
        + (s.best().equals(s.base()) ? " <span class=\"muted\">(the base)</span>" : "");
  }

  private static String statusBadge(SessionRecord s) {
    String status = s.status();
    String css =
        Set.of("finished", "running", "interrupted", "failed").contains(status) ? status : "other";
    return "<span class=\"badge " + css + "\">" + Html.escape(status) + "</span>";
  }

  // ------------------------------------------------------------------------------------------
  // charts

  /** Says so when a chart's axis is not linear. */
  private static String axisNote(SvgChart chart, String where) {
    return switch (chart.yKind()) {
      case LINEAR -> "";
      case LOG ->
          "The axis is logarithmic: the values span more than " + SvgChart.LOG_SPAN + " times. ";
      case SYMLOG ->
          "The axis is logarithmic "
              + where
              + " so that the largest values do not flatten the rest. ";
    };
  }

  private static SvgChart effectChart(SessionData data) {
    List<IterationRecord> its = data.iterations();
    var chart =
        SvgChart.of("Effect per iteration", WIDTH, 340)
            .xAxis("iteration", 0.5, maxN(its) + 0.5)
            .yAxis("effect on the target", "%")
            .yAuto()
            .includeY(0)
            .rule(0, "zero", null)
            .legend(SvgChart.Shape.CIRCLE, "accepted", "accepted")
            .legend(SvgChart.Shape.SQUARE, "rejected", "rejected")
            .legend(SvgChart.Shape.DIAMOND, "inconclusive", "inconclusive")
            .legend(SvgChart.Shape.CROSS, "none", "not measured");
    Set<Double> thresholds = new LinkedHashSet<>();
    data.scorecards()
        .values()
        .forEach(
            c -> {
              if (c.threshold() != null) thresholds.add(c.threshold());
            });
    if (thresholds.size() == 1) {
      double tau = thresholds.iterator().next();
      chart.includeY(100 * tau).rule(100 * tau, "threshold", "τ = " + Format.percent(tau));
    }
    for (IterationRecord it : its) {
      SessionData.Scorecard card = data.scorecards().get(it.n());
      if (thresholds.size() > 1 && card != null && card.threshold() != null) {
        double tau = card.threshold();
        chart
            .includeY(100 * tau)
            .dash(it.n(), 100 * tau, "threshold", "#" + it.n() + ": τ = " + Format.percent(tau));
      }
    }
    for (IterationRecord it : its) {
      String cls = decisionClass(it);
      String href = "#" + iterationAnchor(data.session().id(), it.n());
      if (it.effect() == null) {
        chart.point(
            it.n(),
            0,
            SvgChart.Shape.CROSS,
            "none",
            "#" + it.n() + " " + it.decision() + ", not measured: " + it.reason(),
            href);
        continue;
      }
      if (it.ciLow() != null && it.ciHigh() != null)
        chart.errorBar(it.n(), 100 * it.ciLow(), 100 * it.ciHigh(), cls);
      chart.point(
          it.n(),
          100 * it.effect(),
          shape(it),
          cls,
          "#"
              + it.n()
              + " "
              + it.decision()
              + ": "
              + Format.percent(it.effect())
              + " (95% CI "
              + Format.interval(it.ciLow(), it.ciHigh())
              + "), p = "
              + Format.p(it.p())
              + ", "
              + (it.pairs() == null ? "?" : it.pairs())
              + " pairs — "
              + it.summary(),
          href);
    }
    return chart;
  }

  private static List<String> targetMetrics(SessionData data) {
    var names = new LinkedHashSet<String>();
    for (IterationRecord it : data.iterations()) {
      SessionData.Scorecard card = data.scorecards().get(it.n());
      if (card != null)
        card.metrics().stream()
            .filter(SessionData.Medians::target)
            .forEach(m -> names.add(m.name()));
    }
    return names.stream().limit(MAX_METRIC_CHARTS).toList();
  }

  private static SvgChart mediansChart(SessionData data, String metric) {
    List<IterationRecord> its = data.iterations();
    String better = "";
    var chart =
        SvgChart.of("Medians of " + metric, WIDTH, 300)
            .xAxis("iteration", 0.5, maxN(its) + 0.5)
            .yAuto()
            .legend(SvgChart.Shape.RING, "baseline", "baseline")
            .legend(SvgChart.Shape.CIRCLE, "accepted", "accepted")
            .legend(SvgChart.Shape.SQUARE, "rejected", "rejected")
            .legend(SvgChart.Shape.DIAMOND, "inconclusive", "inconclusive");
    var xs = new ArrayList<Double>();
    var ys = new ArrayList<Double>();
    for (IterationRecord it : its) {
      SessionData.Scorecard card = data.scorecards().get(it.n());
      if (card == null) continue;
      for (SessionData.Medians m : card.metrics()) {
        if (!m.name().equals(metric)) continue;
        better = m.better();
        String cls = decisionClass(it);
        String href = "#" + iterationAnchor(data.session().id(), it.n());
        chart.line(
            new double[] {it.n(), it.n()},
            new double[] {m.baseline(), m.candidate()},
            "link " + cls);
        chart.point(
            it.n(),
            m.baseline(),
            SvgChart.Shape.RING,
            "baseline",
            "#" + it.n() + " baseline median " + Format.number(m.baseline()),
            href);
        chart.point(
            it.n(),
            m.candidate(),
            shape(it),
            cls,
            "#"
                + it.n()
                + " candidate median "
                + Format.number(m.candidate())
                + " (baseline "
                + Format.number(m.baseline())
                + "), "
                + it.decision(),
            href);
        xs.add((double) it.n());
        ys.add(m.baseline());
      }
    }
    chart.line(
        xs.stream().mapToDouble(Double::doubleValue).toArray(),
        ys.stream().mapToDouble(Double::doubleValue).toArray(),
        "baseline");
    return chart.yAxis(
        metric + (better.isEmpty() || better.equals("null") ? "" : " (" + better + " is better)"),
        "");
  }

  private static String costChart(List<IterationRecord> its, String session) {
    var chart =
        SvgChart.of("Tokens per iteration", WIDTH, 240)
            .xAxis("iteration", 0.5, maxN(its) + 0.5)
            .yAxis("tokens", "")
            .includeY(0);
    for (IterationRecord it : its) {
      chart.bar(
          it.n(),
          it.tokens(),
          decisionClass(it),
          "#"
              + it.n()
              + " "
              + it.proposer()
              + ": "
              + Format.tokens(it.tokens())
              + " tokens, "
              + Format.usd(it.costUsd()),
          "#" + iterationAnchor(session, it.n()));
    }
    return chart.render();
  }

  // -------------------------------------------------------------------------------------------
  // table

  private static void decisions(StringBuilder h, List<IterationRecord> its, SessionRecord s) {
    h.append(
            "<div class=\"scroll\">\n<table class=\"decisions\">\n<thead><tr><th class=\"num\">#</th><th>decision</th><th>change and reason</th>")
        .append(
            "<th class=\"num\">effect</th><th class=\"num\">95% CI</th><th class=\"num\">p</th><th class=\"num\">pairs</th>")
        .append(
            "<th class=\"num\">tests</th><th>commit</th><th class=\"num\">tokens</th><th class=\"num\">cost</th></tr></thead>\n<tbody>\n");
    for (IterationRecord it : its) {
      String cls = decisionClass(it);
      h.append("<tr id=\"")
          .append(iterationAnchor(s.id(), it.n()))
          .append("\" class=\"")
          .append(cls)
          .append("\">")
          .append("<td class=\"num\">")
          .append(it.n())
          .append("</td>")
          .append("<td><span class=\"badge ")
          .append(cls)
          .append("\">")
          .append(Html.escape(it.decision()))
          .append("</span></td>")
          .append("<td class=\"change\"><div class=\"summary\">")
          .append(Html.escape(it.summary()))
          .append("</div>")
          .append("<div class=\"muted\">")
          .append(Html.escape(it.proposer()))
          .append(it.source() == null ? "" : " · " + Html.escape(it.source()))
          .append("</div>")
          .append("<div class=\"reason\">")
          .append(Html.escape(it.reason()))
          .append("</div>");
      if (it.reasons().size() > 1) {
        h.append("<details><summary>all ")
            .append(it.reasons().size())
            .append(" reasons</summary><ul>");
        for (String r : it.reasons()) h.append("<li>").append(Html.escape(r)).append("</li>");
        h.append("</ul></details>");
      }
      h.append("</td>")
          .append("<td class=\"num\">")
          .append(Html.escape(Format.percent(it.effect())))
          .append("</td>")
          .append("<td class=\"num\">")
          .append(Html.escape(Format.interval(it.ciLow(), it.ciHigh())))
          .append("</td>")
          .append("<td class=\"num\">")
          .append(Html.escape(Format.p(it.p())))
          .append("</td>")
          .append("<td class=\"num\">")
          .append(it.pairs() == null ? "–" : it.pairs())
          .append("</td>")
          .append("<td class=\"num\">")
          .append(tests(it))
          .append("</td>")
          .append("<td class=\"commit\"><code>")
          .append(Html.escape(Format.commit(it.commit())))
          .append("</code>")
          .append("<div class=\"muted\">on <code>")
          .append(Html.escape(Format.commit(it.parent())))
          .append("</code></div></td>")
          .append("<td class=\"num\">")
          .append(Format.tokens(it.tokens()))
          .append("</td>")
          .append("<td class=\"num\">")
          .append(Html.escape(Format.usd(it.costUsd())))
          .append("</td></tr>\n");
    }
    h.append("<tr class=\"total\"><td></td><td colspan=\"8\">total of ")
        .append(count(its.size(), "iteration"))
        .append("</td>")
        .append("<td class=\"num\">")
        .append(Format.tokens(tokens(its)))
        .append("</td><td class=\"num\">")
        .append(Html.escape(Format.usd(usd(its))))
        .append("</td></tr>\n");
    h.append("</tbody>\n</table>\n</div>\n");
  }

  private static String tests(IterationRecord it) {
    if (it.testsRun() == null) return "–";
    int failed = it.testsFailed() == null ? 0 : it.testsFailed();
    return it.testsRun() + (failed == 0 ? " passed" : ", " + failed + " failed");
  }

  // -----------------------------------------------------------------------------------------
  // helpers

  /**
   * The CSS class of an iteration's decision: one of four known words, whatever the ledger says.
   */
  static String decisionClass(IterationRecord it) {
    if (it == null) return "none";
    return switch (it.decision()) {
      case "accepted", "rejected", "inconclusive" -> it.decision();
      default -> "none";
    };
  }

  static SvgChart.Shape shape(IterationRecord it) {
    return switch (it.decision()) {
      case "accepted" -> SvgChart.Shape.CIRCLE;
      case "rejected" -> SvgChart.Shape.SQUARE;
      case "inconclusive" -> SvgChart.Shape.DIAMOND;
      default -> SvgChart.Shape.CROSS;
    };
  }

  static String sessionAnchor(String session) {
    return "s-" + Html.id(session);
  }

  static String iterationAnchor(String session, int n) {
    return "it-" + Html.id(session) + "-" + n;
  }

  private static int maxN(List<IterationRecord> its) {
    return Math.max(1, its.stream().mapToInt(IterationRecord::n).max().orElse(1));
  }

  private static long decided(List<IterationRecord> its, String decision) {
    return its.stream().filter(i -> i.decision().equals(decision)).count();
  }

  private static long accepted(List<IterationRecord> its) {
    return decided(its, "accepted");
  }

  private static long tokens(List<IterationRecord> its) {
    return its.stream().mapToLong(IterationRecord::tokens).sum();
  }

  private static double usd(List<IterationRecord> its) {
    return its.stream().mapToDouble(IterationRecord::costUsd).sum();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
