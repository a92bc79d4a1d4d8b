package dev.kaizen.agent.index;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a repository's Java code contains: every {@code .java} file (with its parse problems, if
 * any), the named types and their methods and constructors, which test classes touch which main
 * classes, and a compact repo map for prompts.
 *
 * <p>{@link #build} parses every Java file under the root with the Java 17 language level, leaving
 * out build output ({@code target/} folders outside {@code src/}), resources ({@code
 * src/<set>/resources/}), Kaizen's {@code workspace/} at the root, {@code .git/} and other hidden
 * folders. A file that does not parse is listed with its problems and contributes no types; nothing
 * is thrown for it. Test code is code under a {@code src/test/} folder. See {@link TestReferences}
 * for what "touches" means.
 *
 * <p>An index is an immutable snapshot of the tree it was built from; all paths are
 * repository-relative and {@code /}-separated. When two files declare the same qualified name (two
 * modules, say), {@link #type} answers with the one whose path sorts first.
 */
public final class CodeIndex {

  private final Path root;
  private final List<SourceFile> files;
  private final List<TypeInfo> types;
  private final Map<String, SourceFile> filesByPath;
  private final Map<String, TypeInfo> typesByName;
  private final Map<String, SortedSet<String>> testsByMainType;

  private CodeIndex(
      Path root,
      List<SourceFile> files,
      List<TypeInfo> types,
      Map<String, SortedSet<String>> tests) {
    this.root = root;
    this.files = List.copyOf(files);
    this.types = List.copyOf(types);
    this.filesByPath = new LinkedHashMap<>();
    files.forEach(f -> filesByPath.put(f.path(), f));
    this.typesByName = new HashMap<>();
    types.forEach(t -> typesByName.putIfAbsent(t.qualifiedName(), t));
    this.testsByMainType = tests;
  }

  /**
   * Indexes the Java files under {@code root}.
   *
   * @throws java.io.UncheckedIOException when the tree cannot be listed (a single unreadable file
   *     is a {@link ParseProblem} instead)
   */
  public static CodeIndex build(Path root) {
    Path base = root.toAbsolutePath().normalize();
    var parser = new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_17));
    var files = new ArrayList<SourceFile>();
    var types = new ArrayList<TypeInfo>();
    var testReferences = new ArrayList<TestReferences>();
    for (String path : JavaSources.list(base)) {
      boolean test = JavaSources.isTest(path);
      String text;
      try {
        text = Files.readString(base.resolve(path));
      } catch (CharacterCodingException e) {
        files.add(
            new SourceFile(path, test, 0, List.of(new ParseProblem(path, 0, "not valid UTF-8"))));
        continue;
      } catch (IOException e) {
        files.add(
            new SourceFile(path, test, 0, List.of(new ParseProblem(path, 0, "cannot read: " + e))));
        continue;
      }
      ParseResult<CompilationUnit> result = parser.parse(text);
      if (!result.isSuccessful() || result.getResult().isEmpty()) {
        var problems = result.getProblems().stream().map(p -> problem(path, p)).toList();
        if (problems.isEmpty()) problems = List.of(new ParseProblem(path, 0, "does not parse"));
        files.add(new SourceFile(path, test, lineCount(text), problems));
        continue;
      }
      CompilationUnit unit = result.getResult().get();
      files.add(new SourceFile(path, test, lineCount(text), List.of()));
      types.addAll(Declarations.types(unit, path, test));
      if (test) {
        for (TypeDeclaration<?> type : unit.getTypes())
          testReferences.add(TestReferences.of(unit, type));
      }
    }
    return new CodeIndex(base, files, types, testsByMainType(types, testReferences));
  }

  private static Map<String, SortedSet<String>> testsByMainType(
      List<TypeInfo> types, List<TestReferences> tests) {
    var mainTypes = new HashSet<String>();
    types.stream().filter(t -> !t.test()).forEach(t -> mainTypes.add(t.qualifiedName()));
    var map = new HashMap<String, SortedSet<String>>();
    for (TestReferences test : tests) {
      for (String main : test.touched(mainTypes)) {
        map.computeIfAbsent(main, k -> new TreeSet<>()).add(test.testType());
      }
    }
    map.replaceAll((k, v) -> Collections.unmodifiableSortedSet(v));
    return Map.copyOf(map);
  }

  private static ParseProblem problem(String path, Problem problem) {
    int line = problem.getLocation().flatMap(TokenRange::toRange).map(r -> r.begin.line).orElse(0);
    return new ParseProblem(path, line, problem.getMessage().strip());
  }

  private static int lineCount(String text) {
    if (text.isEmpty()) return 0;
    int lines = (int) text.chars().filter(c -> c == '\n').count();
    return text.endsWith("\n") ? lines : lines + 1;
  }

  /** The folder this index was built from, absolute. */
  public Path root() {
    return root;
  }

  /** Every Java file, sorted by path, whether it parsed or not. */
  public List<SourceFile> files() {
    return files;
  }

  /** The file at a repository-relative path, if it is indexed. */
  public Optional<SourceFile> file(String path) {
    return Optional.ofNullable(filesByPath.get(path));
  }

  /**
   * Every named type, by file path and then in source order (a nested type after its outer type).
   */
  public List<TypeInfo> types() {
    return types;
  }

  /** The types declared in one file. */
  public List<TypeInfo> typesIn(String path) {
    return types.stream().filter(t -> t.path().equals(path)).toList();
  }

  /** Every problem of every file that did not parse. */
  public List<ParseProblem> problems() {
    return files.stream().flatMap(f -> f.problems().stream()).toList();
  }

  /** The type with this qualified name ({@code demo.Outer.Inner} for a nested type). */
  public Optional<TypeInfo> type(String qualifiedName) {
    return Optional.ofNullable(
        typesByName.get(Objects.requireNonNull(qualifiedName, "qualifiedName")));
  }

  /**
   * The qualified names of the top-level test classes that name the given main type (see {@link
   * TestReferences} for the approximation), sorted; empty for an unknown or untested type.
   */
  public SortedSet<String> testsTouching(String qualifiedName) {
    return testsByMainType.getOrDefault(
        Objects.requireNonNull(qualifiedName, "qualifiedName"), Collections.emptySortedSet());
  }

  /**
   * The innermost indexed method or constructor whose lines contain {@code line} in the file at
   * {@code path}; empty outside any (a field, a comment between members, an unknown file). Code in
   * a lambda, a local or an anonymous class belongs to the method that contains it.
   */
  public Optional<MethodInfo> methodAt(String path, int line) {
    return types.stream()
        .filter(t -> t.path().equals(path))
        .flatMap(t -> t.methods().stream())
        .filter(m -> m.lines().contains(line))
        .min(Comparator.comparingInt(MethodInfo::size));
  }

  /**
   * A compact text map of the code: per file, its types and their method signatures, the files most
   * relevant to {@code focus} first (see {@link RepoMap}). Its {@linkplain Tokens#count token
   * count} never exceeds {@code maxTokens}; when something had to be left out it ends with a line
   * like {@code … 12 more types not shown}.
   *
   * @param maxTokens the budget, not negative
   * @param focus words that make a file more relevant when its type or method names contain them
   */
  public String renderMap(int maxTokens, Optional<String> focus) {
    return RepoMap.render(types, filesByPath, maxTokens, Objects.requireNonNull(focus, "focus"));
  }

  @Override
  public String toString() {
    return "CodeIndex[" + root + ": " + files.size() + " files, " + types.size() + " types]";
  }
}
