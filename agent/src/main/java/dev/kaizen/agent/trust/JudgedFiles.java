package dev.kaizen.agent.trust;

import dev.kaizen.agent.config.PathGlobs;
import dev.kaizen.agent.workspace.ChangedPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds the changes a candidate may not make: a path matching a {@code protected} glob, or a Java
 * file that declares tests or benchmarks in the trusted baseline (JUnit's {@code @Test} family,
 * JMH's {@code @Benchmark}) wherever it lives, deleted or edited. A candidate may add tests; it may
 * never weaken the ones that judge it.
 */
public final class JudgedFiles {

  /**
   * Annotations that make a method a test or a benchmark, at the start of a line (not in Javadoc).
   */
  private static final Pattern JUDGING =
      Pattern.compile(
          "^\\s*@(?:org\\.junit\\.jupiter\\.api\\.|org\\.junit\\.|org\\.openjdk\\.jmh\\.annotations\\.)?"
              + "(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Benchmark)\\b",
          Pattern.MULTILINE);

  private final PathGlobs protectedPaths;

  public JudgedFiles(PathGlobs protectedPaths) {
    this.protectedPaths = Objects.requireNonNull(protectedPaths, "protectedPaths");
  }

  /**
   * One reason per forbidden change, in path order; empty when the candidate may be judged.
   *
   * @param subject what made the changes, for reasons: "the patch", "the candidate"
   * @param changes what the candidate changed against the baseline
   * @param baselineText a file's text in the baseline, when it exists there
   */
  public List<String> violations(
      String subject, List<ChangedPath> changes, Function<String, Optional<String>> baselineText) {
    var reasons = new ArrayList<String>();
    for (ChangedPath change : changes) {
      String glob = protectedPaths.firstMatch(change.path());
      if (glob != null) {
        reasons.add(
            "refused: "
                + subject
                + " "
                + verb(change)
                + " "
                + change.path()
                + ", protected by '"
                + glob
                + "'");
      } else if (change.kind() != ChangedPath.Kind.ADDED && change.path().endsWith(".java")) {
        Optional<String> annotation =
            baselineText.apply(change.path()).flatMap(JudgedFiles::judgingAnnotation);
        annotation.ifPresent(
            a ->
                reasons.add(
                    "refused: "
                        + subject
                        + " "
                        + verb(change)
                        + " "
                        + change.path()
                        + ", which holds the baseline's "
                        + ("Benchmark".equals(a) ? "benchmarks" : "tests")
                        + " (@"
                        + a
                        + ")"));
      }
    }
    return reasons;
  }

  /** The first test or benchmark annotation in a Java source, when there is one. */
  static Optional<String> judgingAnnotation(String source) {
    var m = JUDGING.matcher(source);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String verb(ChangedPath change) {
    return switch (change.kind()) {
      case ADDED -> "adds";
      case MODIFIED -> "edits";
      case DELETED -> "deletes";
    };
  }
}
