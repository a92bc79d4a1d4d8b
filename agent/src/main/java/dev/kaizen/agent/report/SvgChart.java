package dev.kaizen.agent.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A chart as plain SVG: a numbered x axis (iterations), a linear y axis whose nice domain covers
 * every mark, and marks (points with tooltips and links, error bars, lines, bars, reference rules).
 * Colours come from CSS classes the page defines; every string is escaped here.
 *
 * <pre>{@code
 * String svg = SvgChart.of("Effect per iteration", 960, 320)
 *     .xAxis("iteration", 0.5, 3.5).yAxis("effect", "%")
 *     .rule(0, "zero", null)
 *     .errorBar(1, -2.0, 1.6, "inconclusive").point(1, 0.03, Shape.DIAMOND, "inconclusive", "#1: +0.0%", "#it-1")
 *     .render();
 * }</pre>
 */
public final class SvgChart {

  /** How a point is drawn; shapes, not only colours, tell decisions apart. */
  public enum Shape {
    CIRCLE,
    RING,
    SQUARE,
    DIAMOND,
    CROSS,
    DOT
  }

  static final int Y_TICKS = 5;
  static final int X_TICKS = 12;
  static final int LOG_SPAN = 30;
  static final int SYMLOG_SPAN = 20;
  static final int LABEL_GAP = 14;

  /** Room for tick labels of up to nine characters (100,000%) beside the axis's own label. */
  private static final int MARGIN_LEFT = 88;

  /**
   * Room right of the plot for the labels of rules; the same in every chart, so charts of one width
   * line up.
   */
  private static final int MARGIN_RIGHT = 84;

  private static final int MARGIN_BOTTOM = 46;
  private static final int MARGIN_TOP_LEGEND = 36;
  private static final int MARGIN_TOP = 14;
  private static final double CHAR_WIDTH = 6.6;

  private sealed interface Mark {
    double yLow();

    double yHigh();
  }

  private record Point(double x, double y, Shape shape, String css, String tooltip, String href)
      implements Mark {
    public double yLow() {
      return y;
    }

    public double yHigh() {
      return y;
    }
  }

  private record ErrorBar(double x, double low, double high, String css) implements Mark {
    public double yLow() {
      return low;
    }

    public double yHigh() {
      return high;
    }
  }

  private record Rule(double y, String css, String label) implements Mark {
    public double yLow() {
      return y;
    }

    public double yHigh() {
      return y;
    }
  }

  private record Line(List<double[]> points, String css) implements Mark {
    public double yLow() {
      return points.stream().mapToDouble(p -> p[1]).min().orElse(Double.NaN);
    }

    public double yHigh() {
      return points.stream().mapToDouble(p -> p[1]).max().orElse(Double.NaN);
    }
  }

  private record Bar(double x, double y, String css, String tooltip, String href) implements Mark {
    public double yLow() {
      return Math.min(0, y);
    }

    public double yHigh() {
      return Math.max(0, y);
    }
  }

  private record Dash(double x, double y, String css, String tooltip) implements Mark {
    public double yLow() {
      return y;
    }

    public double yHigh() {
      return y;
    }
  }

  private record LegendEntry(Shape shape, String css, String label) {}

  private final String title;
  private final int width;
  private final int height;
  private String xLabel = "";
  private double xLow = 0.5;
  private double xHigh = 1.5;
  private String yLabel = "";
  private String ySuffix = "";
  private final List<Mark> marks = new ArrayList<>();
  private final List<Double> included = new ArrayList<>();
  private final List<LegendEntry> legend = new ArrayList<>();
  private boolean autoY;

  private SvgChart(String title, int width, int height) {
    this.title = Objects.requireNonNull(title, "title");
    if (width < 200 || height < 120)
      throw new IllegalArgumentException("a chart needs at least 200 × 120 pixels");
    this.width = width;
    this.height = height;
  }

  /** An empty chart of {@code width × height} pixels; {@code title} is its accessible name. */
  public static SvgChart of(String title, int width, int height) {
    return new SvgChart(title, width, height);
  }

  /** The x axis: its label and the domain (whole-number ticks inside it). */
  public SvgChart xAxis(String label, double low, double high) {
    if (!(low < high))
      throw new IllegalArgumentException("x domain [" + low + ", " + high + "] is empty");
    this.xLabel = label;
    this.xLow = low;
    this.xHigh = high;
    return this;
  }

  /** The y axis: its label and what follows each tick value ("%", or nothing). */
  public SvgChart yAxis(String label, String suffix) {
    this.yLabel = label;
    this.ySuffix = suffix == null ? "" : suffix;
    return this;
  }

  /** Makes the y domain include {@code y} (zero, a threshold) even when no mark reaches it. */
  public SvgChart includeY(double y) {
    if (Double.isFinite(y)) included.add(y);
    return this;
  }

  /** A point; {@code tooltip} shows on hover, {@code href} (may be null) is where a click goes. */
  public SvgChart point(double x, double y, Shape shape, String css, String tooltip, String href) {
    if (finite(x, y)) marks.add(new Point(x, y, shape, css, tooltip, href));
    return this;
  }

  /** A vertical interval with caps, e.g. a 95% confidence interval. */
  public SvgChart errorBar(double x, double low, double high, String css) {
    if (finite(x, low, high))
      marks.add(new ErrorBar(x, Math.min(low, high), Math.max(low, high), css));
    return this;
  }

  /**
   * A horizontal line across the plot at {@code y}, labelled right of the plot when {@code label}
   * is not null.
   */
  public SvgChart rule(double y, String css, String label) {
    if (Double.isFinite(y)) marks.add(new Rule(y, css, label));
    return this;
  }

  /** A polyline through {@code (xs[i], ys[i])}; non-finite points are left out. */
  public SvgChart line(double[] xs, double[] ys, String css) {
    if (xs.length != ys.length) throw new IllegalArgumentException("xs and ys differ in length");
    var points = new ArrayList<double[]>();
    for (int i = 0; i < xs.length; i++)
      if (finite(xs[i], ys[i])) points.add(new double[] {xs[i], ys[i]});
    if (points.size() >= 2) marks.add(new Line(points, css));
    return this;
  }

  /** A bar from zero to {@code y}, centred on {@code x}. */
  public SvgChart bar(double x, double y, String css, String tooltip, String href) {
    if (finite(x, y)) marks.add(new Bar(x, y, css, tooltip, href));
    return this;
  }

  /** A short horizontal dash at {@code (x, y)}, e.g. one iteration's threshold. */
  public SvgChart dash(double x, double y, String css, String tooltip) {
    if (finite(x, y)) marks.add(new Dash(x, y, css, tooltip));
    return this;
  }

  /** An entry of the legend above the plot. */
  public SvgChart legend(Shape shape, String css, String label) {
    legend.add(new LegendEntry(shape, css, label));
    return this;
  }

  /**
   * How the y axis maps values: linear; logarithmic (positive values only); or symmetric
   * logarithmic, linear within one unit of zero and logarithmic beyond, for data where one value
   * dwarfs the rest but signs matter (an effect of +11,000% next to effects of ±2%).
   */
  public enum YKind {
    LINEAR,
    LOG,
    SYMLOG
  }

  /**
   * The y axis the marks are drawn on: its kind, and a linear scale over the transformed values.
   *
   * @param kind how values are transformed before the linear scale
   * @param scale the linear scale of transformed values onto pixels
   * @param ticks the tick values (untransformed)
   * @param labels their labels
   */
  public record YAxis(YKind kind, Scale scale, List<Double> ticks, List<String> labels) {

    /** The pixel of {@code value}. */
    public double apply(double value) {
      return scale.apply(transform(kind, value));
    }
  }

  /** Lets the data choose the y axis's kind (see {@link #yKind()}). */
  public SvgChart yAuto() {
    this.autoY = true;
    return this;
  }

  /**
   * The kind of y axis: linear unless {@link #yAuto()} was asked for and the data need another:
   * positive values spanning more than {@value #LOG_SPAN}× get a log axis; values where the largest
   * magnitude is more than {@value #SYMLOG_SPAN}× the median point's (or one unit) get a symmetric
   * log axis.
   */
  public YKind yKind() {
    if (!autoY) return YKind.LINEAR;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double largest = 0;
    for (double v : extent()) {
      min = Math.min(min, v);
      max = Math.max(max, v);
      largest = Math.max(largest, Math.abs(v));
    }
    if (min > max) return YKind.LINEAR;
    if (min > 0 && max / min > LOG_SPAN) return YKind.LOG;
    double[] points =
        marks.stream()
            .filter(m -> m instanceof Point)
            .mapToDouble(m -> Math.abs(((Point) m).y()))
            .sorted()
            .toArray();
    double typical = points.length == 0 ? 0 : points[points.length / 2];
    return largest > SYMLOG_SPAN * Math.max(1, typical) ? YKind.SYMLOG : YKind.LINEAR;
  }

  /** The y axis the marks are drawn on. */
  public YAxis yAxis() {
    List<Double> values = extent();
    double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    double from = height - MARGIN_BOTTOM;
    double to = top();
    YKind kind = yKind();
    switch (kind) {
      case LOG -> {
        int lo = (int) Math.floor(Math.log10(low) + 1e-9);
        int hi = Math.max(lo + 1, (int) Math.ceil(Math.log10(high) - 1e-9));
        var ticks = new ArrayList<Double>();
        for (int e = lo; e <= hi; e++) {
          double decade = Math.pow(10, e);
          ticks.add(decade);
          if (hi - lo <= 2 && e < hi) {
            ticks.add(2 * decade);
            ticks.add(5 * decade);
          }
        }
        return new YAxis(
            kind,
            new Scale(lo, hi, from, to),
            ticks,
            ticks.stream().map(t -> Scale.format(t, t)).toList());
      }
      case SYMLOG -> {
        double lo = low < 0 ? -Math.pow(10, Math.ceil(Math.log10(Math.max(1, -low)) - 1e-9)) : 0;
        double hi = high > 0 ? Math.pow(10, Math.ceil(Math.log10(Math.max(1, high)) - 1e-9)) : 0;
        if (lo == hi) hi = 1;
        var ticks = new ArrayList<Double>();
        for (double t = lo; t <= -1; t /= 10) ticks.add(t);
        ticks.add(0.0);
        for (double t = 1; t <= hi; t *= 10) ticks.add(t);
        return new YAxis(
            kind,
            new Scale(transform(kind, lo), transform(kind, hi), from, to),
            ticks,
            ticks.stream().map(t -> Scale.format(t, Math.max(1, Math.abs(t)))).toList());
      }
      default -> {
        Scale scale = Scale.nice(low, high, Y_TICKS, from, to);
        return new YAxis(kind, scale, scale.ticks(Y_TICKS), scale.tickLabels(Y_TICKS));
      }
    }
  }

  private List<Double> extent() {
    var values = new ArrayList<Double>(included);
    for (Mark m : marks) {
      if (Double.isFinite(m.yLow())) values.add(m.yLow());
      if (Double.isFinite(m.yHigh())) values.add(m.yHigh());
    }
    return values;
  }

  private static double transform(YKind kind, double v) {
    return switch (kind) {
      case LINEAR -> v;
      case LOG -> Math.log10(v);
      case SYMLOG -> Math.signum(v) * Math.log10(1 + Math.abs(v));
    };
  }

  /** The x scale the marks are drawn on. */
  public Scale xScale() {
    return new Scale(xLow, xHigh, MARGIN_LEFT, width - MARGIN_RIGHT);
  }

  /** The chart as an {@code <svg>} element. */
  public String render() {
    Scale x = xScale();
    YAxis y = yAxis();
    double left = x.from();
    double right = x.to();
    double bottom = y.scale().from();
    double top = y.scale().to();
    var svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(title))
        .append("\">\n");
    svg.append("<title>").append(Html.escape(title)).append("</title>\n");

    svg.append("<g class=\"grid\">\n");
    List<Double> yTicks = y.ticks();
    List<String> yLabels = y.labels();
    for (double t : yTicks) svg.append(line(left, y.apply(t), right, y.apply(t))).append('\n');
    svg.append("</g>\n");

    svg.append("<g class=\"marks\">\n");
    for (Mark m : marks) if (m instanceof Rule r) rule(svg, r, x, y);
    for (Mark m : marks) if (m instanceof Line l) polyline(svg, l, x, y);
    for (Mark m : marks) if (m instanceof Bar b) bar(svg, b, x, y);
    for (Mark m : marks) if (m instanceof ErrorBar e) errorBar(svg, e, x, y);
    for (Mark m : marks) if (m instanceof Dash d) dash(svg, d, x, y);
    for (Mark m : marks) if (m instanceof Point p) point(svg, p, x, y);
    svg.append("</g>\n");

    svg.append("<g class=\"axis\">\n");
    svg.append(line(left, bottom, right, bottom)).append('\n');
    svg.append(line(left, bottom, left, top)).append('\n');
    for (int i : labelled(y)) {
      double py = y.apply(yTicks.get(i));
      svg.append(line(left - 5, py, left, py)).append('\n');
      svg.append(text(left - 8, py + 4, "end", minus(yLabels.get(i)) + ySuffix)).append('\n');
    }
    for (int t :
        Scale.integerTicks(
            xLow, xHigh, Math.max(2, Math.min(X_TICKS, (int) ((right - left) / 40))))) {
      double px = x.apply(t);
      svg.append(line(px, bottom, px, bottom + 5)).append('\n');
      svg.append(text(px, bottom + 18, "middle", Integer.toString(t))).append('\n');
    }
    svg.append("<text class=\"label\"")
        .append(text((left + right) / 2, height - 8, "middle", xLabel).substring(5))
        .append('\n');
    svg.append("<text class=\"label\" text-anchor=\"middle\" transform=\"translate(14 ")
        .append(num((top + bottom) / 2))
        .append(") rotate(-90)\">")
        .append(Html.escape(yLabel))
        .append("</text>\n");
    svg.append("</g>\n");

    if (!legend.isEmpty()) {
      svg.append("<g class=\"legend\">\n");
      double lx = left;
      for (LegendEntry e : legend) {
        svg.append(shape(e.shape(), lx + 6, 16, e.css())).append('\n');
        svg.append(text(lx + 16, 20, "start", e.label())).append('\n');
        lx += 16 + e.label().length() * CHAR_WIDTH + 18;
      }
      svg.append("</g>\n");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private int top() {
    return legend.isEmpty() ? MARGIN_TOP : MARGIN_TOP_LEGEND;
  }

  private double unit(Scale x) {
    return Math.abs(x.apply(1) - x.apply(0));
  }

  private void rule(StringBuilder svg, Rule r, Scale x, YAxis y) {
    double py = y.apply(r.y());
    svg.append("<g class=\"rule ")
        .append(Html.escape(r.css()))
        .append("\">")
        .append(line(x.from(), py, x.to(), py));
    if (r.label() != null) svg.append(text(x.to() + 6, py + 4, "start", r.label()));
    svg.append("</g>\n");
  }

  private void polyline(StringBuilder svg, Line l, Scale x, YAxis y) {
    svg.append("<polyline class=\"series ")
        .append(Html.escape(l.css()))
        .append("\" fill=\"none\" points=\"");
    for (double[] p : l.points())
      svg.append(num(x.apply(p[0]))).append(',').append(num(y.apply(p[1]))).append(' ');
    svg.setLength(svg.length() - 1);
    svg.append("\"/>\n");
  }

  private void bar(StringBuilder svg, Bar b, Scale x, YAxis y) {
    double w = Math.max(2, Math.min(36, unit(x) * 0.6));
    double y0 = y.apply(0);
    double y1 = y.apply(b.y());
    var rect =
        "<rect class=\"bar "
            + Html.escape(b.css())
            + "\" x=\""
            + num(x.apply(b.x()) - w / 2)
            + "\" y=\""
            + num(Math.min(y0, y1))
            + "\" width=\""
            + num(w)
            + "\" height=\""
            + num(Math.max(0.5, Math.abs(y1 - y0)))
            + "\">"
            + tooltip(b.tooltip())
            + "</rect>";
    svg.append(linked(rect, b.href())).append('\n');
  }

  private void errorBar(StringBuilder svg, ErrorBar e, Scale x, YAxis y) {
    double px = x.apply(e.x());
    double lo = y.apply(e.low());
    double hi = y.apply(e.high());
    double cap = Math.min(6, unit(x) * 0.2);
    svg.append("<g class=\"errorbar ")
        .append(Html.escape(e.css()))
        .append("\">")
        .append(line(px, lo, px, hi))
        .append(line(px - cap, lo, px + cap, lo))
        .append(line(px - cap, hi, px + cap, hi))
        .append("</g>\n");
  }

  private void dash(StringBuilder svg, Dash d, Scale x, YAxis y) {
    double px = x.apply(d.x());
    double py = y.apply(d.y());
    double half = Math.min(14, unit(x) * 0.35);
    svg.append("<g class=\"dash ")
        .append(Html.escape(d.css()))
        .append("\">")
        .append(tooltip(d.tooltip()))
        .append(line(px - half, py, px + half, py))
        .append("</g>\n");
  }

  private void point(StringBuilder svg, Point p, Scale x, YAxis y) {
    String g =
        "<g class=\"point "
            + Html.escape(p.css())
            + "\">"
            + tooltip(p.tooltip())
            + shape(p.shape(), x.apply(p.x()), y.apply(p.y()), null)
            + "</g>";
    svg.append(linked(g, p.href())).append('\n');
  }

  /** A point's shape at {@code (cx, cy)}, coloured by the enclosing element's class. */
  static String shapeAt(Shape shape, double cx, double cy) {
    return shape(shape, cx, cy, null);
  }

  private static String shape(Shape shape, double cx, double cy, String css) {
    String own =
        switch (shape) {
          case RING -> "ring";
          case CROSS -> "cross";
          default -> "";
        };
    String classes = ((css == null ? "" : "point " + css) + " " + own).strip();
    String cls = classes.isEmpty() ? "" : " class=\"" + Html.escape(classes) + "\"";
    return switch (shape) {
      case CIRCLE -> "<circle" + cls + " cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"5.5\"/>";
      case RING -> "<circle" + cls + " cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"4.5\"/>";
      case DOT -> "<circle" + cls + " cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"2.2\"/>";
      case SQUARE ->
          "<rect"
              + cls
              + " x=\""
              + num(cx - 4.5)
              + "\" y=\""
              + num(cy - 4.5)
              + "\" width=\"9\" height=\"9\"/>";
      case DIAMOND ->
          "<polygon"
              + cls
              + " points=\""
              + num(cx)
              + ","
              + num(cy - 6)
              + " "
              + num(cx + 6)
              + ","
              + num(cy)
              + " "
              + num(cx)
              + ","
              + num(cy + 6)
              + " "
              + num(cx - 6)
              + ","
              + num(cy)
              + "\"/>";
      case CROSS ->
          "<path"
              + cls
              + " d=\"M"
              + num(cx - 4)
              + " "
              + num(cy - 4)
              + "L"
              + num(cx + 4)
              + " "
              + num(cy + 4)
              + "M"
              + num(cx - 4)
              + " "
              + num(cy + 4)
              + "L"
              + num(cx + 4)
              + " "
              + num(cy - 4)
              + "\"/>";
    };
  }

  private static String linked(String element, String href) {
    return href == null ? element : "<a href=\"" + Html.escape(href) + "\">" + element + "</a>";
  }

  private static String tooltip(String text) {
    return text == null ? "" : "<title>" + Html.escape(text) + "</title>";
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return "<line x1=\""
        + num(x1)
        + "\" y1=\""
        + num(y1)
        + "\" x2=\""
        + num(x2)
        + "\" y2=\""
        + num(y2)
        + "\"/>";
  }

  private static String text(double x, double y, String anchor, String s) {
    return "<text x=\""
        + num(x)
        + "\" y=\""
        + num(y)
        + "\" text-anchor=\""
        + anchor
        + "\">"
        + Html.escape(s)
        + "</text>";
  }

  /**
   * The ticks that get a label: zero first, then the largest magnitudes, each only when no labelled
   * tick is within {@value #LABEL_GAP} pixels (near zero a log axis packs its ticks).
   */
  private static List<Integer> labelled(YAxis y) {
    var order = new ArrayList<Integer>();
    for (int i = 0; i < y.ticks().size(); i++) order.add(i);
    order.sort(
        Comparator.comparing((Integer i) -> y.ticks().get(i) != 0)
            .thenComparing(i -> -Math.abs(y.ticks().get(i))));
    var kept = new ArrayList<Integer>();
    for (int i : order) {
      double py = y.apply(y.ticks().get(i));
      if (kept.stream().allMatch(k -> Math.abs(y.apply(y.ticks().get(k)) - py) >= LABEL_GAP))
        kept.add(i);
    }
    kept.sort(null);
    return kept;
  }

  /** A typographic minus sign, as the rest of the report writes negative numbers. */
  private static String minus(String label) {
    return label.startsWith("-") ? "\u2212" + label.substring(1) : label;
  }

  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  private static boolean finite(double... vs) {
    for (double v : vs) if (!Double.isFinite(v)) return false;
    return true;
  }
}
