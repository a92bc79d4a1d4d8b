package dev.kaizen.agent.trust;

import dev.kaizen.agent.config.ProtectedPath;
import dev.kaizen.agent.config.ProtectedPaths;
import dev.kaizen.agent.workspace.ChangedPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds the changes a candidate may not make, each with its reason:
 *
 * <ul>
 *   <li>a path that is {@linkplain ProtectedPaths protected} (the core of build files, CI, tests
 *       and benchmarks, what {@code kaizen.yml} adds, the evals' workloads), added, edited or
 *       deleted; since build files are protected, a candidate adds no source root, plugin or build
 *       extension;
 *   <li>a JVM source file that declares tests or benchmarks in the trusted baseline (JUnit's and
 *       TestNG's {@code @Test} family, JMH's {@code @Benchmark}) wherever it lives, edited or
 *       deleted: a candidate may never weaken what judges it;
 *   <li>a source file that would declare tests or benchmarks the baseline's version of it does not,
 *       added or edited, wherever it lives. Test roots are protected, so no test is added there
 *       either: a candidate brings no tests or benchmarks of its own at all. What judges it comes
 *       from the baseline (a benchmark it added would be a metric it chose).
 * </ul>
 */
public final class JudgedFiles {

  /**
   * Annotations that make a method a test or a benchmark, at the start of a line (not in Javadoc),
   * plain or qualified by any package.
   */
  private static final Pattern JUDGING =
      Pattern.compile(
          "^\\s*@(?:[A-Za-z_][A-Za-z0-9_]*\\.)*"
              + "(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Benchmark)\\b",
          Pattern.MULTILINE);

  /** The sources whose annotations are read: Java and the other JVM languages tests are in. */
  private static final List<String> SOURCES = List.of(".java", ".kt", ".groovy", ".scala");

  private final ProtectedPaths protectedPaths;

  public JudgedFiles(ProtectedPaths protectedPaths) {
    this.protectedPaths = Objects.requireNonNull(protectedPaths, "protectedPaths");
  }

  /**
   * One reason per forbidden change, in path order; empty when the candidate may be judged.
   *
   * @param subject what made the changes, for reasons: "the patch", "the candidate"
   * @param changes what the candidate changed against the baseline
   * @param baselineText a file's text in the baseline, when it exists there
   * @param candidateText a file's text in the candidate, when it exists there
   */
  public List<String> violations(
      String subject,
      List<ChangedPath> changes,
      Function<String, Optional<String>> baselineText,
      Function<String, Optional<String>> candidateText) {
    var reasons = new ArrayList<String>();
    for (ChangedPath change : changes) {
      String refused = "refused: " + subject + " " + verb(change) + " " + change.path() + ", ";
      Optional<ProtectedPath> rule = protectedPaths.firstMatch(change.path());
      if (rule.isPresent()) {
        reasons.add(
            refused + "protected by '" + rule.get().glob() + "' (" + rule.get().why() + ")");
        continue;
      }
      if (!isSource(change.path())) continue;
      Optional<String> before =
          change.kind() == ChangedPath.Kind.ADDED
              ? Optional.empty()
              : baselineText.apply(change.path()).flatMap(JudgedFiles::judgingAnnotation);
      if (before.isPresent()) {
        reasons.add(refused + "which holds the baseline's " + judged(before.get()));
        continue;
      }
      Optional<String> after =
          change.kind() == ChangedPath.Kind.DELETED
              ? Optional.empty()
              : candidateText.apply(change.path()).flatMap(JudgedFiles::judgingAnnotation);
      after.ifPresent(
          a ->
              reasons.add(
                  refused
                      + "which would declare "
                      + judged(a)
                      + ": a candidate may not bring its own tests or benchmarks"));
    }
    return reasons;
  }

  /** The first test or benchmark annotation in a source file, when there is one. */
  static Optional<String> judgingAnnotation(String source) {
    var m = JUDGING.matcher(source);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static boolean isSource(String path) {
    return SOURCES.stream().anyMatch(path::endsWith);
  }

  /** "tests (@Test)" or "benchmarks (@Benchmark)". */
  private static String judged(String annotation) {
    return ("Benchmark".equals(annotation) ? "benchmarks" : "tests") + " (@" + annotation + ")";
  }

  private static String verb(ChangedPath change) {
    return switch (change.kind()) {
      case ADDED -> "adds";
      case MODIFIED -> "edits";
      case DELETED -> "deletes";
    };
  }
}
