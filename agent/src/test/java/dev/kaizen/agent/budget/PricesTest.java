package dev.kaizen.agent.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kaizen.agent.config.ConfigException;
import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.agent.model.ModelProviders;
import dev.kaizen.agent.testing.AcmeProvider;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PricesTest {

  private static ModelConfig model(String provider, String name) {
    return new ModelConfig(provider, name, Optional.empty(), "KEY");
  }

  @Test
  void costs_are_per_million_tokens() {
    Prices prices = new Prices(2, 8);

    assertThat(prices.cost(1_000_000, 1_000_000)).isEqualTo(10.0);
    assertThat(prices.cost(1000, 500)).isCloseTo(0.006, within(1e-12));
    assertThat(prices.cost(0, 0)).isZero();
    assertThat(Prices.ZERO.cost(5_000_000, 5_000_000)).isZero();
    assertThatThrownBy(() -> new Prices(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_configured_price_wins_over_the_table() {
    ModelConfig m = model("openai", "gpt-4.1").withPrice(new ModelConfig.Price(1, 4));

    assertThat(Prices.resolve(m)).isEqualTo(new Prices(1, 4));
  }

  @Test
  void a_configured_price_counts_for_local_models_too() {
    ModelConfig m =
        model("ollama", "qwen2.5-coder:7b").withPrice(new ModelConfig.Price(0.01, 0.02));

    assertThat(Prices.resolve(m)).isEqualTo(new Prices(0.01, 0.02));
  }

  @Test
  void well_known_hosted_models_are_priced_by_the_built_in_table() {
    assertThat(Prices.resolve(model("openai", "gpt-4.1-mini"))).isEqualTo(new Prices(0.40, 1.60));
    assertThat(Prices.resolve(model("openai", "gpt-4o"))).isEqualTo(new Prices(2.50, 10.00));
    assertThat(Prices.resolve(model("anthropic", "claude-sonnet-4-20250514")))
        .isEqualTo(new Prices(3, 15));
    assertThat(Prices.resolve(model("gemini", "gemini-2.5-flash")))
        .isEqualTo(new Prices(0.30, 2.50));
    for (String name :
        new String[] {
          "gpt-4.1",
          "gpt-4.1-mini",
          "gpt-4.1-nano",
          "gpt-4o",
          "gpt-4o-mini",
          "claude-sonnet-4-0",
          "claude-3-5-haiku-latest",
          "gemini-2.5-flash",
          "gemini-2.5-pro"
        }) {
      assertThat(Prices.listed(name))
          .as(name)
          .hasValueSatisfying(
              p -> {
                assertThat(p.inputPerMillion()).isPositive();
                assertThat(p.outputPerMillion()).isGreaterThan(p.inputPerMillion());
              });
    }
  }

  @Test
  void local_models_cost_nothing() {
    assertThat(Prices.resolve(model("ollama", "qwen2.5-coder:7b"))).isEqualTo(Prices.ZERO);
    ModelConfig vllm =
        new ModelConfig("openai", "qwen", Optional.of("http://127.0.0.1:8000/v1"), "KEY");
    assertThat(Prices.resolve(vllm)).isEqualTo(Prices.ZERO);
  }

  @Test
  void a_hosted_model_without_a_known_price_is_a_configuration_error() {
    assertThatThrownBy(() -> Prices.resolve(model("anthropic", "claude-opus-9")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            "model.price: no price is known for the anthropic model 'claude-opus-9'")
        .hasMessageContaining(
            "set model.price: {input: USD per million input tokens, output: USD per million output tokens}");
    assertThatThrownBy(() -> Prices.resolve(model("openai", "gpt-4.1-mini-2025-04-14")))
        .as("names are matched exactly")
        .isInstanceOf(ConfigException.class);
    ModelConfig openAiItself =
        new ModelConfig("openai", "o9", Optional.of("https://api.openai.com/v1"), "KEY");
    assertThatThrownBy(() -> Prices.resolve(openAiItself))
        .as("OpenAI's own base-url is hosted")
        .isInstanceOf(ConfigException.class);
    ModelConfig proxy =
        new ModelConfig("anthropic", "claude-opus-9", Optional.of("http://127.0.0.1:4000"), "KEY");
    assertThatThrownBy(() -> Prices.resolve(proxy))
        .as("only openai and ollama servers count as local")
        .isInstanceOf(ConfigException.class);
  }

  @Test
  void a_registered_providers_list_prices_are_found_like_the_built_in_ones() {
    ModelProviders providers = ModelProviders.standard().with(new AcmeProvider());
    ModelConfig acme =
        new ModelConfig(
            "acme", AcmeProvider.MODEL, Optional.of("http://127.0.0.1:8000/v1"), "ACME_TOKEN");

    assertThat(Prices.resolve(acme, providers)).isEqualTo(new Prices(1.25, 5.00));
    assertThat(Prices.listed(AcmeProvider.MODEL, providers)).hasValue(new Prices(1.25, 5.00));
    assertThat(Prices.listed(AcmeProvider.MODEL)).as("not a standard provider's model").isEmpty();
    assertThat(Prices.resolve(model("openai", "gpt-4o"), providers))
        .isEqualTo(new Prices(2.50, 10.00));
    ModelConfig unlisted =
        new ModelConfig(
            "acme", "acme-coder-2", Optional.of("http://127.0.0.1:8000/v1"), "ACME_TOKEN");
    assertThatThrownBy(() -> Prices.resolve(unlisted, providers))
        .as("a provider is hosted unless it says it is local")
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("model.price: no price is known for the acme model 'acme-coder-2'");
  }
}
