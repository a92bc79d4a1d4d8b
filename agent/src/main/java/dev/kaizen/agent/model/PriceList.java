package dev.kaizen.agent.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's list prices: the standard tier (no batch, caching or priority discounts or
 * surcharges) of its well-known models, by exact name, in US dollars per million tokens, as of a
 * date. Prices change; {@code model.price} in {@code kaizen.yml} overrides them.
 *
 * @param asOf when the provider listed these prices
 * @param models the price of each model, in the order written
 */
public record PriceList(LocalDate asOf, Map<String, ModelConfig.Price> models) {

  public PriceList {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(models, "models");
    models
        .keySet()
        .forEach(
            name -> {
              if (name == null || name.isBlank())
                throw new IllegalArgumentException("a priced model needs a name");
            });
    models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
  }

  /** An empty list of prices as of {@code date}, to add models to with {@link #with}. */
  public static PriceList asOf(LocalDate date) {
    return new PriceList(date, Map.of());
  }

  /**
   * This list and {@code model} at {@code input} and {@code output} dollars per million tokens.
   *
   * @throws IllegalArgumentException when the list prices {@code model} already, or a price is
   *     negative
   */
  public PriceList with(String model, double input, double output) {
    if (models.containsKey(model)) throw new IllegalArgumentException(model + " is priced twice");
    var more = new LinkedHashMap<>(models);
    more.put(model, new ModelConfig.Price(input, output));
    return new PriceList(asOf, more);
  }

  /** The price of the model called exactly {@code model}, if this list has it. */
  public Optional<ModelConfig.Price> price(String model) {
    return Optional.ofNullable(models.get(model));
  }
}
