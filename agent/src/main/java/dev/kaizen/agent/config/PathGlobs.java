package dev.kaizen.agent.config;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Matches repository-relative paths ({@code /}-separated) against globs as {@code .gitignore} users
 * write them: {@code *} stays within a folder, {@code **} spans folders (and {@code **}/ also
 * matches no folder at all), {@code ?} is one character. A glob without a slash that names a folder
 * also matches everything below it ({@code .github/**} and {@code .github} differ only in that the
 * latter also matches a file called {@code .github}).
 */
public final class PathGlobs implements Predicate<String> {

  private final List<String> globs;
  private final List<Pattern> patterns;

  public PathGlobs(List<String> globs) {
    this.globs = List.copyOf(globs);
    this.patterns = this.globs.stream().map(PathGlobs::compile).toList();
  }

  public List<String> globs() {
    return globs;
  }

  /** Whether {@code path} matches any of the globs. */
  @Override
  public boolean test(String path) {
    return firstMatch(path) != null;
  }

  /** The first glob that matches {@code path}, or {@code null}. */
  public String firstMatch(String path) {
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i).matcher(path).matches()) return globs.get(i);
    }
    return null;
  }

  static Pattern compile(String glob) {
    String g = glob.startsWith("/") ? glob.substring(1) : glob;
    var re = new StringBuilder();
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*') {
        boolean doubleStar = i + 1 < g.length() && g.charAt(i + 1) == '*';
        if (doubleStar) {
          boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
          if (slashAfter) {
            re.append("(?:.*/)?");
            i += 2;
          } else {
            re.append(".*");
            i += 1;
          }
        } else {
          re.append("[^/]*");
        }
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    // A glob naming a file or folder also matches everything inside it.
    re.append("(?:/.*)?");
    return Pattern.compile(re.toString());
  }
}
