package dev.kaizen.agent;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the sizes and durations people write in {@code kaizen.yml} and on the command line. */
public final class Quantities {

  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(i?b?)?");
  private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

  private Quantities() {}

  /**
   * A byte size: {@code 2g}, {@code 512m}, {@code 1.5GiB}, {@code 64k}, or a plain number of bytes.
   * Units are binary (k = 1024).
   *
   * @throws IllegalArgumentException naming the text when it is not a size
   */
  public static long bytes(String text) {
    Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a size (like 512m or 2g): '" + text + "'");
    }
    double value = Double.parseDouble(m.group(1));
    int shift =
        switch (m.group(2)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          case "t" -> 40;
          default -> 0;
        };
    return (long) (value * (1L << shift));
  }

  /**
   * A duration: {@code 90s}, {@code 10m}, {@code 2h}, {@code 1h30m}, {@code 500ms}; a plain number
   * means seconds.
   *
   * @throws IllegalArgumentException naming the text when it is not a duration
   */
  public static Duration duration(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
    if (t.matches("\\d+")) return Duration.ofSeconds(Long.parseLong(t));
    Matcher m = DURATION_PART.matcher(t);
    Duration total = Duration.ZERO;
    int end = 0;
    while (m.find() && m.start() == end) {
      double value = Double.parseDouble(m.group(1));
      long millis =
          switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            default -> 86_400_000;
          };
      total = total.plusMillis(Math.round(value * millis));
      end = m.end();
    }
    if (end == 0 || end != t.length()) {
      throw new IllegalArgumentException("not a duration (like 90s, 10m or 2h): '" + text + "'");
    }
    return total;
  }

  /** {@code 2 GiB}, {@code 512 MiB}: a size as people read it. */
  public static String formatBytes(long bytes) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return (v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v))
        + " "
        + units[u];
  }

  /** {@code 1h02m}, {@code 3m05s}, {@code 4.2s}: a duration as people read it. */
  public static String formatDuration(Duration d) {
    long ms = d.toMillis();
    if (ms < 60_000) return String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
    long s = ms / 1000;
    if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }
}
