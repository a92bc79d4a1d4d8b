package dev.kaizen.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.testing.AcmeProvider;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelProvidersTest {

  private static final ModelProviders STANDARD = ModelProviders.standard();

  @Test
  void the_standard_registry_has_the_four_built_in_providers_in_order() {
    assertThat(STANDARD.names()).containsExactly("openai", "anthropic", "gemini", "ollama");
    assertThat(STANDARD.choices()).isEqualTo("openai, anthropic, gemini or ollama");
    for (String name : STANDARD.names()) {
      assertThat(STANDARD.get(name).name())
          .as("the provider registered as %s", name)
          .isEqualTo(name);
    }
  }

  @Test
  void an_unknown_name_is_a_usage_error_that_lists_the_registered_names() {
    assertThatThrownBy(() -> STANDARD.get("mistral"))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "unknown model provider 'mistral' (expected openai, anthropic, gemini or ollama)");
    assertThat(STANDARD.find("mistral")).isEmpty();
  }

  @Test
  void a_provider_added_with_with_is_found_by_its_name_and_listed_last() {
    AcmeProvider acme = new AcmeProvider();

    ModelProviders providers = STANDARD.with(acme);

    assertThat(providers.get("acme")).isSameAs(acme);
    assertThat(providers.names())
        .containsExactly("openai", "anthropic", "gemini", "ollama", "acme");
    assertThatThrownBy(() -> providers.get("mistral"))
        .hasMessage(
            "unknown model provider 'mistral' (expected openai, anthropic, gemini, ollama or acme)");
    assertThat(STANDARD.find("acme")).as("the standard registry is not changed").isEmpty();
  }

  @Test
  void refuses_a_second_provider_of_the_same_name_or_a_name_config_could_not_hold() {
    ModelProviders withAcme = STANDARD.with(new AcmeProvider());

    assertThatThrownBy(() -> withAcme.with(new AcmeProvider()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'acme' is registered already");
    assertThatThrownBy(() -> STANDARD.with(named("Open AI")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 'Open AI'");
  }

  @Test
  void each_provider_names_its_default_key_variable_and_other_names_follow_the_pattern() {
    ModelProviders providers = STANDARD.with(new AcmeProvider());

    assertThat(providers.defaultApiKeyEnv("openai")).isEqualTo("OPENAI_API_KEY");
    assertThat(providers.defaultApiKeyEnv("anthropic")).isEqualTo("ANTHROPIC_API_KEY");
    assertThat(providers.defaultApiKeyEnv("gemini")).isEqualTo("GEMINI_API_KEY");
    assertThat(providers.defaultApiKeyEnv("ollama")).isEqualTo("OLLAMA_API_KEY");
    assertThat(providers.defaultApiKeyEnv("acme"))
        .as("the provider's own, not the pattern")
        .isEqualTo("ACME_TOKEN");
    assertThat(providers.defaultApiKeyEnv("open-router")).isEqualTo("OPEN_ROUTER_API_KEY");
    assertThat(ModelConfig.DEFAULT.withProvider("acme").apiKeyEnv(providers))
        .isEqualTo("ACME_TOKEN");
    assertThat(ModelConfig.DEFAULT.withProvider("acme").apiKeyEnv())
        .as("unknown to the standard registry")
        .isEqualTo("ACME_API_KEY");
  }

  @Test
  void openai_needs_a_key_and_charges_only_at_its_own_endpoint() {
    ModelProvider openai = STANDARD.get("openai");

    assertThat(openai.needsKey(openai.defaultBaseUrl())).isTrue();
    assertThat(openai.isLocal(openai.defaultBaseUrl())).isFalse();
    assertThat(openai.needsKey("http://127.0.0.1:8000/v1")).as("a vLLM server").isFalse();
    assertThat(openai.isLocal("http://127.0.0.1:8000/v1")).isTrue();
    assertThat(openai.isLocal("not a url")).as("unreadable counts as hosted").isFalse();
    assertThat(openai.isLocal("localhost:8000")).as("no host counts as hosted").isFalse();
  }

  @Test
  void anthropic_and_gemini_always_need_a_key_and_ollama_never_does() {
    for (String hosted : new String[] {"anthropic", "gemini"}) {
      ModelProvider p = STANDARD.get(hosted);
      assertThat(p.needsKey("http://127.0.0.1:4000/v1")).as(hosted).isTrue();
      assertThat(p.isLocal("http://127.0.0.1:4000/v1")).as(hosted).isFalse();
    }
    ModelProvider ollama = STANDARD.get("ollama");
    assertThat(ollama.needsKey(ollama.defaultBaseUrl())).isFalse();
    assertThat(ollama.isLocal("https://ollama.example.com")).isTrue();
    assertThat(ollama.listPrices()).isEmpty();
  }

  @Test
  void each_hosted_provider_lists_prices_for_its_own_models_only() {
    assertThat(STANDARD.get("openai").listPrices())
        .hasValueSatisfying(
            list -> {
              assertThat(list.asOf()).isEqualTo(LocalDate.of(2026, 3, 1));
              assertThat(list.models())
                  .containsOnlyKeys(
                      "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-4o", "gpt-4o-mini");
            });
    assertThat(STANDARD.get("anthropic").listPrices())
        .hasValueSatisfying(
            list ->
                assertThat(list.models())
                    .allSatisfy((name, price) -> assertThat(name).startsWith("claude-")));
    assertThat(STANDARD.get("gemini").listPrices())
        .hasValueSatisfying(
            list ->
                assertThat(list.models()).containsOnlyKeys("gemini-2.5-flash", "gemini-2.5-pro"));
  }

  @Test
  void a_model_is_priced_by_its_own_providers_list_first_then_by_any() {
    ModelProviders providers = ModelProviders.standard().with(new ResellerProvider());

    assertThat(providers.listPrice("reseller", "gpt-4o")).hasValue(new ModelConfig.Price(3, 12));
    assertThat(providers.listPrice("openai", "gpt-4o"))
        .hasValue(new ModelConfig.Price(2.50, 10.00));
    assertThat(providers.listPrice("ollama", "gpt-4o"))
        .as("no own list: any provider's")
        .hasValue(new ModelConfig.Price(2.50, 10.00));
    assertThat(providers.listPrice("gpt-4o"))
        .as("by name alone: the first that lists it")
        .hasValue(new ModelConfig.Price(2.50, 10.00));
    assertThat(providers.listPrice("reseller", "gpt-9")).isEmpty();
  }

  @Test
  void a_price_list_refuses_a_model_twice() {
    PriceList list = PriceList.asOf(LocalDate.of(2026, 1, 1)).with("m", 1, 2);

    assertThat(list.price("m")).hasValue(new ModelConfig.Price(1, 2));
    assertThat(list.price("n")).isEmpty();
    assertThatThrownBy(() -> list.with("m", 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("m is priced twice");
  }

  private static ModelProvider named(String name) {
    return new ResellerProvider() {
      @Override
      public String name() {
        return name;
      }
    };
  }

  /** A provider that lists a model another provider lists too, at its own price. */
  private static class ResellerProvider implements ModelProvider {
    @Override
    public String name() {
      return "reseller";
    }

    @Override
    public String defaultApiKeyEnv() {
      return "RESELLER_API_KEY";
    }

    @Override
    public String defaultBaseUrl() {
      return "https://reseller.example/v1";
    }

    @Override
    public String baseUrlHint() {
      return "the base-url usually ends in /v1";
    }

    @Override
    public Attempt connect(Connection connection) {
      throw new UnsupportedOperationException("never connected in these tests");
    }

    @Override
    public Optional<PriceList> listPrices() {
      return Optional.of(PriceList.asOf(LocalDate.of(2026, 3, 1)).with("gpt-4o", 3, 12));
    }
  }
}
