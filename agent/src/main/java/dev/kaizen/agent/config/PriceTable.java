package dev.kaizen.agent.config;

import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.agent.model.ModelProviders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a table of model prices: for each registered provider ({@link ModelProviders}), model names
 * with their price in US dollars per million tokens, written like {@code model.price}.
 *
 * <pre>
 * openai:
 *   gpt-4.1-mini: {input: 0.40, output: 1.60}
 * </pre>
 *
 * Errors name the file, the line and the key, like those of {@code kaizen.yml}.
 */
public final class PriceTable {

  private PriceTable() {}

  /**
   * The prices by model name, in the order written, with a section for each of the {@linkplain
   * ModelProviders#standard() standard} providers allowed.
   *
   * @throws ConfigException when the text is not such a table, or names a model twice
   */
  public static Map<String, ModelConfig.Price> read(String yaml, String fileName) {
    return read(yaml, fileName, ModelProviders.standard());
  }

  /**
   * The prices by model name, in the order written, with a section for each of {@code providers}
   * allowed.
   *
   * @throws ConfigException when the text is not such a table, or names a model twice
   */
  public static Map<String, ModelConfig.Price> read(
      String yaml, String fileName, ModelProviders providers) {
    Node root = ConfigReader.compose(yaml, fileName);
    var prices = new LinkedHashMap<String, ModelConfig.Price>();
    if (root == null) return prices;
    if (!(root instanceof MappingNode mapping)) {
      throw new ConfigException(
          fileName
              + ":"
              + (root.getStartMark().getLine() + 1)
              + ": expected a mapping of providers");
    }
    var top = YamlSection.of(mapping, fileName, "", providers.names());
    for (String provider : top.keys()) {
      YamlSection models = top.namesSection(provider);
      for (String model : models.keys()) {
        ModelConfig.Price price =
            ConfigReader.price(models.section(model, List.of("input", "output")));
        if (prices.put(model, price) != null) throw models.error(model, "is priced twice");
      }
    }
    return prices;
  }
}
