package dev.kaizen.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.testing.ProviderWire;
import org.junit.jupiter.api.Test;

/** OpenAI's chat completions API, with a key sent as a bearer token. */
class OpenAiContractTest extends ModelClientContract {

  @Override
  ProviderWire wire() {
    return ProviderWire.OPENAI;
  }

  @Test
  void leaves_the_temperature_out_when_the_request_has_none() {
    stubChat(json(200, answer("ok", 1, 1)));

    client(1).chat(request().withoutTemperature());

    String sent = server.getAllServeEvents().get(0).getRequest().getBodyAsString();
    assertThat(sent).as("reasoning models refuse a temperature").doesNotContain("temperature");
  }

  @Test
  void gives_up_at_once_when_the_provider_asks_for_a_longer_wait_than_allowed() {
    stubChat(
        json(429, error(429, "You exceeded your current quota")).withHeader("Retry-After", "3600"));

    assertThatThrownBy(() -> client(4).chat(request()))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("asked to wait 1h00m")
        .hasMessageContaining("HTTP 429")
        .hasMessageContaining("exceeded your current quota");
    assertThat(requests()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }
}
