package dev.kaizen.agent.index;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which main types a test class names: a static approximation of "this test exercises that class",
 * made without compiling anything.
 *
 * <p>A test class touches a main type when it imports it (also through a static import of one of
 * its members), or when a type reference, an annotation, a plain name or a dotted name in its body
 * (for example {@code Report.of(..)} or {@code demo.Report}) resolves to it. A simple name resolves
 * like javac would look it up, minus inheritance and local shadowing: single-type imports first,
 * then types of the test's own package, then on-demand imports. Nested main types are reached
 * through their outer type ({@code Outer.Inner}). A test that only reaches a class indirectly
 * (through a factory, reflection or a subclass) does not count.
 *
 * @param testType the qualified name of the top-level test class
 * @param packageName its package
 * @param typeImports the types its file imports by name (single-type imports), in order
 * @param staticImportTypes the types its file imports static members of
 * @param onDemandImports the packages (or types) its file imports with {@code .*}
 * @param names every type-like name used in its body, dotted as written
 */
record TestReferences(
    String testType,
    String packageName,
    List<String> typeImports,
    List<String> staticImportTypes,
    List<String> onDemandImports,
    Set<String> names) {

  /** What one top-level type of a test file names. */
  static TestReferences of(CompilationUnit unit, TypeDeclaration<?> type) {
    String pkg = Declarations.packageOf(unit);
    var names = new TreeSet<String>();
    type.findAll(ClassOrInterfaceType.class).forEach(t -> names.add(t.getNameWithScope()));
    type.findAll(AnnotationExpr.class).forEach(a -> names.add(a.getNameAsString()));
    type.findAll(NameExpr.class).forEach(n -> names.add(n.getNameAsString()));
    type.findAll(FieldAccessExpr.class).forEach(f -> dotted(f).ifPresent(names::add));
    String qualified = pkg.isEmpty() ? type.getNameAsString() : pkg + "." + type.getNameAsString();
    var typeImports = new ArrayList<String>();
    var staticImportTypes = new ArrayList<String>();
    var onDemand = new ArrayList<String>();
    for (ImportDeclaration imp : unit.getImports()) {
      String name = imp.getNameAsString();
      if (imp.isStatic()) {
        // a static import names a member, or with .* the type itself
        staticImportTypes.add(
            imp.isAsterisk() ? name : name.substring(0, Math.max(0, name.lastIndexOf('.'))));
      } else if (imp.isAsterisk()) {
        onDemand.add(name);
      } else {
        typeImports.add(name);
      }
    }
    return new TestReferences(
        qualified,
        pkg,
        List.copyOf(typeImports),
        List.copyOf(staticImportTypes),
        List.copyOf(onDemand),
        names);
  }

  /** The main types (out of {@code mainTypes}) this test class touches. */
  Set<String> touched(Set<String> mainTypes) {
    var touched = new TreeSet<String>();
    typeImports.forEach(type -> addWithPrefixes(type, mainTypes, touched));
    staticImportTypes.forEach(type -> addWithPrefixes(type, mainTypes, touched));
    for (String name : names) {
      addWithPrefixes(name, mainTypes, touched);
      String[] parts = name.split("\\.");
      for (String base : candidates(parts[0])) {
        if (!mainTypes.contains(base)) continue;
        touched.add(base);
        String nested = base;
        for (int i = 1; i < parts.length && mainTypes.contains(nested + "." + parts[i]); i++) {
          nested = nested + "." + parts[i];
          touched.add(nested);
        }
        break;
      }
    }
    return touched;
  }

  /** Where a simple name may come from, in javac's order of precedence. */
  private List<String> candidates(String simpleName) {
    var candidates = new ArrayList<String>();
    for (String imported : typeImports) {
      if (imported.equals(simpleName) || imported.endsWith("." + simpleName))
        return List.of(imported);
    }
    candidates.add(packageName.isEmpty() ? simpleName : packageName + "." + simpleName);
    onDemandImports.forEach(p -> candidates.add(p + "." + simpleName));
    return candidates;
  }

  /** Adds a fully qualified name, and each of its prefixes, that is a main type. */
  private static void addWithPrefixes(String name, Set<String> mainTypes, Set<String> touched) {
    for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
      if (mainTypes.contains(name.substring(0, dot))) touched.add(name.substring(0, dot));
    }
    if (mainTypes.contains(name)) touched.add(name);
  }

  /** {@code a.b.C} for a chain of plain names, empty for anything else ({@code f().x}). */
  private static Optional<String> dotted(Expression e) {
    if (e instanceof NameExpr n) return Optional.of(n.getNameAsString());
    if (e instanceof FieldAccessExpr f)
      return dotted(f.getScope()).map(s -> s + "." + f.getNameAsString());
    return Optional.empty();
  }
}
