package dev.kaizen.agent.heuristic;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.SwitchNode;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnknownType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds what a simple name refers to, the way javac would, as far as one file can tell.
 *
 * <p>It looks outwards from the use: local variables declared earlier in enclosing blocks, for,
 * for-each, try-with-resources and catch variables, lambda and method parameters, then fields of
 * the enclosing types. It answers "don't know" (empty) rather than guess: when a pattern variable
 * of that name exists nearby, when the name could be inherited (an enclosing type with a supertype,
 * or an anonymous class, that does not declare it) and when nothing declares it in this file (a
 * static import, say).
 */
final class Scopes {

  /** What kind of variable a name refers to. */
  enum Kind {
    LOCAL,
    PARAMETER,
    FIELD
  }

  /**
   * A variable's declaration.
   *
   * @param kind local, parameter or field
   * @param node the declaring node: a {@link VariableDeclarator}, a {@link Parameter} or an {@link
   *     EnumConstantDeclaration}
   * @param type the declared type (for a varargs parameter, the array type); empty for an
   *     implicitly typed lambda parameter; {@code var} stays {@code var}
   * @param initializer the initializer, if the declaration has one
   * @param isFinal declared {@code final} (or implicitly final)
   * @param isStatic a static field
   */
  record Declared(
      Kind kind,
      Node node,
      Optional<Type> type,
      Optional<Expression> initializer,
      boolean isFinal,
      boolean isStatic) {}

  private Scopes() {}

  /** The declaration the simple name {@code name} refers to where {@code use} is. */
  static Optional<Declared> lookup(String name, Node use) {
    if (patternVariableNearby(name, use)) return Optional.empty();
    Node child = use;
    for (Optional<Node> p = use.getParentNode();
        p.isPresent();
        child = p.get(), p = p.get().getParentNode()) {
      Step step = step(name, p.get(), child);
      if (step.stop() || step.found().isPresent()) return step.found();
    }
    return Optional.empty();
  }

  /**
   * What one enclosing node tells about a name used in its child: found, unknowable, or look
   * further.
   */
  private record Step(boolean stop, Optional<Declared> found) {
    static final Step FURTHER = new Step(false, Optional.empty());
    static final Step UNKNOWN = new Step(true, Optional.empty());

    static Step of(Optional<Declared> found) {
      return found.isPresent() ? new Step(true, found) : FURTHER;
    }
  }

  private static Step step(String name, Node parent, Node child) {
    if (parent instanceof BlockStmt block)
      return Step.of(locals(name, block.getStatements(), child));
    if (parent instanceof SwitchEntry entry) return Step.of(switchLocals(name, entry, child));
    if (parent instanceof ForStmt f) return Step.of(declaredIn(name, f.getInitialization()));
    if (parent instanceof ForEachStmt f && child == f.getBody()) {
      return Step.of(
          f.getVariable().getVariables().stream()
              .filter(v -> v.getNameAsString().equals(name))
              .findFirst()
              .map(
                  v ->
                      new Declared(
                          Kind.LOCAL,
                          v,
                          Optional.of(v.getType()),
                          Optional.empty(),
                          f.getVariable().isFinal(),
                          false)));
    }
    if (parent instanceof TryStmt t && child == t.getTryBlock())
      return Step.of(declaredIn(name, t.getResources()));
    if (parent instanceof CatchClause c) return Step.of(parameter(name, List.of(c.getParameter())));
    if (parent instanceof LambdaExpr l) return Step.of(parameter(name, l.getParameters()));
    if (parent instanceof CallableDeclaration<?> c)
      return Step.of(parameter(name, c.getParameters()));
    if (parent instanceof TypeDeclaration<?> type) {
      Optional<Declared> found = field(name, type, type.getMembers());
      // an inherited field may be meant; a local class without supertypes goes on to see locals
      return found.isEmpty() && hasSupertype(type) ? Step.UNKNOWN : Step.of(found);
    }
    if (parent instanceof ObjectCreationExpr creation
        && creation
            .getAnonymousClassBody()
            .filter(body -> body.stream().anyMatch(m -> m == child))
            .isPresent()) {
      Optional<Declared> found = field(name, creation, creation.getAnonymousClassBody().get());
      return found.isPresent() ? Step.of(found) : Step.UNKNOWN;
    }
    if (parent instanceof CompilationUnit) return Step.UNKNOWN;
    return Step.FURTHER;
  }

  private static Optional<Declared> declaredIn(String name, NodeList<Expression> expressions) {
    return expressions.stream()
        .flatMap(
            e ->
                e instanceof VariableDeclarationExpr v ? v.getVariables().stream() : Stream.empty())
        .filter(v -> v.getNameAsString().equals(name))
        .findFirst()
        .map(Scopes::local);
  }

  private static Optional<Declared> locals(
      String name, NodeList<Statement> statements, Node child) {
    for (Statement s : statements) {
      if (s == child) break;
      if (s instanceof ExpressionStmt es
          && es.getExpression() instanceof VariableDeclarationExpr v) {
        for (VariableDeclarator d : v.getVariables()) {
          if (d.getNameAsString().equals(name)) return Optional.of(local(d));
        }
      }
    }
    return Optional.empty();
  }

  /** Locals of a switch block are in scope from their declaration to the end of the block. */
  private static Optional<Declared> switchLocals(String name, SwitchEntry entry, Node child) {
    if (entry.getParentNode().orElse(null) instanceof SwitchNode block) {
      for (SwitchEntry e : block.getEntries()) {
        Optional<Declared> found = locals(name, e.getStatements(), e == entry ? child : null);
        if (found.isPresent()) return found;
        if (e == entry) break;
      }
    }
    return Optional.empty();
  }

  static Declared local(VariableDeclarator d) {
    boolean isFinal =
        d.getParentNode()
            .filter(p -> p instanceof VariableDeclarationExpr v && v.isFinal())
            .isPresent();
    return new Declared(
        Kind.LOCAL, d, Optional.of(d.getType()), d.getInitializer(), isFinal, false);
  }

  private static Optional<Declared> parameter(String name, List<Parameter> parameters) {
    for (Parameter p : parameters) {
      if (!p.getNameAsString().equals(name)) continue;
      Optional<Type> type =
          p.getType() instanceof UnknownType
              ? Optional.empty()
              : Optional.of(p.isVarArgs() ? new ArrayType(p.getType().clone()) : p.getType());
      return Optional.of(
          new Declared(Kind.PARAMETER, p, type, Optional.empty(), p.isFinal(), false));
    }
    return Optional.empty();
  }

  private static Optional<Declared> field(
      String name, Node owner, NodeList<BodyDeclaration<?>> members) {
    boolean inInterface = owner instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    for (BodyDeclaration<?> member : members) {
      if (member instanceof FieldDeclaration f) {
        for (VariableDeclarator d : f.getVariables()) {
          if (d.getNameAsString().equals(name)) {
            return Optional.of(
                new Declared(
                    Kind.FIELD,
                    d,
                    Optional.of(d.getType()),
                    d.getInitializer(),
                    f.isFinal() || inInterface,
                    f.isStatic() || inInterface));
          }
        }
      }
    }
    if (owner instanceof RecordDeclaration r) {
      for (Parameter p : r.getParameters()) {
        if (p.getNameAsString().equals(name)) {
          return Optional.of(
              new Declared(Kind.FIELD, p, Optional.of(p.getType()), Optional.empty(), true, false));
        }
      }
    }
    if (owner instanceof EnumDeclaration e) {
      for (EnumConstantDeclaration c : e.getEntries()) {
        if (c.getNameAsString().equals(name)) {
          var type = new ClassOrInterfaceType(null, e.getNameAsString());
          return Optional.of(
              new Declared(Kind.FIELD, c, Optional.of(type), Optional.empty(), true, true));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a type may inherit fields (and methods) this file does not show. */
  static boolean hasSupertype(TypeDeclaration<?> type) {
    if (type instanceof ClassOrInterfaceDeclaration c) {
      return !c.getExtendedTypes().isEmpty() || !c.getImplementedTypes().isEmpty();
    }
    if (type instanceof EnumDeclaration e) return !e.getImplementedTypes().isEmpty();
    if (type instanceof RecordDeclaration r) return !r.getImplementedTypes().isEmpty();
    return false;
  }

  /**
   * Whether a pattern variable ({@code o instanceof String s}) of this name is declared near the
   * use.
   */
  private static boolean patternVariableNearby(String name, Node use) {
    Node scope = use;
    while (scope.getParentNode().isPresent() && !(scope instanceof BodyDeclaration<?>)) {
      scope = scope.getParentNode().get();
    }
    return scope
        .findFirst(TypePatternExpr.class, p -> p.getNameAsString().equals(name))
        .isPresent();
  }
}
