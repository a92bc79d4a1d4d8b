package dev.kaizen.agent.patch;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds the lines of a file that come closest to lines a model quoted: of all windows as long as
 * the quote (or a line longer or shorter), the one whose lines best align with the quote's, lines
 * compared by their character pairs, ignoring surrounding white space.
 */
final class Similarity {

  /** Below this, no lines are worth showing. */
  static final double THRESHOLD = 0.5;

  /** Beyond this much work, windows are compared line by line without realigning them. */
  private static final long MAX_ALIGNMENT_WORK = 50_000_000L;

  private Similarity() {}

  static Optional<NearestLines> nearest(List<String> file, List<String> wanted) {
    int k = wanted.size();
    int n = file.size();
    if (n == 0 || k == 0) return Optional.empty();
    int[][] wantedPairs = wanted.stream().map(Similarity::pairs).toArray(int[][]::new);
    double[][] sim = new double[n][k];
    for (int i = 0; i < n; i++) {
      int[] filePairs = pairs(file.get(i));
      for (int j = 0; j < k; j++)
        sim[i][j] = dice(filePairs, wantedPairs[j], file.get(i), wanted.get(j));
    }
    double best = -1;
    int bestStart = 0;
    int bestWindow = 0;
    for (int window :
        new int[] {Math.min(k, n), Math.min(k + 1, n), Math.max(1, Math.min(k - 1, n))}) {
      for (int start = 0; start + window <= n; start++) {
        double total =
            (long) n * k * k > MAX_ALIGNMENT_WORK
                ? diagonal(sim, start, window, k)
                : aligned(sim, start, window, k);
        double score = 2 * total / (window + k);
        if (score > best + 1e-12) {
          best = score;
          bestStart = start;
          bestWindow = window;
        }
      }
    }
    if (best < THRESHOLD) return Optional.empty();
    var lines = new StringBuilder();
    for (int i = bestStart; i < bestStart + bestWindow; i++) lines.append(file.get(i)).append('\n');
    return Optional.of(
        new NearestLines(
            bestStart + 1, bestStart + bestWindow, Math.min(1, best), lines.toString()));
  }

  /** The best total similarity of an order-keeping pairing of window lines with wanted lines. */
  private static double aligned(double[][] sim, int start, int window, int k) {
    double[] prev = new double[k + 1];
    double[] cur = new double[k + 1];
    for (int a = 1; a <= window; a++) {
      for (int b = 1; b <= k; b++) {
        cur[b] = Math.max(Math.max(prev[b], cur[b - 1]), prev[b - 1] + sim[start + a - 1][b - 1]);
      }
      double[] t = prev;
      prev = cur;
      cur = t;
      Arrays.fill(cur, 0);
    }
    return prev[k];
  }

  private static double diagonal(double[][] sim, int start, int window, int k) {
    double total = 0;
    for (int j = 0; j < Math.min(window, k); j++) total += sim[start + j][j];
    return total;
  }

  /**
   * Dice's coefficient of the lines' character pairs; blank lines are alike only to blank lines.
   */
  private static double dice(int[] a, int[] b, String lineA, String lineB) {
    if (a.length == 0 || b.length == 0) return lineA.strip().equals(lineB.strip()) ? 1 : 0;
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }

  /** The sorted character pairs of a line's text without surrounding white space. */
  private static int[] pairs(String line) {
    String s = line.strip();
    if (s.length() < 2) return new int[0];
    int[] p = new int[s.length() - 1];
    for (int i = 0; i + 1 < s.length(); i++) p[i] = (s.charAt(i) << 16) | s.charAt(i + 1);
    Arrays.sort(p);
    return p;
  }
}
