package dev.kaizen.evals.stats;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Mann–Kendall test for a monotonic trend in a series taken at equal steps, and Sen's estimate
 * of its slope (Gilbert, <i>Statistical Methods for Environmental Pollution Monitoring</i>, 1987,
 * ch. 16: the test pp. 209–213, the slope pp. 217–218).
 *
 * <p>{@code S = Σ_{i<j} sign(x_j - x_i)}. Under no trend S has mean 0 and variance {@code
 * [n(n-1)(2n+5) - Σ t(t-1)(2t+5)]/18}, the sum over groups of {@code t} equal values. The test
 * statistic moves S one unit toward 0 (continuity correction): {@code z = (S-1)/√Var} for {@code S
 * > 0}, {@code (S+1)/√Var} for {@code S < 0}, 0 for {@code S = 0}; the p-value is the two-sided
 * normal tail {@code 2Φ(-|z|)}. {@link #exactPValue} gives the exact p-value for short series
 * without ties.
 *
 * <p>Sen's slope is the median of the {@code n(n-1)/2} slopes {@code (x_j - x_i)/(j - i)}, in units
 * per step. Both take {@code O(n²)} time and the slope {@code O(n²)} memory, so series are limited
 * to {@value #MAX_LENGTH} values.
 *
 * <p>A series of fewer than 3 values says nothing about a trend: its result has S, variance, z and
 * slope 0 and p-value 1.
 */
public final class TrendTest {

  /** The longest series accepted. */
  public static final int MAX_LENGTH = 5000;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private TrendTest() {}

  /** Tests the series, in the order taken, for a monotonic trend. */
  public static TrendResult of(double[] series) {
    checked(series);
    int n = series.length;
    if (n < 3) return new TrendResult(n, 0, 0, 0, 1, 0);
    long s = statistic(series);
    double variance = (n * (n - 1.0) * (2.0 * n + 5) - tieSum(series)) / 18;
    double z = 0;
    double p = 1;
    if (s != 0 && variance > 0) {
      z = (s > 0 ? s - 1 : s + 1) / Math.sqrt(variance);
      // 2Φ(-|z|) rather than 2(1 - Φ(|z|)) keeps precision when it is small.
      p = Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
    }
    return new TrendResult(n, s, variance, z, p, senSlope(series));
  }

  /**
   * The exact two-sided p-value {@code P(|S| ≥ |s|)} from {@link MannKendallDistribution}, for a
   * series of at most {@value MannKendallDistribution#MAX_N} values without ties; 1 for fewer than
   * 3.
   */
  public static double exactPValue(double[] series) {
    checked(series);
    int n = series.length;
    if (n > MannKendallDistribution.MAX_N) {
      throw new IllegalArgumentException(
          "series too long for the exact p-value (at most "
              + MannKendallDistribution.MAX_N
              + "): "
              + n);
    }
    if (tieSum(series) > 0)
      throw new IllegalArgumentException("the exact p-value needs a series without ties");
    if (n < 3) return 1;
    return new MannKendallDistribution(n).twoSided((int) statistic(series));
  }

  /**
   * Sen's slope: the median of {@code (x_j - x_i)/(j - i)} over {@code i < j}; 0 for fewer than 2
   * values.
   */
  public static double senSlope(double[] series) {
    checked(series);
    int n = series.length;
    if (n < 2) return 0;
    double[] slopes = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) slopes[k++] = (series[j] - series[i]) / (j - i);
    }
    Arrays.sort(slopes); // in place: the array is already n² long, a copy would double it
    int mid = slopes.length / 2;
    return slopes.length % 2 == 1 ? slopes[mid] : (slopes[mid - 1] + slopes[mid]) / 2;
  }

  private static long statistic(double[] x) {
    long s = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) s += x[j] > x[i] ? 1 : x[j] < x[i] ? -1 : 0;
    }
    return s;
  }

  /** {@code Σ t(t-1)(2t+5)} over the groups of {@code t > 1} equal values. */
  private static double tieSum(double[] x) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) j++;
      double t = j - i + 1;
      sum += t * (t - 1) * (2 * t + 5);
      i = j + 1;
    }
    return sum;
  }

  private static void checked(double[] series) {
    Objects.requireNonNull(series, "series");
    if (series.length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "series too long (at most " + MAX_LENGTH + " values): " + series.length);
    }
    for (int i = 0; i < series.length; i++) {
      if (!Double.isFinite(series[i])) {
        throw new IllegalArgumentException(
            "series values must be finite: index " + i + " is " + series[i]);
      }
    }
  }
}
