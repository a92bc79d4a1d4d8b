package dev.kaizen.evals;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The test results of one tree.
 *
 * @param run tests run (including failed, errored and skipped ones, as Surefire counts them)
 * @param failures tests whose assertions failed
 * @param errors tests that threw
 * @param skipped tests that were disabled or skipped
 * @param failed every failed or errored test, with its message
 * @param testIds every test that ran, as {@code Class#method}
 */
public record TestReport(
    int run, int failures, int errors, int skipped, List<TestFailure> failed, SortedSet<String> testIds) {

  public static final TestReport EMPTY = new TestReport(0, 0, 0, 0, List.of(), new TreeSet<>());

  public TestReport {
    failed = List.copyOf(Objects.requireNonNull(failed, "failed"));
    testIds = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(testIds, "testIds")));
    if (run < 0 || failures < 0 || errors < 0 || skipped < 0) {
      throw new IllegalArgumentException("test counts must not be negative");
    }
  }

  /** No test failed or errored. */
  public boolean passed() {
    return failures == 0 && errors == 0;
  }

  /** Tests that ran and were not skipped. */
  public int executed() {
    return run - skipped;
  }

  /** The results of two test evals together. */
  public TestReport plus(TestReport other) {
    var ids = new TreeSet<>(testIds);
    ids.addAll(other.testIds);
    var all = new java.util.ArrayList<>(failed);
    all.addAll(other.failed);
    return new TestReport(
        run + other.run, failures + other.failures, errors + other.errors, skipped + other.skipped, all, ids);
  }
}
