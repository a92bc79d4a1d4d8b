package dev.kaizen.agent.model;

import dev.kaizen.agent.testing.ProviderWire;

/** Anthropic's Messages API, with the key in {@code x-api-key}. */
class AnthropicContractTest extends ModelClientContract {

  @Override
  ProviderWire wire() {
    return ProviderWire.ANTHROPIC;
  }
}
