package dev.kaizen.agent.trust;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.kaizen.agent.index.JavaSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of the classes that judge a candidate in a tree: every type declared under a test or
 * benchmark source root ({@code src/test/}, {@code src/jmh/}, resources left out), and every type
 * of a file elsewhere that declares a test or benchmark method ({@code @Test},
 * {@code @ParameterizedTest}, {@code @RepeatedTest}, {@code @TestFactory}, {@code @TestTemplate},
 * {@code @Benchmark}). The qualified names of all of them and the simple names of the top-level
 * ones, less the names of main classes (from main files' names and paths), so that main code naming
 * one of its own classes is never taken for a reference to a test.
 */
public final class JudgedClasses {

  private static final Set<String> JUDGING =
      Set.of(
          "Test", "ParameterizedTest", "RepeatedTest", "TestFactory", "TestTemplate", "Benchmark");

  private JudgedClasses() {}

  /** The judged class names of the tree at {@code root}, sorted. */
  public static Set<String> in(Path root) {
    var qualified = new TreeSet<String>();
    var simple = new HashSet<String>();
    var mainNames = new HashSet<String>();
    for (String path : JavaSources.list(root)) {
      Path file = root.resolve(path);
      String stem = file.getFileName().toString().replaceFirst("\\.java$", "");
      Optional<String> text = read(file);
      boolean judgedRoot = underJudgedRoot(path);
      if (!judgedRoot && text.filter(JudgedClasses::mayJudge).isEmpty()) {
        mainNames.add(stem);
        qualifiedFromPath(path).ifPresent(mainNames::add);
        continue;
      }
      Optional<CompilationUnit> unit =
          text.flatMap(t -> ParsedSource.parse(t, Set.of())).map(ParsedSource::unit);
      if (unit.isEmpty()) {
        if (judgedRoot) simple.add(stem);
        else mainNames.add(stem);
      } else if (judgedRoot || judges(unit.get())) {
        for (TypeDeclaration<?> t : unit.get().findAll(TypeDeclaration.class)) {
          t.getFullyQualifiedName().filter(n -> n.contains(".")).ifPresent(qualified::add);
          if (t.isTopLevelType()) simple.add(t.getNameAsString());
        }
      } else {
        unit.get().getTypes().forEach(t -> mainNames.add(t.getNameAsString()));
      }
    }
    simple.removeAll(mainNames);
    qualified.removeAll(mainNames);
    var names = new TreeSet<String>(qualified);
    names.addAll(simple);
    return names;
  }

  /** Whether a repository-relative path lies under a test or benchmark source root. */
  public static boolean underJudgedRoot(String path) {
    String p = "/" + path;
    return p.contains("/src/test/") || p.contains("/src/jmh/");
  }

  /** {@code demo.Report} for {@code core/src/main/java/demo/Report.java}. */
  private static Optional<String> qualifiedFromPath(String path) {
    int java = ("/" + path).lastIndexOf("/java/");
    if (java < 0) return Optional.empty();
    String rest = path.substring(java + "java/".length());
    return Optional.of(rest.substring(0, rest.length() - ".java".length()).replace('/', '.'));
  }

  private static boolean mayJudge(String text) {
    return JUDGING.stream().anyMatch(a -> text.contains("@" + a) || text.contains("." + a));
  }

  private static boolean judges(CompilationUnit unit) {
    return unit.findAll(MethodDeclaration.class).stream()
        .flatMap(m -> m.getAnnotations().stream())
        .anyMatch(a -> JUDGING.contains(a.getName().getIdentifier()));
  }

  private static Optional<String> read(Path file) {
    try {
      return Optional.of(Files.readString(file));
    } catch (IOException e) {
      return Optional.empty(); // not UTF-8, or unreadable: no names from it
    }
  }
}
