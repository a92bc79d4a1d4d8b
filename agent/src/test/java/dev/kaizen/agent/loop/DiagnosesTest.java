package dev.kaizen.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.propose.PastAttempt;
import dev.kaizen.evals.EvalLog;
import dev.kaizen.evals.TestReport;
import dev.kaizen.evals.TreeCheck;
import dev.kaizen.sandbox.ExecResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagnosesTest {

  static final String MAVEN_OUTPUT =
      """
      [INFO] Scanning for projects...
      [INFO] Compiling 2 source files with javac [debug release 17] to target/classes
      [ERROR] COMPILATION ERROR :
      [ERROR] /workspace/src/main/java/demo/Report.java:[13,12] incompatible types: java.lang.StringBuilder cannot be converted to java.lang.String
      [INFO] 1 error
      [INFO] BUILD FAILURE
      [ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.16.0:compile (default-compile) on project slow-report: Compilation failure
      [ERROR] -> [Help 1]
      [ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException
      """;

  @Test
  void quotes_the_compilers_messages_of_the_failing_step_without_mavens_help_lines() {
    var result = new ExecResult(1, MAVEN_OUTPUT, "", Duration.ofSeconds(9), false, false, false);
    var check =
        new TreeCheck(
            TestReport.EMPTY,
            Optional.of("build failed (exit 1)"),
            List.of(new EvalLog("build", "mvn -o -B -q -DskipTests package", result)));

    String messages = Diagnoses.buildMessages(check, check.problem().get());

    assertThat(messages.lines())
        .containsExactly(
            "build failed (exit 1)",
            "[ERROR] COMPILATION ERROR :",
            "[ERROR] /workspace/src/main/java/demo/Report.java:[13,12] incompatible types: java.lang.StringBuilder cannot be converted to java.lang.String",
            "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.16.0:compile (default-compile) on project slow-report: Compilation failure");
  }

  @Test
  void falls_back_to_the_problem_when_the_output_says_nothing_useful() {
    var result =
        new ExecResult(137, "working...\n", "", Duration.ofMinutes(10), true, false, false);
    var check =
        new TreeCheck(
            TestReport.EMPTY,
            Optional.of("build timed out after 10m"),
            List.of(new EvalLog("build", "mvn", result)));

    assertThat(Diagnoses.buildMessages(check, "build timed out after 10m"))
        .isEqualTo("build timed out after 10m");
  }

  @Test
  void a_journal_entry_says_what_was_tried_what_became_of_it_and_why() {
    var attempt =
        new PastAttempt(
            3,
            "Cache the pattern",
            "rejected",
            List.of("tests failed: ReportTest.renders_nothing_for_zero\nmore"),
            Optional.of(-0.004),
            "[ERROR] expected: <> but was: <,>");

    assertThat(Diagnoses.journalEntry(attempt))
        .isEqualTo(
            """
        ## 3. Cache the pattern

        - rejected (-0.40%)
        - tests failed: ReportTest.renders_nothing_for_zero

        ```
        [ERROR] expected: <> but was: <,>
        ```

        """);
  }
}
