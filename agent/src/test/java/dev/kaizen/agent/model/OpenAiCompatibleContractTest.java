package dev.kaizen.agent.model;

import dev.kaizen.agent.testing.ProviderWire;

/**
 * A local OpenAI-compatible server (here vLLM's answers): same protocol, its own base URL, and no
 * key, since the variable is not set.
 */
class OpenAiCompatibleContractTest extends ModelClientContract {

  @Override
  ProviderWire wire() {
    return ProviderWire.OPENAI_COMPATIBLE;
  }
}
