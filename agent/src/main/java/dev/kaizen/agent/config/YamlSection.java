package dev.kaizen.agent.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of {@code kaizen.yml} with the keys it may hold. Every error names the file, the line
 * and the full key ({@code kaizen.yml:7: gate.alpha: must be in (0, 0.5): 2}).
 */
final class YamlSection {

  private final String fileName;
  private final String path;
  private final Node node;
  private final Map<String, NodeTuple> entries;

  private YamlSection(String fileName, String path, Node node, Map<String, NodeTuple> entries) {
    this.fileName = fileName;
    this.path = path;
    this.node = node;
    this.entries = entries;
  }

  /** Wraps {@code node}, refusing keys outside {@code allowed}. */
  static YamlSection of(MappingNode node, String fileName, String path, List<String> allowed) {
    return of(node, fileName, path, Optional.of(allowed));
  }

  /** Wraps {@code node}, whose keys are names rather than fixed words (any key is taken). */
  static YamlSection ofNames(MappingNode node, String fileName, String path) {
    return of(node, fileName, path, Optional.empty());
  }

  private static YamlSection of(
      MappingNode node, String fileName, String path, Optional<List<String>> allowed) {
    var entries = new LinkedHashMap<String, NodeTuple>();
    for (NodeTuple t : node.getValue()) {
      Node key = t.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        throw new ConfigException(at(fileName, key) + "keys must be plain words");
      }
      String name = scalar.getValue();
      if (allowed.isPresent() && !allowed.get().contains(name)) {
        throw new ConfigException(
            at(fileName, key)
                + "unknown key '"
                + join(path, name)
                + "'"
                + " (expected one of: "
                + String.join(", ", allowed.get())
                + ")");
      }
      if (entries.put(name, t) != null) {
        throw new ConfigException(at(fileName, key) + "'" + join(path, name) + "' is given twice");
      }
    }
    return new YamlSection(fileName, path, node, entries);
  }

  /** The keys, in the order they are written. */
  List<String> keys() {
    return List.copyOf(entries.keySet());
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  String firstKey() {
    return entries.isEmpty() ? "" : entries.keySet().iterator().next();
  }

  /** The value as text; empty when it is {@code null} or {@code ~}. */
  Optional<String> optionalString(String key) {
    Node v = value(key);
    if (isNull(v)) return Optional.empty();
    return Optional.of(scalar(key, v));
  }

  String requiredString(String key) {
    if (!has(key)) throw error("", "missing key '" + join(path, key) + "'");
    Node v = value(key);
    if (isNull(v) || scalar(key, v).isBlank()) throw error(key, "must not be empty");
    return scalar(key, v);
  }

  double number(String key) {
    return parse(
        key,
        text -> {
          try {
            return Double.parseDouble(text);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + text + "'");
          }
        });
  }

  int integer(String key) {
    return parse(
        key,
        text -> {
          try {
            return Integer.parseInt(text);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: '" + text + "'");
          }
        });
  }

  /**
   * Reads the value with {@code parser}; its {@link IllegalArgumentException} becomes a located
   * error.
   */
  <T> T parse(String key, Function<String, T> parser) {
    String text = requiredString(key);
    try {
      return parser.apply(text.trim());
    } catch (IllegalArgumentException e) {
      throw error(key, e.getMessage());
    }
  }

  List<String> stringList(String key) {
    Node v = value(key);
    if (isNull(v)) return List.of();
    if (!(v instanceof SequenceNode seq)) throw error(key, "expected a list");
    var out = new ArrayList<String>();
    for (Node item : seq.getValue()) {
      if (!(item instanceof ScalarNode s) || s.getValue().isBlank()) {
        throw new ConfigException(
            at(fileName, item) + join(path, key) + ": expected a list of non-empty strings");
      }
      out.add(s.getValue());
    }
    return out;
  }

  YamlSection section(String key, List<String> allowed) {
    Node v = value(key);
    if (!(v instanceof MappingNode m)) throw error(key, "expected a mapping of keys");
    return of(m, fileName, join(path, key), allowed);
  }

  /** The mapping at {@code key}, whose keys are names rather than fixed words. */
  YamlSection namesSection(String key) {
    Node v = value(key);
    if (!(v instanceof MappingNode m)) throw error(key, "expected a mapping of keys");
    return ofNames(m, fileName, join(path, key));
  }

  List<YamlSection> sectionList(String key, List<String> allowed) {
    Node v = value(key);
    if (isNull(v)) return List.of();
    if (!(v instanceof SequenceNode seq)) throw error(key, "expected a list");
    var out = new ArrayList<YamlSection>();
    List<Node> items = seq.getValue();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      if (!(item instanceof MappingNode m)) {
        throw new ConfigException(
            at(fileName, item) + join(path, key) + "[" + i + "]: expected a mapping of keys");
      }
      out.add(of(m, fileName, join(path, key) + "[" + i + "]", allowed));
    }
    return out;
  }

  /** An error at {@code key}'s line (or the section's, for an empty key). */
  ConfigException error(String key, String message) {
    Node where = entries.containsKey(key) ? entries.get(key).getKeyNode() : node;
    String name = key.isEmpty() ? "" : join(path, key) + ": ";
    return new ConfigException(at(fileName, where) + name + message);
  }

  private Node value(String key) {
    return entries.get(key).getValueNode();
  }

  private String scalar(String key, Node v) {
    if (!(v instanceof ScalarNode s)) throw error(key, "expected a single value");
    return s.getValue();
  }

  private static boolean isNull(Node v) {
    return v instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().equals("~"));
  }

  private static String at(String fileName, Node n) {
    return fileName + ":" + (n.getStartMark().getLine() + 1) + ": ";
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
