package dev.kaizen.agent.model;

import java.util.Optional;

/**
 * A model provider: one protocol Kaizen speaks to a chat model, under the name {@code kaizen.yml}
 * gives it in {@code model.provider}, with where it is served by default, which key it needs, and
 * what its well-known models cost. Providers are registered in {@link ModelProviders}; nothing else
 * in Kaizen knows their names.
 *
 * <p>A provider promises:
 *
 * <ul>
 *   <li>its {@link #name()} is fixed, lowercase, and unique within a registry;
 *   <li>its base-URL rules ({@link #normalizeBaseUrl}, {@link #needsKey}, {@link #isLocal}) are
 *       quick, use no network and never throw, whatever text they get;
 *   <li>{@link #connect} builds a client without sending anything, and each {@link Attempt#send} of
 *       that client is exactly one request: no retries of its own (Kaizen retries), no logging of
 *       requests or answers, the key sent only in the provider's header and only when it is set;
 *       its failures are thrown as they come (Kaizen classifies them and scrubs the key from their
 *       messages);
 *   <li>its {@link #listPrices()} are list prices of its own models only.
 * </ul>
 */
public interface ModelProvider {

  /** The name {@code model.provider} uses, like {@code openai}. */
  String name();

  /**
   * The environment variable its users usually keep the key in, like {@code OPENAI_API_KEY}; used
   * when {@code model.api-key-env} is not set.
   */
  String defaultApiKeyEnv();

  /** Where the provider itself serves its API, used when {@code model.base-url} is not set. */
  String defaultBaseUrl();

  /**
   * A hint about what a base URL for this provider looks like, for a message about a request the
   * server did not know ({@code the base-url usually ends in /v1}).
   */
  String baseUrlHint();

  /**
   * {@code baseUrl} (an http or https URL without a trailing slash) as this provider's client wants
   * it. By default unchanged; Anthropic's client, for one, needs a trailing slash.
   */
  default String normalizeBaseUrl(String baseUrl) {
    return baseUrl;
  }

  /**
   * Whether this provider at {@code baseUrl} cannot work without a key. By default it cannot; a
   * local or self-hosted server usually can.
   */
  default boolean needsKey(String baseUrl) {
    return true;
  }

  /**
   * Whether a model this provider serves at {@code baseUrl} runs where nobody charges for it (a
   * local server), so a budget reckons it at no cost unless {@code model.price} says otherwise. By
   * default it does not; a URL that cannot be read counts as hosted.
   */
  default boolean isLocal(String baseUrl) {
    return false;
  }

  /**
   * A client for one model, through this provider's library (LangChain4j for the built-in ones):
   * Kaizen's HTTP client and timeouts, the library's own retries off, nothing logged.
   */
  Attempt connect(Connection connection);

  /**
   * The provider's list prices of its well-known models, by exact name, with their date; empty when
   * it lists none. {@code model.price} in {@code kaizen.yml} overrides them.
   */
  default Optional<PriceList> listPrices() {
    return Optional.empty();
  }
}
