package dev.kaizen.evals.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.evals.TestFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests on reports written by Surefire 3.6.1 with JUnit 5.14 (properties and stack traces
 * trimmed).
 */
class SurefireReaderTest {

  @TempDir Path tree;

  final SurefireReader reader = new SurefireReader();

  /** Copies a golden report to {@code <tree>/<module>/target/surefire-reports/TEST-<name>.xml}. */
  Path place(String golden, String module, String name) throws IOException {
    Path dir = tree.resolve(module).resolve("target/surefire-reports");
    Files.createDirectories(dir);
    try (InputStream in = getClass().getResourceAsStream(golden + ".xml")) {
      assertThat(in).as("golden file %s.xml", golden).isNotNull();
      Path file = dir.resolve("TEST-" + name + ".xml");
      Files.copy(in, file);
      return file;
    }
  }

  @Test
  void a_passing_report_counts_its_tests_and_names_them() throws IOException {
    place("passing", "", "demo.PassingTest");

    SurefireResult r = reader.read(tree);

    assertThat(r.problems()).isEmpty();
    assertThat(r.files())
        .containsExactly(Path.of("target/surefire-reports/TEST-demo.PassingTest.xml"));
    assertThat(r.tests().run()).isEqualTo(2);
    assertThat(r.tests().passed()).isTrue();
    assertThat(r.tests().testIds())
        .containsExactly("demo.PassingTest#adds", "demo.PassingTest#addsNegative");
  }

  @Test
  void failures_and_errors_are_counted_apart_with_the_first_line_of_their_message()
      throws IOException {
    place("failures-and-errors", "", "demo.FailingTest");

    SurefireResult r = reader.read(tree);

    assertThat(r.tests().run()).isEqualTo(4);
    assertThat(r.tests().failures()).isEqualTo(1);
    assertThat(r.tests().errors()).isEqualTo(2);
    assertThat(r.tests().failed())
        .containsExactlyInAnyOrder(
            new TestFailure(
                "demo.FailingTest#npe",
                "Cannot invoke \"Object.hashCode()\" because \"o\" is null"),
            new TestFailure("demo.FailingTest#subtracts", "subtraction"),
            new TestFailure("demo.FailingTest#divides", "boom: <divide> & conquer"));
    assertThat(r.tests().testIds()).contains("demo.FailingTest#adds");
  }

  @Test
  void skipped_and_assumption_aborted_tests_count_as_skipped_and_are_named() throws IOException {
    place("skipped", "", "demo.SkippedTest");

    SurefireResult r = reader.read(tree);

    assertThat(r.tests().run()).isEqualTo(3);
    assertThat(r.tests().skipped()).isEqualTo(2);
    assertThat(r.tests().executed()).isEqualTo(1);
    assertThat(r.tests().passed()).isTrue();
    assertThat(r.tests().skippedIds())
        .containsExactly("demo.SkippedTest#assumed", "demo.SkippedTest#disabled");
  }

  @Test
  void junit5_parameterized_repeated_and_nested_tests_keep_their_invocation_names()
      throws IOException {
    place("junit5-parameterized-nested", "", "demo.ParamTest");

    SurefireResult r = reader.read(tree);

    assertThat(r.tests().run()).isEqualTo(9);
    assertThat(r.tests().testIds())
        .containsExactly(
            "demo.ParamTest#adds(int)[1]",
            "demo.ParamTest#adds(int)[2]",
            "demo.ParamTest#adds(int)[3]",
            "demo.ParamTest#named",
            "demo.ParamTest#repeats()[1]",
            "demo.ParamTest#repeats()[2]",
            "demo.ParamTest#subtracts(int)[1]",
            "demo.ParamTest#subtracts(int)[2]",
            "demo.ParamTest$Inner#works");
    assertThat(r.tests().failed())
        .containsExactly(
            new TestFailure("demo.ParamTest#subtracts(int)[1]", "expected: <3> but was: <5>"),
            new TestFailure("demo.ParamTest#subtracts(int)[2]", "expected: <4> but was: <6>"));
  }

  @Test
  void reads_every_module_of_a_multi_module_tree() throws IOException {
    place("passing", "core", "demo.PassingTest");
    place("skipped", "app/web", "demo.SkippedTest");

    SurefireResult r = reader.read(tree);

    assertThat(r.files())
        .containsExactly(
            Path.of("app/web/target/surefire-reports/TEST-demo.SkippedTest.xml"),
            Path.of("core/target/surefire-reports/TEST-demo.PassingTest.xml"));
    assertThat(r.tests().run()).isEqualTo(5);
    assertThat(r.tests().skipped()).isEqualTo(2);
  }

  @Test
  void files_outside_surefire_reports_or_not_named_test_xml_are_not_reports() throws IOException {
    place("passing", "", "demo.PassingTest");
    Path elsewhere = tree.resolve("build/test-results");
    Files.createDirectories(elsewhere);
    Files.copy(
        tree.resolve("target/surefire-reports/TEST-demo.PassingTest.xml"),
        elsewhere.resolve("TEST-other.xml"));
    Path failsafe = tree.resolve("target/failsafe-reports");
    Files.createDirectories(failsafe);
    Files.copy(
        tree.resolve("target/surefire-reports/TEST-demo.PassingTest.xml"),
        failsafe.resolve("TEST-it.xml"));
    Files.writeString(tree.resolve("target/surefire-reports/demo.PassingTest.txt"), "Tests run: 2");

    assertThat(reader.find(tree))
        .containsExactly(tree.resolve("target/surefire-reports/TEST-demo.PassingTest.xml"));
  }

  @Test
  void a_malformed_report_is_a_problem_naming_the_file() throws IOException {
    place("passing", "", "demo.PassingTest");
    Path broken = tree.resolve("core/target/surefire-reports/TEST-demo.Broken.xml");
    Files.createDirectories(broken.getParent());
    Files.writeString(
        broken,
        "<?xml version=\"1.0\"?>\n<testsuite name=\"demo.Broken\">\n  <testcase name=\"a\"");

    SurefireResult r = reader.read(tree);

    assertThat(r.problems())
        .singleElement()
        .asString()
        .startsWith(
            "malformed test report core/target/surefire-reports/TEST-demo.Broken.xml: line ");
    assertThat(r.tests().run()).as("the good report still counts").isEqualTo(2);
  }

  @Test
  void a_trailing_pair_of_parentheses_is_dropped_from_the_method_name() throws IOException {
    write(
        "TEST-demo.Paren.xml",
        """
        <testsuite name="demo.Paren" tests="2">
          <testcase name="adds()" classname="demo.Paren"/>
          <testcase name="repeats()[1]" classname="demo.Paren"/>
        </testsuite>
        """);

    assertThat(reader.read(tree).tests().testIds())
        .containsExactly("demo.Paren#adds", "demo.Paren#repeats()[1]");
  }

  @Test
  void an_error_without_a_message_is_described_by_its_exception_type() throws IOException {
    write(
        "TEST-demo.Bare.xml",
        """
        <testsuite name="demo.Bare" tests="1">
          <testcase name="boom" classname="demo.Bare"><error type="java.lang.StackOverflowError"/></testcase>
        </testsuite>
        """);

    assertThat(reader.read(tree).tests().failed())
        .containsExactly(new TestFailure("demo.Bare#boom", "java.lang.StackOverflowError"));
  }

  @Test
  void a_flaky_test_that_passed_on_rerun_counts_as_passed() throws IOException {
    write(
        "TEST-demo.Flaky.xml",
        """
        <testsuite name="demo.Flaky" tests="1" flakes="1">
          <testcase name="sometimes" classname="demo.Flaky">
            <flakyFailure message="first try" type="java.lang.AssertionError"/>
          </testcase>
        </testsuite>
        """);

    assertThat(reader.read(tree).tests().passed()).isTrue();
  }

  @Test
  void a_report_with_a_doctype_is_refused_so_external_entities_are_never_read() throws IOException {
    Path secret = Files.writeString(tree.resolve("secret.txt"), "s3cret");
    write(
        "TEST-demo.Xxe.xml",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<testsuite name=\"demo.Xxe\"><testcase name=\"a\" classname=\"demo.Xxe\"><failure message=\"&x;\"/></testcase></testsuite>\n");

    SurefireResult r = reader.read(tree);

    assertThat(r.problems())
        .singleElement()
        .asString()
        .startsWith("malformed test report target/surefire-reports/TEST-demo.Xxe.xml");
    assertThat(r.tests().failed()).noneMatch(f -> f.message().contains("s3cret"));
  }

  @Test
  void a_file_whose_root_is_not_a_testsuite_is_a_problem() throws IOException {
    write("TEST-demo.Other.xml", "<project><name>x</name></project>");

    assertThat(reader.read(tree).problems())
        .singleElement()
        .asString()
        .contains("root element is <project>");
  }

  @Test
  void a_tree_given_as_a_relative_path_reads_the_same() throws IOException {
    place("passing", "core", "demo.PassingTest");
    Path relative = Path.of("").toAbsolutePath().relativize(tree);

    SurefireResult r = reader.read(relative);

    assertThat(r.files())
        .containsExactly(Path.of("core/target/surefire-reports/TEST-demo.PassingTest.xml"));
    assertThat(r.tests().run()).isEqualTo(2);
  }

  @Test
  void a_tree_without_reports_has_none() {
    SurefireResult r = reader.read(tree);

    assertThat(r.found()).isFalse();
    assertThat(r.tests().run()).isZero();
  }

  @Test
  void a_snapshot_tells_which_reports_a_later_run_wrote() throws IOException {
    Path old = place("passing", "core", "demo.PassingTest");
    place("skipped", "core", "demo.SkippedTest");
    ReportSnapshot before = ReportSnapshot.take(reader, tree);
    Path fresh = place("failures-and-errors", "app", "demo.FailingTest");
    Files.writeString(
        tree.resolve("core/target/surefire-reports/TEST-demo.SkippedTest.xml"),
        "<testsuite name=\"x\"/>");

    assertThat(before.writtenSince(reader, tree))
        .containsExactly(
            fresh, tree.resolve("core/target/surefire-reports/TEST-demo.SkippedTest.xml"))
        .doesNotContain(old);
  }

  private void write(String name, String xml) throws IOException {
    Path dir = tree.resolve("target/surefire-reports");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), xml);
  }
}
