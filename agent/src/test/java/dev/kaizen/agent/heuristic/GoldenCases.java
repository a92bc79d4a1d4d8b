package dev.kaizen.agent.heuristic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden cases of rewrite rules, one folder per rule id under {@code
 * src/test/resources/heuristic/}: a {@code <case>.before.java} with a {@code <case>.after.java} is
 * a case where the rule must fire and give exactly the after file; a {@code <case>.before.java}
 * alone is a case where it must not fire. Every registered rule needs its folder with at least
 * {@link #MIN_CASES} cases of each kind.
 */
final class GoldenCases {

  /** How many cases that must fire, and how many that must not, every rule needs at least. */
  static final int MIN_CASES = 5;

  private GoldenCases() {}

  /** The folder that holds one folder of cases per rule id, in the test resources. */
  static Path root() {
    try {
      return Path.of(GoldenCases.class.getResource("/heuristic").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The {@code .before.java} files of a rule's cases under {@code root}, in name order.
   *
   * @throws AssertionError naming the rule when it has no folder
   */
  static List<Path> befores(Path root, String ruleId) {
    return files(folder(root, ruleId), ".before.java");
  }

  /**
   * The {@code .after.java} files of a rule's cases under {@code root}, in name order.
   *
   * @throws AssertionError naming the rule when it has no folder
   */
  static List<Path> afters(Path root, String ruleId) {
    return files(folder(root, ruleId), ".after.java");
  }

  /**
   * Whether the case of this before file is one where the rule must fire (it has an after file).
   */
  static boolean mustFire(Path before) {
    return Files.exists(after(before));
  }

  static Path after(Path before) {
    String name = before.getFileName().toString();
    return before.resolveSibling(name.replace(".before.java", ".after.java"));
  }

  static Path before(Path after) {
    return after.resolveSibling(
        after.getFileName().toString().replace(".after.java", ".before.java"));
  }

  /**
   * What the golden cases under {@code root} lack for the rules of {@code rules}, one line each: a
   * rule without a folder, or with fewer than {@link #MIN_CASES} cases that must fire or that must
   * not fire. Empty when nothing is missing.
   */
  static List<String> missing(RewriteRules rules, Path root) {
    var missing = new ArrayList<String>();
    for (RewriteRule rule : rules.all()) {
      String id = rule.id();
      if (!Files.isDirectory(root.resolve(id))) {
        missing.add(id + ": no golden folder " + root.getFileName() + "/" + id + "/");
        continue;
      }
      List<Path> befores = befores(root, id);
      long firing = befores.stream().filter(GoldenCases::mustFire).count();
      long silent = befores.size() - firing;
      if (firing < MIN_CASES) {
        missing.add(
            id
                + ": needs at least "
                + MIN_CASES
                + " cases that must fire (<case>.before.java with a <case>.after.java), has "
                + firing);
      }
      if (silent < MIN_CASES) {
        missing.add(
            id
                + ": needs at least "
                + MIN_CASES
                + " cases that must not fire (a <case>.before.java alone), has "
                + silent);
      }
    }
    return missing;
  }

  private static Path folder(Path root, String ruleId) {
    Path dir = root.resolve(ruleId);
    if (!Files.isDirectory(dir)) {
      throw new AssertionError("rule " + ruleId + " is registered but has no golden folder " + dir);
    }
    return dir;
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
