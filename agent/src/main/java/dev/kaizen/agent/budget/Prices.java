package dev.kaizen.agent.budget;

import dev.kaizen.agent.config.ConfigException;
import dev.kaizen.agent.config.PriceTable;
import dev.kaizen.agent.model.ModelConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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

  /** The built-in table's resource, next to this class. */
  static final String TABLE = "prices.yml";

  public Prices {
    if (!(inputPerMillion >= 0) || Double.isInfinite(inputPerMillion)) {
      throw new IllegalArgumentException("inputPerMillion must not be negative: " + inputPerMillion);
    }
    if (!(outputPerMillion >= 0) || Double.isInfinite(outputPerMillion)) {
      throw new IllegalArgumentException("outputPerMillion must not be negative: " + outputPerMillion);
    }
  }

  /** What {@code input} prompt tokens and {@code output} answer tokens cost, in US dollars. */
  public double cost(long input, long output) {
    return (input * inputPerMillion + output * outputPerMillion) / 1_000_000;
  }

  /**
   * The prices of the configured model:
   *
   * <ol>
   *   <li>{@code model.price} when it is set;
   *   <li>else the built-in table ({@code prices.yml}: list prices of well-known hosted models as
   *       of its date), by the model's exact name;
   *   <li>else nothing for a local model: provider {@code ollama}, or {@code openai} at a
   *       {@code base-url} other than {@code api.openai.com} (a proxy that charges needs
   *       {@code model.price});
   *   <li>else there is no price, which is a configuration error. Call this only when a money
   *       limit is in force, so that commands that never ask a model are not refused.
   * </ol>
   *
   * @throws ConfigException (exit 2) for a hosted model without a known price, naming the model and
   *     saying to set {@code model.price}
   */
  public static Prices resolve(ModelConfig model) {
    if (model.price().isPresent()) return of(model.price().get());
    Optional<Prices> listed = listed(model.name());
    if (listed.isPresent()) return listed.get();
    if (isLocal(model)) return ZERO;
    throw new ConfigException("model.price: no price is known for the " + model.provider() + " model '" + model.name()
        + "', so budget.max-usd cannot be kept: set model.price: {input: USD per million input tokens, "
        + "output: USD per million output tokens} in kaizen.yml");
  }

  /** The built-in table's prices for the model called {@code name}, if it lists it. */
  public static Optional<Prices> listed(String name) {
    return Optional.ofNullable(BuiltIn.TABLE.get(name));
  }

  /** Whether the model runs where nobody charges for it: Ollama, or an OpenAI-compatible server that is not OpenAI. */
  static boolean isLocal(ModelConfig model) {
    return switch (model.provider()) {
      case "ollama" -> true;
      case "openai" -> model.baseUrl().map(String::strip).filter(s -> !s.isEmpty())
          .map(url -> !"api.openai.com".equalsIgnoreCase(host(url)))
          .orElse(false);
      default -> false;
    };
  }

  private static String host(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? "api.openai.com" : host;
    } catch (IllegalArgumentException e) {
      return "api.openai.com"; // not a URL: assume the hosted default, the model client will refuse it anyway
    }
  }

  private static Prices of(ModelConfig.Price price) {
    return new Prices(price.inputPerMillion(), price.outputPerMillion());
  }

  /** The built-in table, read once on first use. */
  private static final class BuiltIn {
    static final Map<String, Prices> TABLE = read();

    private static Map<String, Prices> read() {
      try (InputStream in = Prices.class.getResourceAsStream(Prices.TABLE)) {
        if (in == null) throw new IllegalStateException("the built-in price table " + Prices.TABLE + " is missing");
        String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        var prices = new java.util.LinkedHashMap<String, Prices>();
        PriceTable.read(yaml, Prices.TABLE).forEach((name, price) -> prices.put(name, of(price)));
        return Map.copyOf(prices);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
