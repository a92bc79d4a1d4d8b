package dev.kaizen.agent.heuristic;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import java.util.Optional;

/** Parses Java 17 source, saying why when it does not parse. */
final class Parsing {

  private Parsing() {}

  /** A fresh parser (JavaParser instances are not thread-safe). */
  static JavaParser parser() {
    return new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_17));
  }

  static Optional<CompilationUnit> parse(String source) {
    ParseResult<CompilationUnit> result = parser().parse(source);
    return result.isSuccessful() ? result.getResult() : Optional.empty();
  }

  /** Why the source does not parse, or empty when it does. */
  static Optional<String> problem(String source) {
    ParseResult<CompilationUnit> result = parser().parse(source);
    if (result.isSuccessful() && result.getResult().isPresent()) return Optional.empty();
    return Optional.of(
        result.getProblems().isEmpty() ? "does not parse" : result.getProblem(0).getMessage());
  }
}
