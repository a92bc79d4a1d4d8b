package dev.kaizen.evals;

import java.util.List;
import java.util.function.Function;

/**
 * A mapping of keys in a configuration file, as an {@link EvalType} reads its keys from it (see
 * {@link EvalEntry}); each error names the file, the line and the key.
 */
public interface ConfigMapping {

  boolean has(String key);

  /** The key's value as text; an error when the key is missing or its value empty. */
  String string(String key);

  /**
   * The key's value (trimmed) read by {@code parser}: its {@link IllegalArgumentException} becomes
   * an error at the key; an error too when the key is missing or its value empty.
   */
  <T> T parse(String key, Function<String, T> parser);

  /**
   * The key's value as a list of mappings, each holding only {@code keys}; empty for a null value.
   */
  List<ConfigMapping> mappings(String key, List<String> keys);

  /**
   * An error at {@code key}'s line (the mapping's own line when the key is not there), for the
   * caller to throw.
   */
  RuntimeException error(String key, String message);
}
