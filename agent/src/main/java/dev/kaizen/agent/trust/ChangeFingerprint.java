package dev.kaizen.agent.trust;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What a change is, up to formatting and comments: a session measures a change once, so a cosmetic
 * variant of an inconclusive candidate (re-indented, a comment reworded) is not another roll of the
 * dice.
 *
 * <p>A Java file is compared by its syntax tree printed canonically without comments (unicode
 * escapes read as {@code javac} reads them); a Java file that does not parse, and any other file,
 * by its text with line endings and trailing whitespace normalised. The fingerprint hashes, per
 * changed path in path order, both sides so compared.
 *
 * @param value the fingerprint: equal for two changes that differ only in formatting and comments
 * @param cosmetic whether the change changes nothing but formatting and comments: every changed
 *     file reads the same on both sides once compared this way
 */
public record ChangeFingerprint(String value, boolean cosmetic) {

  private static final String ABSENT = "\0absent";

  /** The fingerprint of a change made of {@code changes}. */
  public static ChangeFingerprint of(List<ChangedSource> changes) {
    MessageDigest digest = sha256();
    boolean cosmetic = true;
    for (ChangedSource c :
        changes.stream().sorted(Comparator.comparing(ChangedSource::path)).toList()) {
      String before = c.before().map(text -> canonical(c.path(), text)).orElse(ABSENT);
      String after = c.after().map(text -> canonical(c.path(), text)).orElse(ABSENT);
      cosmetic &= before.equals(after);
      for (String part : List.of(c.path(), before, after)) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
    }
    return new ChangeFingerprint(HexFormat.of().formatHex(digest.digest(), 0, 16), cosmetic);
  }

  /** A file's text as changes are compared: see the class comment. */
  static String canonical(String path, String text) {
    if (path.endsWith(".java")) {
      Optional<String> printed = printedWithoutComments(text);
      if (printed.isPresent()) return printed.get();
    }
    return text.replace("\r\n", "\n")
        .replace('\r', '\n')
        .lines()
        .map(String::stripTrailing)
        .reduce(
            new StringBuilder(), (b, line) -> b.append(line).append('\n'), StringBuilder::append)
        .toString()
        .stripTrailing();
  }

  private static Optional<String> printedWithoutComments(String text) {
    var parser =
        new JavaParser(
            new ParserConfiguration()
                .setLanguageLevel(LanguageLevel.JAVA_17)
                .setPreprocessUnicodeEscapes(true)
                .setAttributeComments(false));
    ParseResult<CompilationUnit> result = parser.parse(text);
    if (!result.isSuccessful() || result.getResult().isEmpty()) return Optional.empty();
    return Optional.of(result.getResult().get().toString());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
