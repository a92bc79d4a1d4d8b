package dev.kaizen.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.model.ModelConfig;
import org.junit.jupiter.api.Test;

class PriceTableTest {

  @Test
  void reads_prices_by_model_name_across_providers() {
    var prices =
        PriceTable.read(
            """
        # a comment
        openai:
          gpt-4.1-mini: {input: 0.40, output: 1.60}
        gemini:
          gemini-2.5-flash: {input: 0.3, output: 2.5}
        """,
            "prices.yml");

    assertThat(prices)
        .containsExactly(
            org.assertj.core.api.Assertions.entry(
                "gpt-4.1-mini", new ModelConfig.Price(0.40, 1.60)),
            org.assertj.core.api.Assertions.entry(
                "gemini-2.5-flash", new ModelConfig.Price(0.3, 2.5)));
  }

  @Test
  void errors_name_the_file_line_and_key() {
    assertThatThrownBy(
            () -> PriceTable.read("mistral:\n  large: {input: 2, output: 6}\n", "prices.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("prices.yml:1: unknown key 'mistral'");
    assertThatThrownBy(() -> PriceTable.read("openai:\n  gpt-4o: {input: 2.5}\n", "prices.yml"))
        .hasMessage("prices.yml:2: missing key 'openai.gpt-4o.output'");
    assertThatThrownBy(
            () ->
                PriceTable.read(
                    "openai:\n  m: {input: 1, output: 1}\ngemini:\n  m: {input: 2, output: 2}\n",
                    "prices.yml"))
        .hasMessage("prices.yml:4: gemini.m: is priced twice");
    assertThatThrownBy(() -> PriceTable.read("- gpt-4o\n", "prices.yml"))
        .hasMessageContaining("expected a mapping");
  }

  @Test
  void an_empty_table_has_no_prices() {
    assertThat(PriceTable.read("", "prices.yml")).isEmpty();
  }
}
