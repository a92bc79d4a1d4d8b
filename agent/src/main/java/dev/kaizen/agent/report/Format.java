package dev.kaizen.agent.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How the report writes numbers: effects in percent with a real minus sign, p, money, tokens,
 * commits.
 */
final class Format {

  private Format() {}

  /** A relative effect (0.031) as {@code +3.1%}; null as a dash. */
  static String percent(Double effect) {
    if (effect == null || !Double.isFinite(effect)) return "–";
    return signed(String.format(Locale.ROOT, "%+.1f%%", 100 * effect));
  }

  /** A 95% interval as {@code −2.0% … +1.6%}. */
  static String interval(Double low, Double high) {
    if (low == null || high == null) return "–";
    return percent(low) + " … " + percent(high);
  }

  /**
   * A p-value with two significant digits and no trailing zero: {@code 0.0009}, {@code 0.61},
   * {@code 1}.
   */
  static String p(Double p) {
    if (p == null || !Double.isFinite(p)) return "–";
    if (p == 0) return "0";
    return new BigDecimal(p).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }

  /** Dollars, to the hundredth of a cent below a dollar. */
  static String usd(double usd) {
    return usd == 0 ? "$0" : String.format(Locale.ROOT, usd < 1 ? "$%.4f" : "$%.2f", usd);
  }

  static String tokens(long tokens) {
    return String.format(Locale.ROOT, "%,d", tokens);
  }

  static String number(double v) {
    if (!Double.isFinite(v)) return "–";
    double abs = Math.abs(v);
    String s =
        abs >= 100 ? String.format(Locale.ROOT, "%,.1f", v) : String.format(Locale.ROOT, "%.4g", v);
    return signed(s);
  }

  /** The first ten characters of a commit id. */
  static String commit(String commit) {
    return commit == null ? "no commit" : commit.length() <= 10 ? commit : commit.substring(0, 10);
  }

  /** An ISO-8601 instant as {@code 2026-11-27 05:03:58Z}. */
  static String time(String iso) {
    if (iso == null) return "–";
    return iso.replace('T', ' ').replaceAll("\\.\\d+Z$", "Z");
  }

  private static String signed(String s) {
    return s.startsWith("-") ? "−" + s.substring(1) : s;
  }
}
