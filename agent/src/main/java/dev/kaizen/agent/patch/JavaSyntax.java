package dev.kaizen.agent.patch;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import java.util.Optional;

/** Checks that Java source still parses (Java 17), as every patched file must. */
public final class JavaSyntax {

  private JavaSyntax() {}

  /**
   * The first parse problem of {@code source}, with its line, or empty when it parses.
   *
   * @param path used in the message
   */
  public static Optional<String> problem(String path, String source) {
    var config =
        new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
    ParseResult<CompilationUnit> result = new JavaParser(config).parse(source);
    if (result.isSuccessful()) return Optional.empty();
    Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
    if (first == null) return Optional.of(path + " does not parse");
    String where =
        first
            .getLocation()
            .flatMap(l -> l.getBegin().getRange())
            .map(r -> ":" + r.begin.line)
            .orElse("");
    String message = first.getMessage();
    int nl = message.indexOf('\n');
    return Optional.of(path + where + ": " + (nl < 0 ? message : message.substring(0, nl)));
  }
}
