package dev.kaizen.agent.trust;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The static hack check: what a candidate adds to main Java code that only a candidate gaming its
 * judges would add — a shutdown hook, an exit, stack or command-line inspection, clock, environment
 * or system-property reads, static memo state, references to test or benchmark classes, reflection
 * on Kaizen or on tests, literals of the tests', benchmarks' and workloads' inputs (see {@link
 * HackPattern}). Run on the text of each changed file before anything is built.
 *
 * <p>Each pattern's constructs are counted in the baseline's text and in the candidate's (parsed
 * with JavaParser, so comments and string contents do not count unless a pattern looks at strings);
 * a construct the candidate has more of is a finding. Test and benchmark sources ({@code
 * src/test/}, {@code src/jmh/}) are not checked, and neither is a file whose either side does not
 * parse (other checks refuse those).
 */
public final class HackCheck {

  private HackCheck() {}

  /**
   * Every finding, in the order of {@code changes}, then of {@link HackPattern}, then of position.
   *
   * @param judgedClassNames the simple and qualified names of the baseline's test and benchmark
   *     classes ({@link JudgedClasses#in})
   */
  public static List<HackFinding> findings(
      List<ChangedSource> changes, Set<String> judgedClassNames) {
    return findings(changes, judgedClassNames, Set.of());
  }

  /**
   * Every finding, as {@link #findings(List, Set)}, and literals of the baseline's judges added to
   * main code.
   *
   * @param judgedInputs the distinctive literals of the baseline's tests, benchmarks and workloads
   *     ({@link #judgedInputs})
   */
  public static List<HackFinding> findings(
      List<ChangedSource> changes, Set<String> judgedClassNames, Set<String> judgedInputs) {
    var found = new ArrayList<HackFinding>();
    for (ChangedSource change : changes) {
      if (!checked(change.path()) || change.after().isEmpty()) continue;
      Optional<ParsedSource> after =
          ParsedSource.parse(change.after().get(), judgedClassNames, judgedInputs);
      Optional<ParsedSource> before =
          ParsedSource.parse(change.before().orElse(""), judgedClassNames, judgedInputs);
      if (after.isEmpty() || before.isEmpty()) continue;
      for (HackPattern pattern : HackPattern.values()) {
        List<Occurrence> added =
            Occurrence.added(
                pattern.detector().find(before.get()), pattern.detector().find(after.get()));
        for (Occurrence o : added) {
          found.add(new HackFinding(pattern, change.path(), o.construct(), o.where()));
        }
      }
    }
    return found;
  }

  /**
   * The distinctive literals (inputs, expected outputs) of the tree's tests and benchmarks and of
   * the files {@code judging} names (the evals' workloads): main code that adds one special-cases
   * what judges it ({@link HackPattern#JUDGED_INPUT}).
   */
  public static Set<String> judgedInputs(Path root, Predicate<String> judging) {
    return JudgedInputs.in(root, judging);
  }

  /** Whether a path is main Java code, which the check looks at. */
  public static boolean checked(String path) {
    return path.endsWith(".java") && !JudgedClasses.underJudgedRoot(path);
  }
}
