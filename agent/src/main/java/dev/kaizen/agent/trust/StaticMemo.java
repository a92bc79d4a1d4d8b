package dev.kaizen.agent.trust;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds static state that can carry results from one call to the next: a static field that is not
 * final, and a static final field of a mutable type (a collection, a map, an array, an atomic, a
 * cache) that a method, constructor or lambda writes to. A constant — {@code Set.of(..)}, a
 * compiled {@code Pattern}, a static final array filled once in its initializer or a static block
 * and only read — is not state.
 */
final class StaticMemo implements Detector {

  /** Methods that write to a collection, a map, an atomic, an adder or a builder. */
  private static final Set<String> WRITERS =
      Set.of(
          "put",
          "putAll",
          "putIfAbsent",
          "computeIfAbsent",
          "computeIfPresent",
          "compute",
          "merge",
          "replace",
          "replaceAll",
          "add",
          "addAll",
          "addFirst",
          "addLast",
          "offer",
          "offerFirst",
          "offerLast",
          "push",
          "set",
          "lazySet",
          "setPlain",
          "setRelease",
          "getAndSet",
          "compareAndSet",
          "compareAndExchange",
          "weakCompareAndSet",
          "getAndIncrement",
          "getAndDecrement",
          "incrementAndGet",
          "decrementAndGet",
          "getAndAdd",
          "addAndGet",
          "getAndUpdate",
          "updateAndGet",
          "getAndAccumulate",
          "accumulateAndGet",
          "increment",
          "decrement",
          "accumulate",
          "append",
          "insert",
          "flip");

  /** Types that hold state whatever their name's suffix says. */
  private static final Set<String> MUTABLE_TYPES =
      Set.of(
          "BitSet",
          "StringBuilder",
          "StringBuffer",
          "LongAdder",
          "DoubleAdder",
          "LongAccumulator",
          "DoubleAccumulator",
          "Vector",
          "Stack",
          "Hashtable",
          "Properties",
          "ThreadLocal",
          "Collection");

  private static final Set<UnaryExpr.Operator> STEPS =
      Set.of(
          UnaryExpr.Operator.PREFIX_INCREMENT,
          UnaryExpr.Operator.PREFIX_DECREMENT,
          UnaryExpr.Operator.POSTFIX_INCREMENT,
          UnaryExpr.Operator.POSTFIX_DECREMENT);

  private static final List<String> MUTABLE_SUFFIXES =
      List.of("Map", "Set", "List", "Queue", "Deque", "Cache", "Table", "Array");

  @Override
  public List<Occurrence> find(ParsedSource source) {
    var found = new ArrayList<Occurrence>();
    for (FieldDeclaration field : source.unit().findAll(FieldDeclaration.class)) {
      boolean inInterface =
          field.getParentNode().orElse(null) instanceof ClassOrInterfaceDeclaration c
              && c.isInterface();
      if (!field.isStatic() && !inInterface) continue;
      boolean isFinal = field.isFinal() || inInterface;
      for (VariableDeclarator v : field.getVariables()) {
        String declared = "static " + (isFinal ? "final " : "") + v.getType() + " " + v.getName();
        if (!isFinal) {
          found.add(Occurrence.at(v, "non-final static field", declared, source));
        } else if (mutable(v.getType())) {
          firstWrite(source, v.getNameAsString(), v.getType().isArrayType())
              .ifPresent(
                  w ->
                      found.add(
                          Occurrence.at(
                              w.node(),
                              "written static final field",
                              declared + ", written by " + w.how(),
                              source)));
        }
      }
    }
    return found;
  }

  private record Write(Node node, String how) {}

  private static boolean mutable(Type type) {
    if (type.isArrayType()) return true;
    if (!type.isClassOrInterfaceType()) return false;
    String name = type.asClassOrInterfaceType().getNameAsString();
    return MUTABLE_TYPES.contains(name)
        || name.startsWith("Atomic")
        || MUTABLE_SUFFIXES.stream().anyMatch(name::endsWith);
  }

  /** The first write to the field from code that runs on calls, not at class initialisation. */
  private static Optional<Write> firstWrite(ParsedSource source, String field, boolean array) {
    for (MethodCallExpr call : source.unit().findAll(MethodCallExpr.class)) {
      if (WRITERS.contains(call.getNameAsString())
          && call.getScope().filter(s -> names(s, field)).isPresent()
          && runsOnCalls(call)) return Optional.of(new Write(call, call.getNameAsString()));
    }
    for (MethodReferenceExpr ref : source.unit().findAll(MethodReferenceExpr.class)) {
      if (WRITERS.contains(ref.getIdentifier()) && names(ref.getScope(), field) && runsOnCalls(ref))
        return Optional.of(new Write(ref, "::" + ref.getIdentifier()));
    }
    if (!array) return Optional.empty();
    for (AssignExpr assign : source.unit().findAll(AssignExpr.class)) {
      if (elementOf(assign.getTarget(), field) && runsOnCalls(assign))
        return Optional.of(new Write(assign, "an element assignment"));
    }
    for (UnaryExpr unary : source.unit().findAll(UnaryExpr.class)) {
      if (STEPS.contains(unary.getOperator())
          && elementOf(unary.getExpression(), field)
          && runsOnCalls(unary))
        return Optional.of(new Write(unary, "an element " + unary.getOperator().asString()));
    }
    return Optional.empty();
  }

  private static boolean elementOf(Expression e, String field) {
    return e instanceof ArrayAccessExpr a && names(a.getName(), field);
  }

  /**
   * Whether an expression is the field: {@code NAME}, {@code Type.NAME}, {@code this.NAME}, or the
   * {@code NAME} of {@code NAME::add} (which JavaParser reads as a type).
   */
  private static boolean names(Expression e, String field) {
    return (e instanceof NameExpr n && n.getNameAsString().equals(field))
        || (e instanceof FieldAccessExpr f && f.getNameAsString().equals(field))
        || (e instanceof TypeExpr t
            && t.getType() instanceof ClassOrInterfaceType c
            && c.getScope().isEmpty()
            && c.getNameAsString().equals(field));
  }

  /**
   * Whether code runs on calls: in a method, a constructor, an instance initializer or a lambda;
   * not in a static initializer or a field's own initializer.
   */
  private static boolean runsOnCalls(Node node) {
    for (Node n = node.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof MethodDeclaration
          || n instanceof ConstructorDeclaration
          || n instanceof LambdaExpr) return true;
      if (n instanceof InitializerDeclaration i) return !i.isStatic();
      if (n instanceof FieldDeclaration) return false;
    }
    return false;
  }
}
