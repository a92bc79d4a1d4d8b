package dev.kaizen.agent.heuristic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check {@link GoldenTest} runs on the registered rules reports a rule that lacks golden cases:
 * here it runs on registries and folders made for the test, so the real golden test stays green.
 */
class GoldenCasesTest {

  private static final RewriteRules WITH_A_NEW_RULE =
      RewriteRules.standard().with(new EmptyStatementRule());

  @TempDir Path root;

  @Test
  void reports_a_registered_rule_that_has_no_golden_folder() {
    assertThat(GoldenCases.missing(WITH_A_NEW_RULE, GoldenCases.root()))
        .containsExactly(
            EmptyStatementRule.ID + ": no golden folder heuristic/" + EmptyStatementRule.ID + "/");
  }

  @Test
  void reports_a_rule_without_cases_that_must_fire_or_must_not_fire() throws IOException {
    Files.createDirectories(root.resolve(EmptyStatementRule.ID));

    assertThat(GoldenCases.missing(WITH_A_NEW_RULE, root))
        .filteredOn(line -> line.startsWith(EmptyStatementRule.ID + ":"))
        .containsExactly(
            EmptyStatementRule.ID
                + ": needs at least 5 cases that must fire (<case>.before.java with a <case>.after.java), has 0",
            EmptyStatementRule.ID
                + ": needs at least 5 cases that must not fire (a <case>.before.java alone), has 0");
  }

  @Test
  void reports_a_rule_with_too_few_cases_of_one_kind() throws IOException {
    Path dir = Files.createDirectories(root.resolve(EmptyStatementRule.ID));
    for (int i = 1; i <= 5; i++) {
      Files.writeString(dir.resolve("fires-" + i + ".before.java"), "class A {}\n");
      Files.writeString(dir.resolve("fires-" + i + ".after.java"), "class A {}\n");
    }
    Files.writeString(dir.resolve("silent.before.java"), "class A {}\n");

    assertThat(GoldenCases.missing(WITH_A_NEW_RULE, root))
        .filteredOn(line -> line.startsWith(EmptyStatementRule.ID + ":"))
        .containsExactly(
            EmptyStatementRule.ID
                + ": needs at least 5 cases that must not fire (a <case>.before.java alone), has 1");
  }

  @Test
  void finds_nothing_missing_when_every_rule_has_enough_cases_of_both_kinds() throws IOException {
    Path dir = Files.createDirectories(root.resolve(EmptyStatementRule.ID));
    for (int i = 1; i <= 5; i++) {
      Files.writeString(dir.resolve("fires-" + i + ".before.java"), "class A {}\n");
      Files.writeString(dir.resolve("fires-" + i + ".after.java"), "class A {}\n");
      Files.writeString(dir.resolve("silent-" + i + ".before.java"), "class A {}\n");
    }

    assertThat(GoldenCases.missing(WITH_A_NEW_RULE, root))
        .as("the standard rules have no folder in this root; the new one lacks nothing")
        .noneMatch(line -> line.startsWith(EmptyStatementRule.ID + ":"))
        .anyMatch(line -> line.startsWith(StringConcatInLoopRule.ID + ": no golden folder"));
  }
}
