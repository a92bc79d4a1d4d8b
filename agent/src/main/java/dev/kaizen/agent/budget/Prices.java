package dev.kaizen.agent.budget;

import dev.kaizen.agent.config.ConfigException;
import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.agent.model.ModelProvider;
import dev.kaizen.agent.model.ModelProviders;
import java.util.Optional;

/**
 * What a model's tokens cost, in US dollars per million tokens.
 *
 * @param inputPerMillion per million prompt tokens
 * @param outputPerMillion per million answer tokens
 */
public record Prices(double inputPerMillion, double outputPerMillion) {

  /** What local models cost. */
  public static final Prices ZERO = new Prices(0, 0);

  public Prices {
    if (!(inputPerMillion >= 0) || Double.isInfinite(inputPerMillion)) {
      throw new IllegalArgumentException(
          "inputPerMillion must not be negative: " + inputPerMillion);
    }
    if (!(outputPerMillion >= 0) || Double.isInfinite(outputPerMillion)) {
      throw new IllegalArgumentException(
          "outputPerMillion must not be negative: " + outputPerMillion);
    }
  }

  /** What {@code input} prompt tokens and {@code output} answer tokens cost, in US dollars. */
  public double cost(long input, long output) {
    return (input * inputPerMillion + output * outputPerMillion) / 1_000_000;
  }

  /**
   * The prices of the configured model, with the {@linkplain ModelProviders#standard() standard}
   * providers (see {@link #resolve(ModelConfig, ModelProviders)}).
   *
   * @throws ConfigException (exit 2) for a hosted model without a known price
   */
  public static Prices resolve(ModelConfig model) {
    return resolve(model, ModelProviders.standard());
  }

  /**
   * The prices of the configured model:
   *
   * <ol>
   *   <li>{@code model.price} when it is set;
   *   <li>else the providers' list prices (each provider's {@link ModelProvider#listPrices()}: list
   *       prices of well-known hosted models as of their date), by the model's exact name, its own
   *       provider's list first;
   *   <li>else nothing for a local model: one its provider says is local at the configured {@code
   *       base-url} ({@link ModelProvider#isLocal}: {@code ollama}, or {@code openai} at a {@code
   *       base-url} other than {@code api.openai.com}; a proxy that charges needs {@code
   *       model.price});
   *   <li>else there is no price, which is a configuration error. Call this only when a money limit
   *       is in force, so that commands that never ask a model are not refused.
   * </ol>
   *
   * @throws ConfigException (exit 2) for a hosted model without a known price, naming the model and
   *     saying to set {@code model.price}
   */
  public static Prices resolve(ModelConfig model, ModelProviders providers) {
    if (model.price().isPresent()) return of(model.price().get());
    Optional<Prices> listed = providers.listPrice(model.provider(), model.name()).map(Prices::of);
    if (listed.isPresent()) return listed.get();
    if (isLocal(model, providers)) return ZERO;
    throw new ConfigException(
        "model.price: no price is known for the "
            + model.provider()
            + " model '"
            + model.name()
            + "', so budget.max-usd cannot be kept: set model.price: {input: USD per million input tokens, "
            + "output: USD per million output tokens} in kaizen.yml");
  }

  /** The standard providers' list prices for the model called {@code name}, if one lists it. */
  public static Optional<Prices> listed(String name) {
    return listed(name, ModelProviders.standard());
  }

  /**
   * The list prices for the model called {@code name}, from the first of {@code providers} that
   * lists it.
   */
  public static Optional<Prices> listed(String name, ModelProviders providers) {
    return providers.listPrice(name).map(Prices::of);
  }

  /**
   * Whether the model runs where nobody charges for it, as its provider says of the configured
   * {@code base-url} (or of its own, when none is set). A provider {@code providers} does not know
   * is not local.
   */
  static boolean isLocal(ModelConfig model, ModelProviders providers) {
    return providers
        .find(model.provider())
        .map(
            p ->
                p.isLocal(
                    model
                        .baseUrl()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .orElse(p.defaultBaseUrl())))
        .orElse(false);
  }

  private static Prices of(ModelConfig.Price price) {
    return new Prices(price.inputPerMillion(), price.outputPerMillion());
  }
}
