package dev.kaizen.agent.model;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.testing.AcmeProvider;
import dev.kaizen.agent.testing.ProviderWire;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A provider Kaizen does not ship ({@link AcmeProvider}, OpenAI's wire format under its own name
 * and key variable), registered with {@code ModelProviders.standard().with(..)}: its clients keep
 * the whole contract over real HTTP on 127.0.0.1, like the built-in providers' do.
 */
class AcmeProviderContractTest extends ModelClientContract {

  private static final ModelProviders WITH_ACME =
      ModelProviders.standard().with(new AcmeProvider());

  @Override
  ProviderWire wire() {
    return ProviderWire.OPENAI;
  }

  @Override
  ModelProviders providers() {
    return WITH_ACME;
  }

  @Override
  String provider() {
    return AcmeProvider.NAME;
  }

  @Override
  String model() {
    return AcmeProvider.MODEL;
  }

  @Override
  String keyVariable() {
    return AcmeProvider.KEY_VARIABLE;
  }

  @Test
  void reads_the_key_from_the_providers_own_variable_when_none_is_configured() {
    stubChat(json(200, answer("ok", 1, 1)));
    ModelConfig config =
        ModelConfig.DEFAULT
            .withProvider(AcmeProvider.NAME)
            .withName(model())
            .withBaseUrl(baseUrl());

    Exchange exchange =
        ModelClients.open(
                config, Map.of(AcmeProvider.KEY_VARIABLE, KEY), ClientOptions.DEFAULT, WITH_ACME)
            .chat(request());

    assertThat(exchange.provider()).isEqualTo("acme");
    server.verify(
        1,
        postRequestedFor(urlPathEqualTo(chatPath()))
            .withHeader("Authorization", equalTo("Bearer " + KEY)));
    assertThatThrownBy(() -> ModelClients.open(config, Map.of(), ClientOptions.DEFAULT, WITH_ACME))
        .as("a hosted provider needs its key")
        .isInstanceOf(EnvironmentException.class)
        .hasMessageEndingWith("the environment variable ACME_TOKEN is not set");
  }

  @Test
  void is_unknown_to_the_standard_registry() {
    ModelConfig config = ModelConfig.DEFAULT.withProvider(AcmeProvider.NAME).withBaseUrl(baseUrl());

    assertThatThrownBy(() -> ModelClients.open(config, env()))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown model provider 'acme' (expected openai, anthropic, gemini or ollama)");
  }
}
