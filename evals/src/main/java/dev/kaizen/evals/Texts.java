package dev.kaizen.evals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Locale;

/**
 * How numbers read in reasons and problems, and wherever Kaizen shows the gate's numbers (pull
 * request descriptions): percentages with one decimal, p with two significant digits.
 */
public final class Texts {

  /** The minus sign ({@code −}, U+2212), not a hyphen. */
  public static final char MINUS = '\u2212';

  private Texts() {}

  /** A relative effect with its sign: {@code +25.0%}, {@code −0.4%}. */
  public static String signedPercent(double relative) {
    if (Double.isNaN(relative)) return "n/a";
    String s = String.format(Locale.ROOT, "%+.1f%%", 100 * relative);
    if (s.equals("-0.0%") || s.equals("+0.0%")) return "0.0%";
    return s.replace('-', MINUS);
  }

  /** A relative size without sign: {@code 1.0%}. */
  public static String percent(double relative) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * Math.abs(relative));
  }

  /** A confidence level: {@code 95%}, or {@code 96.1%} when it is not a whole percentage. */
  public static String level(double confidence) {
    double pct = 100 * confidence;
    return Math.abs(pct - Math.rint(pct)) < 1e-9
        ? String.format(Locale.ROOT, "%.0f%%", pct)
        : String.format(Locale.ROOT, "%.1f%%", pct);
  }

  /** A p-value with two significant digits: {@code 0.0098}, {@code 0.50}, {@code 4.9e-05}. */
  public static String p(double p) {
    if (Double.isNaN(p)) return "n/a";
    if (p == 0) return "0";
    if (p < 1e-4) return String.format(Locale.ROOT, "%.1e", p);
    BigDecimal r = new BigDecimal(p).round(new MathContext(2));
    return r.setScale(r.scale() + 2 - r.precision()).toPlainString(); // 0.5 → 0.50, 1 → 1.0
  }

  /** A metric value, short: four significant digits. */
  public static String number(double v) {
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /**
   * A duration as people say it: {@code 850 ms}, {@code 12.5 s}, {@code 10 min}, {@code 2 min 30
   * s}.
   */
  public static String duration(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) return ms + " ms";
    if (ms < 60_000) return String.format(Locale.ROOT, "%.1f s", ms / 1000.0).replace(".0 s", " s");
    long s = Math.round(ms / 1000.0);
    return s % 60 == 0 ? (s / 60) + " min" : (s / 60) + " min " + (s % 60) + " s";
  }

  /** {@code text}, cut to {@code limit} characters with an ellipsis. */
  public static String cut(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit) + "…";
  }
}
