package dev.kaizen.agent.config;

import dev.kaizen.evals.ConfigMapping;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A mapping of {@code kaizen.yml} as an eval type reads it; errors are {@link ConfigException}s
 * located by {@link YamlSection}.
 */
class YamlMapping implements ConfigMapping {

  private final YamlSection section;

  YamlMapping(YamlSection section) {
    this.section = Objects.requireNonNull(section, "section");
  }

  @Override
  public boolean has(String key) {
    return section.has(key);
  }

  @Override
  public String string(String key) {
    return section.requiredString(key);
  }

  @Override
  public <T> T parse(String key, Function<String, T> parser) {
    return section.parse(key, parser);
  }

  @Override
  public List<ConfigMapping> mappings(String key, List<String> keys) {
    return section.sectionList(key, keys).stream().<ConfigMapping>map(YamlMapping::new).toList();
  }

  @Override
  public ConfigException error(String key, String message) {
    return section.error(key, message);
  }
}
