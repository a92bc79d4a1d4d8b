package dev.kaizen.agent.heuristic;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.Optional;

/**
 * Where a {@code private static final Pattern} constant can live, which existing one can be reused,
 * and whether {@code Pattern} can be imported (see {@link PrecompileRegexRule} for why).
 */
final class PatternConstants {

  static final String PATTERN = "java.util.regex.Pattern";

  private PatternConstants() {}

  /**
   * Whether {@code java.util.regex.Pattern} must be imported (false: it is already); empty when
   * {@code Pattern} cannot be made to mean it.
   */
  static Optional<Boolean> needsImport(CompilationUnit unit) {
    boolean otherPatternType =
        unit.findFirst(TypeDeclaration.class, t -> t.getNameAsString().equals("Pattern"))
                .isPresent()
            || unit.findFirst(TypeParameter.class, t -> t.getNameAsString().equals("Pattern"))
                .isPresent();
    if (otherPatternType) return Optional.empty();
    boolean imported = false;
    for (ImportDeclaration imp : unit.getImports()) {
      if (imp.isStatic() || imp.isAsterisk() || !imp.getName().getIdentifier().equals("Pattern"))
        continue;
      if (!imp.getNameAsString().equals(PATTERN)) return Optional.empty();
      imported = true;
    }
    if (imported) return Optional.of(false);
    boolean usesPattern =
        unit.findFirst(
                    ClassOrInterfaceType.class,
                    t -> t.getNameAsString().equals("Pattern") && t.getScope().isEmpty())
                .isPresent()
            || unit.findFirst(NameExpr.class, n -> n.getNameAsString().equals("Pattern"))
                .isPresent();
    return usesPattern ? Optional.empty() : Optional.of(true);
  }

  /**
   * The class that gets the constant (see {@link PrecompileRegexRule}), or empty when there is
   * none.
   */
  static Optional<TypeDeclaration<?>> home(Node node) {
    for (Optional<Node> n = node.getParentNode(); n.isPresent(); n = n.get().getParentNode()) {
      Node current = n.get();
      if (current instanceof ObjectCreationExpr o
          && o.getAnonymousClassBody().isPresent()
          && o.getAnonymousClassBody().get().stream().anyMatch(b -> b.isAncestorOf(node))) {
        return Optional.empty();
      }
      if (!(current instanceof TypeDeclaration<?> type)) continue;
      if (type instanceof EnumDeclaration || type instanceof AnnotationDeclaration)
        return Optional.empty();
      if (type instanceof ClassOrInterfaceDeclaration c && c.isInterface()) return Optional.empty();
      if (isLocal(type) || isInner(type)) {
        if (Scopes.hasSupertype(type)) return Optional.empty();
        continue;
      }
      return Optional.of(type);
    }
    return Optional.empty();
  }

  private static boolean isLocal(TypeDeclaration<?> type) {
    Node parent = type.getParentNode().orElse(null);
    return parent instanceof LocalClassDeclarationStmt
        || parent instanceof LocalRecordDeclarationStmt;
  }

  /** A non-static member class of a class, enum or record (members of interfaces are static). */
  private static boolean isInner(TypeDeclaration<?> type) {
    Node parent = type.getParentNode().orElse(null);
    return type instanceof ClassOrInterfaceDeclaration c
        && !c.isInterface()
        && !c.isStatic()
        && parent instanceof TypeDeclaration<?> outer
        && !(outer instanceof ClassOrInterfaceDeclaration o && o.isInterface())
        && !(outer instanceof AnnotationDeclaration);
  }

  /**
   * An identical Pattern constant of the class, initialized early enough, that the call sees by its
   * name.
   */
  static Optional<String> existing(TypeDeclaration<?> target, String regex, MethodCallExpr call) {
    for (BodyDeclaration<?> member : target.getMembers()) {
      if (isPatternConstant(member, Optional.of(regex))) {
        VariableDeclarator v = ((FieldDeclaration) member).getVariable(0);
        boolean seen =
            Scopes.lookup(v.getNameAsString(), call).filter(d -> d.node() == v).isPresent();
        return seen ? Optional.of(v.getNameAsString()) : Optional.empty();
      }
      if (!inertForStaticInit(member)) return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * {@code static final Pattern X = Pattern.compile("…");}, for the given regex if one is given.
   */
  static boolean isPatternConstant(BodyDeclaration<?> member, Optional<String> regex) {
    if (!(member instanceof FieldDeclaration f)
        || !f.isStatic()
        || !f.isFinal()
        || f.getVariables().size() != 1) {
      return false;
    }
    VariableDeclarator v = f.getVariable(0);
    String type = StaticTypes.normalize(v.getType());
    if (!type.equals("Pattern") && !type.equals(PATTERN)) return false;
    if (!(v.getInitializer().orElse(null) instanceof MethodCallExpr init)
        || !init.getNameAsString().equals("compile")
        || init.getArguments().size() != 1
        || init.getScope()
            .filter(s -> s.toString().equals("Pattern") || s.toString().equals(PATTERN))
            .isEmpty()
        || !(init.getArgument(0) instanceof StringLiteralExpr lit)) {
      return false;
    }
    return regex.isEmpty() || JavaStrings.value(lit).equals(regex);
  }

  /** Whether a member runs no code of interest during static initialization. */
  private static boolean inertForStaticInit(BodyDeclaration<?> member) {
    if (member instanceof InitializerDeclaration i) return !i.isStatic();
    if (member instanceof FieldDeclaration f && f.isStatic()) {
      return f.getVariables().stream()
          .allMatch(
              v ->
                  v.getInitializer().isEmpty()
                      || v.getInitializer().get() instanceof LiteralExpr
                      || isPatternConstant(f, Optional.empty()));
    }
    return true;
  }
}
