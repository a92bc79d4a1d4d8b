package dev.kaizen.agent.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparerTest {

  @Test
  void keeps_every_variable_that_names_a_secret_from_the_prepare_command() {
    assertThat(
            java.util.List.of(
                "OPENAI_API_KEY",
                "ANTHROPIC_API_KEY",
                "GEMINI_API_KEY",
                "my_api_key",
                "GITHUB_TOKEN",
                "AWS_SECRET_ACCESS_KEY",
                "CLIENT_SECRET",
                "DB_PASSWORD"))
        .allMatch(Preparer::looksSecret);
    assertThat(
            java.util.List.of(
                "PATH", "HOME", "JAVA_HOME", "MAVEN_OPTS", "TOKENIZERS_PARALLELISM", "KEYBOARD"))
        .noneMatch(Preparer::looksSecret);
  }

  @Test
  void a_failed_prepare_is_summed_up_by_its_first_error_line_without_colour_codes(@TempDir Path dir)
      throws Exception {
    // as Maven 3.8 wrote it for commons-cli, whose rat plugin needs Maven 3.9
    Path log =
        Files.writeString(
            dir.resolve("prepare.log"),
            "\u001B[0m\u001B[0m[ERROR] Failed to execute goal"
                + " org.apache.rat:apache-rat-plugin:0.18:check (rat-check) on project commons-cli:"
                + " The plugin org.apache.rat:apache-rat-plugin:0.18 requires Maven version 3.9"
                + " -> [Help 1]\n[ERROR] \n[ERROR] To see the full stack trace of the errors,"
                + " re-run Maven with the -e switch.\n");

    assertThat(Preparer.firstError(log))
        .isEqualTo(
            "[ERROR] Failed to execute goal org.apache.rat:apache-rat-plugin:0.18:check"
                + " (rat-check) on project commons-cli: The plugin"
                + " org.apache.rat:apache-rat-plugin:0.18 requires Maven version 3.9 -> [Help 1]");
  }
}
