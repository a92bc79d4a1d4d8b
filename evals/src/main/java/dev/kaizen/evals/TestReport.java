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
 * @param testIds every test that ran, as {@code Class#method} (skipped ones included, as in {@code
 *     run})
 * @param skippedIds the tests among {@code testIds} that were skipped or disabled; {@code null} is
 *     read as none (reports written before this component existed)
 */
public record TestReport(
    int run,
    int failures,
    int errors,
    int skipped,
    List<TestFailure> failed,
    SortedSet<String> testIds,
    SortedSet<String> skippedIds) {

  public static final TestReport EMPTY =
      new TestReport(0, 0, 0, 0, List.of(), new TreeSet<>(), new TreeSet<>());

  public TestReport {
    failed = List.copyOf(Objects.requireNonNull(failed, "failed"));
    testIds =
        java.util.Collections.unmodifiableSortedSet(
            new TreeSet<>(Objects.requireNonNull(testIds, "testIds")));
    skippedIds =
        java.util.Collections.unmodifiableSortedSet(
            skippedIds == null ? new TreeSet<>() : new TreeSet<>(skippedIds));
    if (run < 0 || failures < 0 || errors < 0 || skipped < 0) {
      throw new IllegalArgumentException("test counts must not be negative");
    }
    if (!testIds.containsAll(skippedIds)) {
      throw new IllegalArgumentException("every skipped test must be among the test ids");
    }
  }

  /** A report that does not say which tests were skipped. */
  public TestReport(
      int run,
      int failures,
      int errors,
      int skipped,
      List<TestFailure> failed,
      SortedSet<String> testIds) {
    this(run, failures, errors, skipped, failed, testIds, new TreeSet<>());
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
    var skippedOnes = new TreeSet<>(skippedIds);
    skippedOnes.addAll(other.skippedIds);
    var all = new java.util.ArrayList<>(failed);
    all.addAll(other.failed);
    return new TestReport(
        run + other.run,
        failures + other.failures,
        errors + other.errors,
        skipped + other.skipped,
        all,
        ids,
        skippedOnes);
  }
}
