package dev.kaizen.agent.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
