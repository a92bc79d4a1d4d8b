package dev.kaizen.agent.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt template from {@code prompts/}: text with {@code {{name}}} placeholders.
 *
 * @param name the file's name without {@code .md} ({@code propose})
 * @param text the template's text
 */
public record PromptTemplate(String name, String text) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

  public PromptTemplate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  /** The first 12 hex digits of the SHA-256 of the text's UTF-8 bytes. */
  public String hash() {
    return sha256(text).substring(0, 12);
  }

  /**
   * What the ledger and the {@code Kaizen-Prompt} trailer record: {@code
   * propose@sha256:1a2b3c4d5e6f}.
   */
  public String id() {
    return name + "@sha256:" + hash();
  }

  /** The names of the placeholders, in the order they first appear. */
  public Set<String> placeholders() {
    var names = new LinkedHashSet<String>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) names.add(m.group(1));
    return names;
  }

  /**
   * The text with every placeholder replaced by its value (values are inserted as they are: a value
   * holding {@code {{x}}} stays so).
   *
   * @throws IllegalArgumentException when a placeholder has no value or a value no placeholder
   */
  public String fill(Map<String, String> values) {
    if (!placeholders().equals(values.keySet())) {
      throw new IllegalArgumentException(
          "template "
              + name
              + " has placeholders "
              + placeholders()
              + " but was given "
              + values.keySet());
    }
    var out = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
    m.appendTail(out);
    return out.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
