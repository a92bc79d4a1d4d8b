package dev.kaizen.evals.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The Benjamini–Hochberg step-up procedure, which controls the false discovery rate of {@code m}
 * independent tests at level {@code q} (Benjamini and Hochberg, "Controlling the false discovery
 * rate", <i>J. R. Statist. Soc. B</i> 57(1), 1995, 289–300, §3).
 *
 * <p>With the p-values sorted, {@code p(1) ≤ … ≤ p(m)}, let {@code k} be the largest {@code i} with
 * {@code p(i) ≤ i·q/m}; the hypotheses of {@code p(1) … p(k)} are rejected. The adjusted p-value of
 * {@code p(i)} is {@code min(1, min_{j ≥ i} p(j)·m/j)}, the smallest {@code q} at which it would be
 * rejected, as R's {@code p.adjust(p, "BH")} computes it. Both come back in input order.
 */
public final class BenjaminiHochberg {

  private BenjaminiHochberg() {}

  /** The BH-adjusted p-values, in input order; empty for empty input. */
  public static double[] adjust(double[] pValues) {
    int[] order = ascending(pValues);
    int m = order.length;
    double[] adjusted = new double[m];
    double running = 1;
    for (int rank = m; rank >= 1; rank--) {
      int index = order[rank - 1];
      running = Math.min(running, pValues[index] * m / rank);
      adjusted[index] = running;
    }
    return adjusted;
  }

  /**
   * Which hypotheses the step-up procedure rejects at false discovery rate {@code q}, in input
   * order.
   */
  public static boolean[] rejected(double[] pValues, double q) {
    if (!(q > 0 && q <= 1)) throw new IllegalArgumentException("q out of (0, 1]: " + q);
    int[] order = ascending(pValues);
    int m = order.length;
    int k = 0;
    for (int rank = m; rank >= 1; rank--) {
      if (pValues[order[rank - 1]] <= rank * q / m) {
        k = rank;
        break;
      }
    }
    boolean[] rejected = new boolean[m];
    for (int rank = 1; rank <= k; rank++) rejected[order[rank - 1]] = true;
    return rejected;
  }

  /** The indexes of the p-values from smallest to largest, after checking each is in [0, 1]. */
  private static int[] ascending(double[] pValues) {
    Objects.requireNonNull(pValues, "pValues");
    for (int i = 0; i < pValues.length; i++) {
      double p = pValues[i];
      if (Double.isNaN(p)) throw new IllegalArgumentException("p-value at index " + i + " is NaN");
      if (!(p >= 0 && p <= 1))
        throw new IllegalArgumentException("p-value at index " + i + " out of [0, 1]: " + p);
    }
    Integer[] boxed = IntStream.range(0, pValues.length).boxed().toArray(Integer[]::new);
    Arrays.sort(boxed, Comparator.comparingDouble(i -> pValues[i]));
    return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
  }
}
