package dev.kaizen.agent.trust;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed Java source and the little that detectors ask of it without compiling: which static
 * members it imports, which types its variables are declared with (by name, ignoring scopes), where
 * a node is, and the baseline's test and benchmark class names.
 */
final class ParsedSource {

  private final CompilationUnit unit;
  private final Set<String> judged;
  private final Set<String> judgedInputs;
  private final Set<String> staticImports = new HashSet<>();
  private final Map<String, Set<String>> variableTypes = new HashMap<>();

  private ParsedSource(CompilationUnit unit, Set<String> judged, Set<String> judgedInputs) {
    this.unit = unit;
    this.judged = judged;
    this.judgedInputs = judgedInputs;
    for (ImportDeclaration imp : unit.getImports()) {
      if (!imp.isStatic()) continue;
      String name = imp.getNameAsString();
      if (imp.isAsterisk()) {
        staticImports.add(simpleName(name) + ".*");
      } else {
        int dot = name.lastIndexOf('.');
        if (dot > 0) staticImports.add(simpleName(name.substring(0, dot)) + name.substring(dot));
      }
    }
    for (VariableDeclarator v : unit.findAll(VariableDeclarator.class)) {
      Set<String> types = variableTypes.computeIfAbsent(v.getNameAsString(), k -> new HashSet<>());
      if (v.getType().isVarType()) {
        v.getInitializer().ifPresent(init -> types.addAll(mentionedNames(init)));
      } else {
        types.addAll(mentionedNames(v.getType()));
      }
    }
    for (Parameter p : unit.findAll(Parameter.class)) {
      variableTypes
          .computeIfAbsent(p.getNameAsString(), k -> new HashSet<>())
          .addAll(mentionedNames(p.getType()));
    }
  }

  /** The source parsed as Java 17, or empty when it does not parse. */
  static Optional<ParsedSource> parse(String text, Set<String> judged) {
    return parse(text, judged, Set.of());
  }

  /**
   * The source parsed as Java 17, with the baseline's judged inputs ({@link JudgedInputs}), or
   * empty when it does not parse.
   */
  static Optional<ParsedSource> parse(String text, Set<String> judged, Set<String> judgedInputs) {
    var parser =
        new JavaParser(
            new ParserConfiguration()
                .setLanguageLevel(LanguageLevel.JAVA_17)
                // as javac reads it: an escaped line feed in a comment ends the comment
                .setPreprocessUnicodeEscapes(true)
                .setStoreTokens(false)
                .setAttributeComments(false));
    ParseResult<CompilationUnit> result = parser.parse(text);
    if (!result.isSuccessful() || result.getResult().isEmpty()) return Optional.empty();
    return Optional.of(new ParsedSource(result.getResult().get(), judged, judgedInputs));
  }

  CompilationUnit unit() {
    return unit;
  }

  /** The simple and qualified names of the baseline's test and benchmark classes. */
  Set<String> judged() {
    return judged;
  }

  /** The distinctive literals of the baseline's tests, benchmarks and workloads, as keys. */
  Set<String> judgedInputs() {
    return judgedInputs;
  }

  /** Whether {@code owner.member} (owner by simple name) can be called without a qualifier. */
  boolean importsStatically(String owner, String member) {
    return staticImports.contains(owner + "." + member) || staticImports.contains(owner + ".*");
  }

  /**
   * Whether an expression or type names {@code type}: as a type, a qualifier, or a variable
   * declared with it (or, for {@code var}, initialised from an expression that names it).
   */
  boolean mentions(Node node, String type) {
    for (NameExpr n : node.findAll(NameExpr.class)) {
      String name = n.getNameAsString();
      if (name.equals(type) || variableTypes.getOrDefault(name, Set.of()).contains(type))
        return true;
    }
    return node.findAll(ClassOrInterfaceType.class).stream()
            .anyMatch(t -> t.getNameAsString().equals(type))
        || node.findAll(FieldAccessExpr.class).stream()
            .anyMatch(f -> f.getNameAsString().equals(type));
  }

  /**
   * The method, constructor ({@code Type.<init>}), initializer ({@code Type.<clinit>}), field
   * ({@code Type.NAME}) or type a node lies in.
   */
  Optional<String> where(Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof MethodDeclaration m)
        return Optional.of(typeOf(m) + "." + m.getNameAsString());
      if (n instanceof ConstructorDeclaration || n instanceof CompactConstructorDeclaration)
        return Optional.of(typeOf(n) + ".<init>");
      if (n instanceof InitializerDeclaration i)
        return Optional.of(typeOf(i) + (i.isStatic() ? ".<clinit>" : ".<init>"));
      if (n instanceof VariableDeclarator v
          && v.getParentNode().orElse(null) instanceof FieldDeclaration)
        return Optional.of(typeOf(v) + "." + v.getNameAsString());
      if (n instanceof TypeDeclaration<?> t) return Optional.of(t.getNameAsString());
    }
    return Optional.empty();
  }

  private static String typeOf(Node node) {
    for (Node n = node.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> t) return t.getNameAsString();
    }
    return "";
  }

  private static Set<String> mentionedNames(Node node) {
    var names = new HashSet<String>();
    if (node instanceof Type t && t.isClassOrInterfaceType())
      names.add(t.asClassOrInterfaceType().getNameAsString());
    node.findAll(ClassOrInterfaceType.class).forEach(t -> names.add(t.getNameAsString()));
    node.findAll(NameExpr.class).forEach(n -> names.add(n.getNameAsString()));
    node.findAll(FieldAccessExpr.class).forEach(f -> names.add(f.getNameAsString()));
    return names;
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
