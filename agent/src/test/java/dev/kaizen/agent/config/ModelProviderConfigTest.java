package dev.kaizen.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.agent.model.ModelProviders;
import dev.kaizen.agent.testing.AcmeProvider;
import dev.kaizen.evals.types.EvalTypes;
import dev.kaizen.sandbox.backends.SandboxBackends;
import org.junit.jupiter.api.Test;

/** {@code model.provider} is checked against a registry of providers, which a caller may extend. */
class ModelProviderConfigTest {

  private static final ModelProviders WITH_ACME =
      ModelProviders.standard().with(new AcmeProvider());

  @Test
  void an_unknown_provider_is_an_error_that_names_the_registered_ones() {
    assertThatThrownBy(
            () ->
                ConfigReader.read(
                    "model:\n  provider: mistral\n", "kaizen.yml", "test", ProjectDefaults.maven()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "kaizen.yml:2: model.provider: unknown provider 'mistral' (expected openai, anthropic, gemini or ollama)");
    assertThatThrownBy(
            () ->
                ConfigReader.read(
                    "model:\n  provider: mistral\n",
                    "kaizen.yml",
                    "test",
                    ProjectDefaults.maven(),
                    new Extensions(EvalTypes.standard(), WITH_ACME, SandboxBackends.standard())))
        .hasMessage(
            "kaizen.yml:2: model.provider: unknown provider 'mistral' (expected openai, anthropic, gemini, ollama or acme)");
  }

  @Test
  void a_registered_provider_is_read_with_its_own_default_key_variable() {
    KaizenConfig c =
        ConfigReader.read(
            "model: {provider: acme, name: acme-coder-1}\n",
            "kaizen.yml",
            "test",
            ProjectDefaults.maven(),
            new Extensions(EvalTypes.standard(), WITH_ACME, SandboxBackends.standard()));

    ModelConfig m = c.model();
    assertThat(m.provider()).isEqualTo("acme");
    assertThat(m.name()).isEqualTo("acme-coder-1");
    assertThat(m.apiKeyEnv(WITH_ACME)).isEqualTo("ACME_TOKEN");
    assertThatThrownBy(
            () ->
                ConfigReader.read(
                    "model: {provider: acme}\n", "kaizen.yml", "test", ProjectDefaults.maven()))
        .as("the standard registry does not know it")
        .hasMessageContaining("unknown provider 'acme'");
  }

  @Test
  void a_price_table_may_have_a_section_for_each_registered_provider() {
    assertThat(
            PriceTable.read(
                "acme:\n  acme-coder-1: {input: 1.25, output: 5}\n", "prices.yml", WITH_ACME))
        .containsExactly(entry("acme-coder-1", new ModelConfig.Price(1.25, 5)));
    assertThatThrownBy(
            () ->
                PriceTable.read("acme:\n  acme-coder-1: {input: 1.25, output: 5}\n", "prices.yml"))
        .hasMessageStartingWith("prices.yml:1: unknown key 'acme'");
  }
}
