package dev.kaizen.agent.report;

import dev.kaizen.agent.ledger.IterationRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Which commit each candidate was built on ({@link IterationRecord#parent()}), as rows of a tree in
 * the order a reader follows it: a commit, then the candidates tried on it that went nowhere, then
 * the candidate that was merged, whose own candidates continue in the same column (as {@code git
 * log --graph} keeps the first-parent line straight).
 */
public final class Lineage {

  /**
   * One row: a commit that candidates were built on and no iteration made (the session's base), or
   * an iteration.
   *
   * @param commit the commit, or null when the iteration's patch was never committed
   * @param iteration the iteration, or null for a base
   * @param column how far right it is drawn
   * @param parentRow the row of the commit it was built on, or -1 for a base
   * @param merged whether later candidates were built on it (an accepted, merged candidate)
   */
  public record Row(
      String commit, IterationRecord iteration, int column, int parentRow, boolean merged) {
    public boolean base() {
      return iteration == null;
    }
  }

  private final List<Row> rows;

  private Lineage(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  public List<Row> rows() {
    return rows;
  }

  /**
   * The lineage of a session's iterations from {@code base}. A parent that is neither the base nor
   * any iteration's commit gets a base row of its own; a missing parent means the base.
   *
   * @param best the session's best commit (counts as merged even when nothing was built on it)
   */
  public static Lineage of(String base, List<IterationRecord> iterations, String best) {
    Objects.requireNonNull(base, "base");
    var children = new LinkedHashMap<String, List<IterationRecord>>();
    var commits = new HashSet<String>();
    for (IterationRecord it : iterations) {
      children.computeIfAbsent(parentOf(it, base), k -> new ArrayList<>()).add(it);
      if (it.commit() != null) commits.add(it.commit());
    }
    var roots = new ArrayList<String>();
    roots.add(base);
    for (String parent : children.keySet())
      if (!parent.equals(base) && !commits.contains(parent)) roots.add(parent);

    var rows = new ArrayList<Row>();
    var expanded = new HashSet<String>();
    for (String root : roots) {
      rows.add(new Row(root, null, 0, -1, true));
      expanded.add(root);
      addChildren(rows, rows.size() - 1, 0, root, children, expanded, best);
    }
    return new Lineage(rows);
  }

  private static void addChildren(
      List<Row> rows,
      int parentRow,
      int column,
      String commit,
      Map<String, List<IterationRecord>> children,
      Set<String> expanded,
      String best) {
    List<IterationRecord> kids = new ArrayList<>(children.getOrDefault(commit, List.of()));
    // Dead ends first, then the line that goes on; each group in the order it was tried.
    kids.sort(
        Comparator.comparing((IterationRecord it) -> goesOn(it, children, expanded, best))
            .thenComparingInt(IterationRecord::n));
    int continuing = -1;
    for (int i = 0; i < kids.size(); i++)
      if (goesOn(kids.get(i), children, expanded, best)) continuing = i;
    for (int i = 0; i < kids.size(); i++) {
      IterationRecord it = kids.get(i);
      boolean goesOn = goesOn(it, children, expanded, best);
      boolean merged = it.accepted() && it.commit() != null && (goesOn || it.commit().equals(best));
      int col = i == continuing ? column : column + 1;
      rows.add(new Row(it.commit(), it, col, parentRow, merged));
      if (goesOn && expanded.add(it.commit()))
        addChildren(rows, rows.size() - 1, col, it.commit(), children, expanded, best);
    }
  }

  /**
   * Whether the line continues from this candidate: others were built on it, or it is the session's
   * best.
   */
  private static boolean goesOn(
      IterationRecord it,
      Map<String, List<IterationRecord>> children,
      Set<String> expanded,
      String best) {
    if (it.commit() == null || expanded.contains(it.commit())) return false;
    return children.containsKey(it.commit()) || it.accepted() && it.commit().equals(best);
  }

  /**
   * The lineage as an SVG tree: one row per commit, an elbow from each candidate to the commit it
   * was built on; merged candidates are filled circles, others are drawn by their decision. Each
   * iteration links to {@code anchor.apply(n)}.
   */
  public String svg(int width, IntFunction<String> anchor) {
    int rowHeight = 26;
    int top = 16;
    int left = 14;
    int columnWidth = 24;
    int height = top + rows.size() * rowHeight;
    var svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append(
            "\" role=\"img\" aria-label=\"Lineage of the candidates\">\n<title>Lineage of the candidates</title>\n");
    svg.append("<g class=\"edges\">\n");
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      if (row.parentRow() < 0) continue;
      Row parent = rows.get(row.parentRow());
      double px = left + parent.column() * columnWidth;
      double py = top + row.parentRow() * rowHeight;
      double cx = left + row.column() * columnWidth;
      double cy = top + r * rowHeight;
      svg.append("<path class=\"edge ")
          .append(ReportPage.decisionClass(row.iteration()))
          .append("\" d=\"M")
          .append(SvgChart.num(px))
          .append(' ')
          .append(SvgChart.num(py))
          .append(" V")
          .append(SvgChart.num(cy))
          .append(" H")
          .append(SvgChart.num(cx))
          .append("\"/>\n");
    }
    svg.append("</g>\n<g class=\"nodes\">\n");
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      double cx = left + row.column() * columnWidth;
      double cy = top + r * rowHeight;
      double tx = cx + 14;
      IterationRecord it = row.iteration();
      if (it == null) {
        svg.append("<g class=\"node base\"><circle cx=\"")
            .append(SvgChart.num(cx))
            .append("\" cy=\"")
            .append(SvgChart.num(cy))
            .append("\" r=\"6\"/><text x=\"")
            .append(SvgChart.num(tx))
            .append("\" y=\"")
            .append(SvgChart.num(cy + 4))
            .append("\"><tspan class=\"what\">")
            .append(r == 0 ? "base" : "built on")
            .append("</tspan> <tspan class=\"commit\">")
            .append(Html.escape(Format.commit(row.commit())))
            .append("</tspan>")
            .append(
                r == 0 ? "" : " <tspan class=\"muted\">(not a candidate of this session)</tspan>")
            .append("</text></g>\n");
        continue;
      }
      String cls = ReportPage.decisionClass(it);
      String decision = it.accepted() && !row.merged() ? "accepted, not merged" : cls;
      SvgChart.Shape shape =
          row.merged()
              ? SvgChart.Shape.CIRCLE
              : it.accepted() ? SvgChart.Shape.RING : ReportPage.shape(it);
      String head =
          "#"
              + it.n()
              + "  "
              + Format.commit(row.commit())
              + "  "
              + decision
              + "  "
              + Format.percent(it.effect())
              + "  ";
      int room = (int) ((width - tx - 8) / 6.6) - head.length();
      String tooltip =
          "#"
              + it.n()
              + " "
              + decision
              + " "
              + Format.percent(it.effect())
              + ": "
              + it.summary()
              + " \u2014 "
              + it.reason();
      svg.append("<a href=\"")
          .append(Html.escape(anchor.apply(it.n())))
          .append("\"><g class=\"node point ")
          .append(cls)
          .append(row.merged() ? " merged" : "")
          .append("\"><title>")
          .append(Html.escape(tooltip))
          .append("</title>")
          .append(SvgChart.shapeAt(shape, cx, cy))
          .append("<text x=\"")
          .append(SvgChart.num(tx))
          .append("\" y=\"")
          .append(SvgChart.num(cy + 4))
          .append("\">")
          .append("<tspan class=\"n\">#")
          .append(it.n())
          .append("</tspan> <tspan class=\"commit\">")
          .append(Html.escape(Format.commit(row.commit())))
          .append("</tspan> <tspan class=\"decision\">")
          .append(Html.escape(decision))
          .append("</tspan> <tspan class=\"effect\">")
          .append(Html.escape(it.effect() == null ? "" : Format.percent(it.effect())))
          .append("</tspan> <tspan class=\"summary\">")
          .append(Html.escape(Html.shorten(it.summary(), Math.max(12, room))))
          .append("</tspan></text></g></a>\n");
    }
    svg.append("</g>\n</svg>");
    return svg.toString();
  }

  private static String parentOf(IterationRecord it, String base) {
    return it.parent() == null ? base : it.parent();
  }
}
