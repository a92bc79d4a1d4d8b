package dev.kaizen.agent.profile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the time went in one or more recordings: the hottest project methods, most samples first.
 *
 * @param methods the hot methods, by samples (most first), then by path and first line; at most the
 *     limit the reader was given
 * @param totalSamples every execution sample read, also those with no project frame (the
 *     denominator of each {@link HotMethod#share()})
 * @param problems what could not be run or read, one line each (a recording that is not one, a
 *     command that failed); empty when everything worked. What could be read is kept regardless.
 */
public record Profile(List<HotMethod> methods, long totalSamples, List<String> problems) {

  public Profile {
    methods = List.copyOf(Objects.requireNonNull(methods, "methods"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    if (totalSamples < 0)
      throw new IllegalArgumentException("totalSamples must not be negative: " + totalSamples);
  }

  /**
   * The hot methods for a prompt, one line each, for example
   *
   * <pre>
   * {@code 62.5%  src/main/java/demo/Report.java  demo.Report#render(List<String> rows)  lines 41-58}
   * </pre>
   *
   * <p>At most {@code maxLines} method lines; when methods are left out, one more line says how
   * many ({@code … 3 more hot methods not shown}). Every line ends with a newline; no methods, no
   * lines.
   *
   * @param maxLines how many methods to show, not negative
   */
  public String render(int maxLines) {
    if (maxLines < 0)
      throw new IllegalArgumentException("maxLines must not be negative: " + maxLines);
    var out = new StringBuilder();
    methods.stream()
        .limit(maxLines)
        .forEach(
            m ->
                out.append(String.format(Locale.ROOT, "%.1f%%", m.share() * 100))
                    .append("  ")
                    .append(m.path())
                    .append("  ")
                    .append(m.label())
                    .append("  lines ")
                    .append(m.method().lines())
                    .append('\n'));
    if (methods.size() > maxLines) {
      out.append("… ").append(methods.size() - maxLines).append(" more hot methods not shown\n");
    }
    return out.toString();
  }
}
