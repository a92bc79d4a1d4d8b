package dev.kaizen.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelClientsTest {

  private static final String KEY = "sk-kaizen-secret-0000111122223333";

  @Test
  void openai_itself_needs_the_key_and_says_which_variable_is_missing() {
    ModelConfig config =
        new ModelConfig("openai", "gpt-4.1-mini", Optional.empty(), "OPENAI_API_KEY");

    assertThatThrownBy(() -> ModelClients.open(config, Map.of()))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageEndingWith(": the environment variable OPENAI_API_KEY is not set")
        .hasMessageContaining("https://api.openai.com/v1");
  }

  @Test
  void anthropic_and_gemini_need_a_key_even_at_another_url() {
    for (String provider : new String[] {"anthropic", "gemini"}) {
      ModelConfig config =
          new ModelConfig(provider, "m", Optional.of("http://127.0.0.1:9/v1"), "MY_KEY");
      assertThatThrownBy(() -> ModelClients.open(config, Map.of("MY_KEY", "  ")))
          .as(provider)
          .isInstanceOf(EnvironmentException.class)
          .hasMessageContaining("the environment variable MY_KEY is not set");
    }
  }

  @Test
  void local_servers_open_without_a_key() {
    ModelConfig vllm =
        new ModelConfig(
            "openai", "qwen", Optional.of("http://127.0.0.1:8000/v1"), "OPENAI_API_KEY");
    ModelConfig ollama =
        new ModelConfig("ollama", "qwen2.5-coder:7b", Optional.empty(), "OLLAMA_API_KEY");

    assertThat(ModelClients.open(vllm, Map.of()).baseUrl()).isEqualTo("http://127.0.0.1:8000/v1");
    assertThat(ModelClients.open(ollama, Map.of()).baseUrl()).isEqualTo("http://localhost:11434");
  }

  @Test
  void uses_each_providers_own_endpoint_by_default() {
    Map<String, String> env = Map.of("K", KEY);
    assertThat(
            ModelClients.open(new ModelConfig("anthropic", "m", Optional.empty(), "K"), env)
                .baseUrl())
        .isEqualTo("https://api.anthropic.com/v1/");
    assertThat(
            ModelClients.open(new ModelConfig("gemini", "m", Optional.empty(), "K"), env).baseUrl())
        .isEqualTo("https://generativelanguage.googleapis.com/v1beta");
  }

  @Test
  void normalises_the_trailing_slash_each_client_expects() {
    Map<String, String> env = Map.of("K", KEY);
    assertThat(
            ModelClients.open(
                    new ModelConfig("anthropic", "m", Optional.of("http://127.0.0.1:1/v1"), "K"),
                    env)
                .baseUrl())
        .isEqualTo("http://127.0.0.1:1/v1/");
    assertThat(
            ModelClients.open(
                    new ModelConfig("openai", "m", Optional.of("http://127.0.0.1:1/v1/"), "K"), env)
                .baseUrl())
        .isEqualTo("http://127.0.0.1:1/v1");
  }

  @Test
  void refuses_an_unknown_provider_or_a_base_url_that_is_not_http() {
    assertThatThrownBy(
            () ->
                ModelClients.open(new ModelConfig("mistral", "m", Optional.empty(), "K"), Map.of()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("unknown model provider 'mistral'");
    assertThatThrownBy(
            () ->
                ModelClients.open(
                    new ModelConfig("openai", "m", Optional.of("localhost:8000"), "K"), Map.of()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("http or https URL");
  }

  @Test
  void the_key_never_shows_in_to_string() {
    ModelClient client =
        ModelClients.open(
            new ModelConfig(
                "anthropic", "claude-sonnet-4-5", Optional.empty(), "ANTHROPIC_API_KEY"),
            Map.of("ANTHROPIC_API_KEY", KEY));

    assertThat(client.toString())
        .doesNotContain(KEY)
        .contains("anthropic", "claude-sonnet-4-5", "ANTHROPIC_API_KEY is set");
    assertThat(
            ApiKey.fromEnvironment("ANTHROPIC_API_KEY", Map.of("ANTHROPIC_API_KEY", KEY))
                .toString())
        .doesNotContain(KEY);
  }
}
