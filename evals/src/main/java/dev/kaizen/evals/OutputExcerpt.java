package dev.kaizen.evals;

import dev.kaizen.sandbox.ExecResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An excerpt of a failed command's output for a one-line problem: its last meaningful lines. Blank
 * lines, stack frames, ANSI colours and Maven's boilerplate ("-> [Help 1]", "Re-run Maven using the
 * -X switch", …) are left out, as are the {@code [ERROR]} and {@code [INFO]} prefixes and the
 * tree's own path.
 */
final class OutputExcerpt {

  static final int LINES = 3;
  static final int LINE_LIMIT = 160;

  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
  private static final Pattern LEVEL =
      Pattern.compile("^\\[(ERROR|WARNING|WARN|INFO|DEBUG)\\]\\s*");
  private static final List<Pattern> NOISE =
      Stream.of(
              "^at .*",
              "^\\.\\.\\. \\d+ more$",
              "^-+$",
              "^-> \\[Help \\d+\\]$",
              "^To see the full stack trace of the errors.*",
              "^Re-run Maven using the -X switch.*",
              "^For more information about the errors and possible solutions.*",
              "^\\[Help \\d+\\] http.*",
              "^BUILD (FAILURE|SUCCESS)$",
              "^Total time:.*",
              "^Finished at:.*",
              "^See dump files .*",
              "^After correcting the problems, you can resume the build.*",
              "^mvn <args> -rf .*")
          .map(Pattern::compile)
          .toList();

  private OutputExcerpt() {}

  /**
   * The last {@value #LINES} meaningful lines of stdout then stderr, joined by " | "; empty when
   * there are none.
   */
  static String of(ExecResult result, Path tree) {
    List<String> lines = new ArrayList<>();
    Stream.concat(result.stdout().lines(), result.stderr().lines())
        .map(l -> clean(l, tree))
        .filter(l -> !l.isEmpty() && NOISE.stream().noneMatch(p -> p.matcher(l).matches()))
        .forEach(lines::add);
    List<String> last = lines.subList(Math.max(0, lines.size() - LINES), lines.size());
    return String.join(" | ", last.stream().map(l -> Texts.cut(l, LINE_LIMIT)).toList());
  }

  private static String clean(String line, Path tree) {
    String l = ANSI.matcher(line).replaceAll("").strip();
    l = LEVEL.matcher(l).replaceFirst("");
    String prefix = tree.toAbsolutePath() + "/";
    return l.replace(prefix, "").strip();
  }
}
