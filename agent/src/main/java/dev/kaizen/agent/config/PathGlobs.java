package dev.kaizen.agent.config;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Matches repository-relative paths ({@code /}-separated) against globs as {@code .gitignore} users
 * write them: {@code *} stays within a folder, {@code **} spans folders (and {@code **}/ also
 * matches no folder at all), {@code ?} is one character. A glob with no slash but a trailing one
 * names a file or folder at any depth ({@code pom.xml} matches {@code core/pom.xml}, {@code
 * *.properties} every properties file); one with a slash elsewhere is anchored at the root ({@code
 * .github/**}, {@code /kaizen.yml}). A glob that names a folder also matches everything below it.
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
    boolean anchored = glob.startsWith("/");
    String g = glob.substring(anchored ? 1 : 0);
    if (g.endsWith("/")) g = g.substring(0, g.length() - 1);
    var re = new StringBuilder();
    // A glob without a slash names a file or folder at any depth, as in .gitignore.
    if (!anchored && !g.contains("/")) re.append("(?:.*/)?");
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
