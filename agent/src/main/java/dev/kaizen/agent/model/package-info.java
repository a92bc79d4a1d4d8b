/**
 * Kaizen's model client: one small interface ({@link dev.kaizen.agent.model.ModelClient}) that
 * sends a chat and returns an {@link dev.kaizen.agent.model.Exchange}, and {@link
 * dev.kaizen.agent.model.ModelClients}, which opens one for the configured {@link
 * dev.kaizen.agent.model.ModelConfig} ({@code model:} in {@code kaizen.yml}).
 *
 * <p>Providers are the extension point: a {@link dev.kaizen.agent.model.ModelProvider} holds one
 * protocol's name, default key variable, base-URL rules, client builder and list prices, and {@link
 * dev.kaizen.agent.model.ModelProviders} is the one registry of them (OpenAI and OpenAI-compatible
 * servers, Anthropic, Google Gemini, Ollama, and whatever is added with {@code with}). Nothing
 * outside the registry knows a provider by name.
 *
 * <p>LangChain4j is used only inside this package; no LangChain4j type appears in a public
 * signature. Retries are Kaizen's own (LangChain4j's are switched off): HTTP 429, 5xx, timeouts and
 * unreachable servers are retried with exponential backoff and jitter, honouring {@code
 * Retry-After}; other failures are not. API keys come only from the environment variable the
 * configuration names, and are never logged, printed or put into an exception message.
 *
 * <p>This package depends on no other Kaizen package but the agent's root (its exceptions) and
 * {@code json}; configuration, budgets and proposers depend on it.
 */
package dev.kaizen.agent.model;
