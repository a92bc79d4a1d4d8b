/**
 * Kaizen's model client: one small interface ({@link dev.kaizen.agent.model.ModelClient}) that
 * sends a chat and returns an {@link dev.kaizen.agent.model.Exchange}, and
 * {@link dev.kaizen.agent.model.ModelClients}, which opens one for the configured provider
 * (OpenAI and OpenAI-compatible servers, Anthropic, Google Gemini, Ollama).
 *
 * <p>LangChain4j is used only inside this package; no LangChain4j type appears in a public
 * signature. Retries are Kaizen's own (LangChain4j's are switched off): HTTP 429, 5xx, timeouts and
 * unreachable servers are retried with exponential backoff and jitter, honouring
 * {@code Retry-After}; other failures are not. API keys come only from the environment variable
 * the configuration names, and are never logged, printed or put into an exception message.
 */
package dev.kaizen.agent.model;
