package dev.kaizen.agent.testing;

import dev.kaizen.agent.model.Attempt;
import dev.kaizen.agent.model.Connection;
import dev.kaizen.agent.model.ModelProvider;
import dev.kaizen.agent.model.ModelProviders;
import dev.kaizen.agent.model.PriceList;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The "new model provider" example: a made-up hosted vendor, Acme, whose API speaks OpenAI's wire
 * format under its own name, key variable, endpoint and prices. Kaizen does not ship it; a test
 * registers it with {@code ModelProviders.standard().with(new AcmeProvider())}, and everything
 * Kaizen does with a provider then works for {@code provider: acme}, with no change to any main
 * class. It uses only the public API of {@code dev.kaizen.agent.model}: connecting is handed to the
 * standard {@code openai} provider, since the wire format is the same.
 */
public final class AcmeProvider implements ModelProvider {

  /** Its name in {@code model.provider}. */
  public static final String NAME = "acme";

  /** Where its users keep the key: not the {@code ACME_API_KEY} a name alone would suggest. */
  public static final String KEY_VARIABLE = "ACME_TOKEN";

  /** The one model it lists a price for. */
  public static final String MODEL = "acme-coder-1";

  /** Its list prices. */
  public static final PriceList PRICES =
      PriceList.asOf(LocalDate.of(2026, 3, 1)).with(MODEL, 1.25, 5.00);

  private final ModelProvider openAiWire = ModelProviders.standard().get("openai");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String defaultApiKeyEnv() {
    return KEY_VARIABLE;
  }

  @Override
  public String defaultBaseUrl() {
    return "https://api.acme.example/v1";
  }

  @Override
  public String baseUrlHint() {
    return "the base-url usually ends in /v1";
  }

  @Override
  public Attempt connect(Connection connection) {
    return openAiWire.connect(connection);
  }

  @Override
  public Optional<PriceList> listPrices() {
    return Optional.of(PRICES);
  }
}
