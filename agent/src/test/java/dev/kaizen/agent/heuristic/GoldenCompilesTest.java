package dev.kaizen.agent.heuristic;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsing is not enough: every golden case that a rule rewrites must compile with javac before and
 * after the rewrite (a rewrite can parse and still not type-check). The rules are the registered
 * ones ({@link RewriteRules#standard()}).
 */
class GoldenCompilesTest {

  @TempDir Path out;

  @TestFactory
  Stream<DynamicTest> every_rewritten_golden_case_compiles_before_and_after() {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    return RewriteRules.standard().all().stream()
        .map(RewriteRule::id)
        .sorted()
        .flatMap(id -> GoldenCases.afters(GoldenCases.root(), id).stream())
        .flatMap(after -> Stream.of(GoldenCases.before(after), after))
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getParent().getFileName() + "/" + file.getFileName(),
                    () ->
                        assertThat(compile(javac, file))
                            .as("javac errors for %s", file.getFileName())
                            .isEmpty()));
  }

  private String compile(JavaCompiler javac, Path file) throws IOException {
    String text = Files.readString(file);
    String caseName = file.getFileName().toString().replaceFirst("\\.(before|after)\\.java$", "");
    Path copy = out.resolve(caseName).resolve(primaryType(text) + ".java");
    Files.createDirectories(copy.getParent());
    Files.writeString(copy, text);
    var diagnostics = new DiagnosticCollector<JavaFileObject>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options =
          List.of("-d", out.resolve("classes").toString(), "-proc:none", "--release", "17");
      javac
          .getTask(
              new StringWriter(), files, diagnostics, options, null, files.getJavaFileObjects(copy))
          .call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getLineNumber() + ": " + d.getMessage(null) + "\n")
        .collect(Collectors.joining());
  }

  /** The name the file must have: its public top-level type's, or else its first type's. */
  private static String primaryType(String text) {
    List<TypeDeclaration<?>> types = Parsing.parse(text).orElseThrow().getTypes();
    return types.stream()
        .filter(TypeDeclaration::isPublic)
        .findFirst()
        .orElse(types.get(0))
        .getNameAsString();
  }
}
