package dev.kaizen.agent.heuristic;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** How control can leave a loop, as far as the loop's own code shows. */
final class Loops {

  private static final Set<UnaryExpr.Operator> INCREMENTS =
      Set.of(
          UnaryExpr.Operator.PREFIX_INCREMENT, UnaryExpr.Operator.PREFIX_DECREMENT,
          UnaryExpr.Operator.POSTFIX_INCREMENT, UnaryExpr.Operator.POSTFIX_DECREMENT);

  private Loops() {}

  static boolean isLoop(Node node) {
    return node instanceof ForStmt
        || node instanceof ForEachStmt
        || node instanceof WhileStmt
        || node instanceof DoStmt;
  }

  /**
   * The statement that holds the loop in its block: the loop, or the labelled statement around it.
   */
  static Statement wrapper(Statement loop) {
    Statement s = loop;
    while (s.getParentNode().orElse(null) instanceof LabeledStmt l) s = l;
    return s;
  }

  /** The labels the loop carries. */
  static Set<String> labels(Statement loop) {
    var labels = new HashSet<String>();
    for (Node s = loop; s.getParentNode().orElse(null) instanceof LabeledStmt l; s = l) {
      labels.add(l.getLabel().asString());
    }
    return labels;
  }

  /**
   * Why control may leave the loop other than by finishing it or by a {@code break} of it: a {@code
   * return}, a {@code throw}, a {@code yield} out of it, or a {@code break}/{@code continue} of a
   * label outside it. Code in lambdas and in local or anonymous classes does not count.
   */
  static Optional<String> abruptExit(Statement loop) {
    Set<String> own = labels(loop);
    var reasons = new ArrayList<String>();
    walk(
        loop,
        node -> {
          if (node instanceof ReturnStmt) reasons.add("it returns from inside the loop");
          if (node instanceof ThrowStmt) reasons.add("it throws from inside the loop");
          if (node instanceof YieldStmt y && !yieldsInside(loop, y)) {
            reasons.add("it yields from inside the loop");
          }
          Optional<SimpleName> label =
              node instanceof BreakStmt b
                  ? b.getLabel()
                  : node instanceof ContinueStmt c ? c.getLabel() : Optional.empty();
          if (label.isPresent()
              && !own.contains(label.get().asString())
              && !declaredInside(loop, node, label.get())) {
            reasons.add("it jumps to label " + label.get() + " outside the loop");
          }
        });
    return reasons.stream().findFirst();
  }

  /** Whether the switch expression a {@code yield} belongs to lies inside the loop. */
  private static boolean yieldsInside(Statement loop, YieldStmt yield) {
    for (Optional<Node> n = yield.getParentNode();
        n.isPresent() && n.get() != loop;
        n = n.get().getParentNode()) {
      if (n.get() instanceof SwitchExpr) return true;
    }
    return false;
  }

  private static boolean declaredInside(Statement loop, Node jump, SimpleName label) {
    for (Optional<Node> n = jump.getParentNode();
        n.isPresent() && n.get() != loop;
        n = n.get().getParentNode()) {
      if (n.get() instanceof LabeledStmt l && l.getLabel().equals(label)) return true;
    }
    return false;
  }

  /**
   * Whether the statement right after the loop is reachable (JLS 14.22, approximated): a for-each
   * always completes; a loop whose condition is missing or might be a constant {@code true}
   * completes only through a {@code break} of it.
   */
  static boolean canCompleteNormally(Statement loop) {
    Optional<Expression> condition;
    if (loop instanceof ForEachStmt) return true;
    if (loop instanceof ForStmt f) condition = f.getCompare();
    else if (loop instanceof WhileStmt w) condition = Optional.of(w.getCondition());
    else if (loop instanceof DoStmt d) condition = Optional.of(d.getCondition());
    else return false;
    if (condition.isPresent() && !mightBeConstant(condition.get())) return true;
    return hasBreakOf(loop);
  }

  private static boolean hasBreakOf(Statement loop) {
    Set<String> own = labels(loop);
    var found = new ArrayList<BreakStmt>();
    walk(
        loop,
        node -> {
          if (node instanceof BreakStmt b) {
            boolean ofLoop =
                b.getLabel().isPresent()
                    ? own.contains(b.getLabel().get().asString())
                    : innermostBreakable(b) == loop;
            if (ofLoop) found.add(b);
          }
        });
    return !found.isEmpty();
  }

  private static Node innermostBreakable(BreakStmt b) {
    for (Optional<Node> n = b.getParentNode(); n.isPresent(); n = n.get().getParentNode()) {
      if (isLoop(n.get()) || n.get() instanceof SwitchStmt) return n.get();
    }
    return b;
  }

  /**
   * Whether a condition might be a constant expression: it is not, for sure, when it calls
   * something, creates something, assigns, reads an array element, tests a type or reads a variable
   * that is not declared final.
   */
  static boolean mightBeConstant(Expression condition) {
    var variable = new ArrayList<Node>();
    condition.walk(
        node -> {
          if (node instanceof MethodCallExpr
              || node instanceof ObjectCreationExpr
              || node instanceof AssignExpr
              || node instanceof ArrayAccessExpr
              || node instanceof ArrayCreationExpr
              || node instanceof InstanceOfExpr
              || node instanceof LambdaExpr
              || (node instanceof UnaryExpr u && INCREMENTS.contains(u.getOperator()))) {
            variable.add(node);
          }
          if (node instanceof NameExpr n) {
            Scopes.lookup(n.getNameAsString(), n)
                .filter(d -> !d.isFinal())
                .ifPresent(d -> variable.add(n));
          }
        });
    return variable.isEmpty();
  }

  /**
   * Visits the node and its descendants, but not the bodies of lambdas and of local or anonymous
   * classes.
   */
  static void walk(Node node, Consumer<Node> visitor) {
    visitor.accept(node);
    for (Node child : node.getChildNodes()) {
      if (child instanceof LambdaExpr || child instanceof BodyDeclaration<?>) continue;
      walk(child, visitor);
    }
  }

  /** The nodes' loops from the outermost in, up to (not including) {@code limit}. */
  static List<Statement> enclosingLoops(Node node, Node limit) {
    var loops = new ArrayList<Statement>();
    for (Optional<Node> n = node.getParentNode();
        n.isPresent() && n.get() != limit;
        n = n.get().getParentNode()) {
      if (isLoop(n.get())) loops.add(0, (Statement) n.get());
    }
    return loops;
  }
}
