package dev.kaizen.agent.model;

import dev.kaizen.agent.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The model providers Kaizen knows, by name: the one place their list is written. Configuration
 * checks {@code model.provider} against it, {@link ModelClients} opens clients through it, and a
 * budget's prices come from its providers' lists.
 *
 * <p>Immutable: {@link #with} returns a new registry.
 */
public final class ModelProviders {

  private static final ModelProviders STANDARD =
      new ModelProviders(
          List.of(
              new OpenAiProvider(),
              new AnthropicProvider(),
              new GeminiProvider(),
              new OllamaProvider()));

  private final List<ModelProvider> providers;

  private ModelProviders(List<ModelProvider> providers) {
    this.providers = List.copyOf(providers);
  }

  /**
   * The built-in providers: {@code openai} (also any OpenAI-compatible server), {@code anthropic},
   * {@code gemini} and {@code ollama}.
   */
  public static ModelProviders standard() {
    return STANDARD;
  }

  /**
   * These providers and {@code provider} after them.
   *
   * @throws IllegalArgumentException when its name is not lowercase letters, digits, {@code .},
   *     {@code _} and {@code -}, or a provider of that name is registered already
   */
  public ModelProviders with(ModelProvider provider) {
    Objects.requireNonNull(provider, "provider");
    String name = provider.name();
    if (name == null || !name.matches("[a-z0-9][a-z0-9._-]*")) {
      throw new IllegalArgumentException(
          "a model provider's name is lowercase letters, digits, '.', '_' and '-', not '"
              + name
              + "'");
    }
    if (find(name).isPresent())
      throw new IllegalArgumentException(
          "a model provider named '" + name + "' is registered already");
    var more = new ArrayList<>(providers);
    more.add(provider);
    return new ModelProviders(more);
  }

  /**
   * The provider called {@code name}.
   *
   * @throws UsageException (exit 2) naming the providers there are, when none is called so
   */
  public ModelProvider get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new UsageException(
                    "unknown model provider '" + name + "' (expected " + choices() + ")"));
  }

  /** The provider called {@code name}, if there is one. */
  public Optional<ModelProvider> find(String name) {
    return providers.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The providers' names, in the order they were registered. */
  public List<String> names() {
    return providers.stream().map(ModelProvider::name).toList();
  }

  /** The names as a message lists them: {@code openai, anthropic, gemini or ollama}. */
  public String choices() {
    List<String> names = names();
    if (names.size() == 1) return names.get(0);
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }

  /**
   * The key variable a provider's users usually set ({@link ModelProvider#defaultApiKeyEnv()}); for
   * a name no provider has, the same pattern: the name in capitals followed by {@code _API_KEY}.
   */
  public String defaultApiKeyEnv(String provider) {
    return find(provider)
        .map(ModelProvider::defaultApiKeyEnv)
        .orElseGet(
            () -> provider.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_API_KEY");
  }

  /**
   * The list price of {@code model} at {@code provider}: that provider's own list first, then the
   * first other provider that lists a model of that exact name (the same model served through
   * another protocol, like a hosted model behind an OpenAI-compatible proxy).
   */
  public Optional<ModelConfig.Price> listPrice(String provider, String model) {
    return find(provider).flatMap(p -> listPrice(p, model)).or(() -> listPrice(model));
  }

  /**
   * The list price of the model called exactly {@code model}, from the first provider that lists
   * it.
   */
  public Optional<ModelConfig.Price> listPrice(String model) {
    return providers.stream().flatMap(p -> listPrice(p, model).stream()).findFirst();
  }

  private static Optional<ModelConfig.Price> listPrice(ModelProvider provider, String model) {
    return provider.listPrices().flatMap(list -> list.price(model));
  }

  @Override
  public String toString() {
    return "ModelProviders" + names();
  }
}
