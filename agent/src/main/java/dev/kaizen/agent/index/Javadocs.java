package dev.kaizen.agent.index;

import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a Javadoc comment into its first sentence, as plain text. */
final class Javadocs {

  private static final Pattern INLINE_TAG = Pattern.compile("\\{@\\w+\\s*([^}]*)}");
  private static final Pattern BLOCK_TAG =
      Pattern.compile(
          "</?(?:p|br|li|ul|ol|dl|dt|dd|pre|div|blockquote|table|tr|td|th|h\\d)\\b[^>]*>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
  private static final int MAX_CHARS = 200;

  private Javadocs() {}

  static Optional<String> summary(NodeWithJavadoc<?> node) {
    return node.getJavadoc().flatMap(doc -> firstSentence(doc.getDescription().toText()));
  }

  /**
   * The first sentence of a Javadoc description: inline tags replaced by their text, HTML tags
   * removed (block tags become a space), white space collapsed, cut after the first {@code .},
   * {@code !} or {@code ?} that is followed by white space (or at 200 characters).
   */
  static Optional<String> firstSentence(String description) {
    String text =
        INLINE_TAG
            .matcher(description)
            .replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
    text = BLOCK_TAG.matcher(text).replaceAll(" ");
    text = HTML_TAG.matcher(text).replaceAll("");
    text = SPACES.matcher(text).replaceAll(" ").strip();
    var end = SENTENCE_END.matcher(text);
    if (end.find()) text = text.substring(0, end.end());
    if (text.length() > MAX_CHARS) text = text.substring(0, MAX_CHARS - 1).strip() + "…";
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
