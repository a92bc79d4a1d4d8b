package dev.kaizen.agent.model;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import dev.kaizen.agent.testing.ProviderWire;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ollama's native chat API ({@code /api/chat}); it needs no key. */
class OllamaContractTest extends ModelClientContract {

  @Override
  ProviderWire wire() {
    return ProviderWire.OLLAMA;
  }

  @Test
  void sends_a_key_as_a_bearer_token_when_one_is_set() {
    stubChat(json(200, answer("ok", 1, 1)));
    ModelConfig config =
        new ModelConfig(provider(), model(), Optional.of(baseUrl()), keyVariable());

    ModelClients.open(
            config, Map.of(keyVariable(), KEY), ClientOptions.DEFAULT.withSleeper(sleeper))
        .chat(request());

    server.verify(
        1,
        postRequestedFor(urlPathEqualTo(chatPath()))
            .withHeader("Authorization", equalTo("Bearer " + KEY)));
  }
}
