package dev.kaizen.agent.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear map from data values (the domain) to pixels (the range), and the "nice" tick values of a
 * domain: multiples of 1, 2 or 5 times a power of ten, about as many as asked for.
 *
 * @param low the domain's lower end
 * @param high the domain's upper end, above {@code low}
 * @param from the pixel {@code low} maps to
 * @param to the pixel {@code high} maps to (may be below {@code from}, as on a y axis)
 */
public record Scale(double low, double high, double from, double to) {

  private static final double EPSILON = 1e-9;

  public Scale {
    if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
      throw new IllegalArgumentException(
          "a scale needs a finite domain with low < high, not [" + low + ", " + high + "]");
    }
  }

  /** The pixel of {@code value}. */
  public double apply(double value) {
    return from + (value - low) / (high - low) * (to - from);
  }

  /**
   * A scale whose domain covers {@code [low, high]} and starts and ends on a tick of about {@code
   * count} ticks. An empty interval is widened around its value first.
   */
  public static Scale nice(double low, double high, int count, double from, double to) {
    double[] d = widened(low, high);
    Step step = Step.of(d[0], d[1], count);
    return new Scale(step.value(step.floor(d[0])), step.value(step.ceil(d[1])), from, to);
  }

  /** About {@code count} nice ticks within this domain, ends included when they are ticks. */
  public List<Double> ticks(int count) {
    return ticks(low, high, count);
  }

  /** The labels of {@link #ticks(int)}, each with as many decimals as the tick step needs. */
  public List<String> tickLabels(int count) {
    Step step = Step.of(low, high, count);
    return ticks(count).stream().map(step::format).toList();
  }

  /** About {@code count} nice ticks within {@code [low, high]}. */
  public static List<Double> ticks(double low, double high, int count) {
    double[] d = widened(low, high);
    Step step = Step.of(d[0], d[1], count);
    var out = new ArrayList<Double>();
    for (long k = step.ceil(d[0]); k <= step.floor(d[1]); k++) out.add(step.value(k));
    return out;
  }

  /**
   * Whole-number ticks within {@code [low, high]} (for counts such as iterations), at least one
   * apart.
   */
  public static List<Integer> integerTicks(double low, double high, int count) {
    double[] d = widened(low, high);
    Step step = Step.of(d[0], d[1], count);
    long by = Math.max(1, Math.round(step.size()));
    var out = new ArrayList<Integer>();
    for (long v = (long) Math.ceil(d[0] / by - EPSILON) * by; v <= d[1] + EPSILON; v += by)
      out.add((int) v);
    return out;
  }

  /** The distance between nice ticks for about {@code count} ticks over {@code [low, high]}. */
  public static double tickStep(double low, double high, int count) {
    double[] d = widened(low, high);
    return Step.of(d[0], d[1], count).size();
  }

  /**
   * {@code value} with as many decimals as a tick step of {@code step} needs; thousands grouped
   * from 1,000.
   */
  public static String format(double value, double step) {
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + EPSILON));
    return format(value, decimals);
  }

  private static String format(double value, int decimals) {
    String s =
        Math.abs(value) >= 1000
            ? String.format(Locale.ROOT, "%,." + decimals + "f", value)
            : new BigDecimal(Double.toString(value))
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
    return s.matches("-[0.,]+") ? s.substring(1) : s;
  }

  private static double[] widened(double low, double high) {
    if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
      throw new IllegalArgumentException("not an interval: [" + low + ", " + high + "]");
    }
    if (high > low) return new double[] {low, high};
    double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
    return new double[] {low - pad, high + pad};
  }

  /**
   * A tick step {@code factor × 10^exponent}; values are {@code k × step}, computed so that decimal
   * steps give exact decimal values (0.3, not 0.30000000000000004).
   */
  private record Step(int factor, int exponent) {

    static Step of(double low, double high, int count) {
      double raw = (high - low) / Math.max(1, count);
      int exponent = (int) Math.floor(Math.log10(raw));
      double error = raw / Math.pow(10, exponent);
      int factor =
          error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
      return factor == 10 ? new Step(1, exponent + 1) : new Step(factor, exponent);
    }

    double size() {
      return value(1);
    }

    double value(long k) {
      return exponent >= 0
          ? k * factor * Math.pow(10, exponent)
          : k * factor / Math.pow(10, -exponent);
    }

    long floor(double v) {
      return (long) Math.floor(units(v) + EPSILON);
    }

    long ceil(double v) {
      return (long) Math.ceil(units(v) - EPSILON);
    }

    private double units(double v) {
      return exponent >= 0
          ? v / (factor * Math.pow(10, exponent))
          : v * Math.pow(10, -exponent) / factor;
    }

    String format(double v) {
      return Scale.format(v, Math.max(0, -exponent));
    }
  }
}
