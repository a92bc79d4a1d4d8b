package dev.kaizen.evals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a candidate's tests lost against the baseline's: removed tests, newly disabled ones, fewer
 * executed tests, more skipped ones. A candidate may add tests, never lose one.
 */
final class TestComparison {

  static final int NAMED = 10;

  private TestComparison() {}

  /** One reason per loss, named tests first; empty when nothing was lost. */
  static List<String> losses(TestReport baseline, TestReport candidate) {
    var reasons = new ArrayList<String>();
    var removed = new TreeSet<>(baseline.testIds());
    removed.removeAll(candidate.testIds());
    name(reasons, removed, "test removed: ", "tests removed");

    var disabled = new TreeSet<>(baseline.testIds());
    disabled.removeAll(baseline.skippedIds());
    disabled.retainAll(candidate.skippedIds());
    name(reasons, disabled, "test disabled: ", "tests disabled");

    if (candidate.executed() < baseline.executed()) {
      reasons.add(
          "executed tests dropped from " + baseline.executed() + " to " + candidate.executed());
    }
    if (candidate.skipped() > baseline.skipped() && disabled.isEmpty()) {
      reasons.add("skipped tests rose from " + baseline.skipped() + " to " + candidate.skipped());
    }
    return reasons;
  }

  private static void name(
      List<String> reasons, TreeSet<String> ids, String prefix, String plural) {
    ids.stream().limit(NAMED).forEach(id -> reasons.add(prefix + id));
    if (ids.size() > NAMED) reasons.add("… and " + (ids.size() - NAMED) + " more " + plural);
  }
}
