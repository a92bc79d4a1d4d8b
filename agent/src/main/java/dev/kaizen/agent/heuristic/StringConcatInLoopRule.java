package dev.kaizen.agent.heuristic;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code string-concat-in-loop}: a local {@code String} built with {@code s += x} (or {@code s = s
 * + x}) in a loop becomes a {@code StringBuilder} around that loop: {@code StringBuilder sBuilder =
 * new StringBuilder(s);} before it, {@code sBuilder.append(x);} in it, {@code s =
 * sBuilder.toString();} after it.
 *
 * <p>It only fires where the result is the same string in every case:
 *
 * <ul>
 *   <li>the variable is a local {@code String} (or a {@code var} initialized with a string literal)
 *       declared in a block that encloses the loop, before it, in the same method or lambda (so not
 *       a field or a parameter; and since the loop assigns it, no lambda or class can capture it);
 *   <li>it is never null: its initializer and every value assigned to it are literals,
 *       concatenations or other never-null strings (so {@code new StringBuilder(s)} cannot throw
 *       where {@code s + x} printed "null");
 *   <li>inside the loop the variable is only appended to, by statements: any other read or write
 *       ({@code s.length()}, passing it, returning it, reading it in the condition, an arm {@code
 *       case 1 -> s += x;} of a switch expression, which yields the new value) rules the loop out;
 *   <li>every appended operand has a static type known not to be {@code char[]} (for which {@code
 *       String + char[]} prints the array's identity but {@code append(char[])} its characters) and
 *       is not the {@code null} literal: literals, concatenations and other operators, locals,
 *       parameters and fields by their declared types, and calls {@link StaticTypes} can resolve;
 *   <li>control leaves the loop only by finishing it or by a {@code break} of it (no {@code
 *       return}, {@code throw}, {@code yield} or jump to an outer label), and the statement after
 *       the loop is reachable;
 *   <li>the loop is not inside the {@code try} block of a try statement that lies within the
 *       variable's scope (an exception caught there would see the variable without the appends made
 *       so far); an append of several operands ({@code s = s + a + b}) is not inside a {@code try}
 *       block within the loop (an exception between two {@code append}s would leave half of it);
 *   <li>the loop (or its label) is a statement of a block, so there is room before and after it;
 *   <li>{@code String} and {@code StringBuilder} mean the {@code java.lang} ones in this file.
 * </ul>
 *
 * <p>With nested loops it wraps the outermost loop in which the variable is only appended to (one
 * builder for the whole computation); when that loop does not qualify it tries the loops inside it.
 */
public final class StringConcatInLoopRule extends AstRule<StringConcatInLoopRule.Match> {

  public static final String ID = "string-concat-in-loop";

  /**
   * One variable built up in one loop.
   *
   * @param variable the local's declaration
   * @param loop the loop statement
   * @param appends the statements in the loop that append to the variable, in source order
   * @param operands for each append, the expressions it appends
   * @param builderName a name free in the whole file for the StringBuilder
   */
  record Match(
      VariableDeclarator variable,
      Statement loop,
      List<ExpressionStmt> appends,
      List<List<Expression>> operands,
      String builderName) {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Build a String with a StringBuilder instead of += in a loop";
  }

  @Override
  List<Match> matches(CompilationUnit unit) {
    if (!StaticTypes.meansJavaLang(unit, "String")
        || !StaticTypes.meansJavaLang(unit, "StringBuilder")) {
      return List.of();
    }
    Set<String> names = Identifiers.all(unit);
    var matches = new ArrayList<Match>();
    for (VariableDeclarator v : unit.findAll(VariableDeclarator.class)) {
      for (Match m : matches(v, names)) {
        matches.add(m);
        names.add(m.builderName());
      }
    }
    matches.sort(Comparator.comparing(m -> m.appends().get(0).getBegin().orElseThrow()));
    return matches;
  }

  private List<Match> matches(VariableDeclarator v, Set<String> names) {
    Optional<BlockStmt> block = declaringBlock(v);
    if (block.isEmpty() || !isNeverNullString(v)) return List.of();
    String name = v.getNameAsString();
    List<Statement> scope = statementsAfter(block.get(), v);
    if (!onlyNeverNullAssigned(name, scope)) return List.of();

    Node boundary = boundary(v);
    var appends = new ArrayList<ExpressionStmt>();
    var operands = new IdentityHashMap<ExpressionStmt, List<Expression>>();
    Set<NameExpr> appendNames = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Statement s : scope) {
      for (ExpressionStmt es : s.findAll(ExpressionStmt.class)) {
        appendOperands(es, name)
            .filter(ops -> boundary(es) == boundary)
            .ifPresent(
                ops -> {
                  appends.add(es);
                  operands.put(es, ops);
                  appendNames.addAll(variableNames((AssignExpr) es.getExpression()));
                });
      }
    }

    List<Statement> loops = new ArrayList<>();
    for (ExpressionStmt es : appends) {
      for (Statement loop : Loops.enclosingLoops(es, block.get())) {
        if (loops.stream().noneMatch(l -> l == loop)) loops.add(loop);
      }
    }
    loops.sort(Comparator.comparing(l -> l.getBegin().orElseThrow()));

    var chosen = new ArrayList<Match>();
    for (Statement loop : loops) {
      if (chosen.stream().anyMatch(m -> m.loop().isAncestorOf(loop))) continue;
      List<ExpressionStmt> inLoop = appends.stream().filter(loop::isAncestorOf).toList();
      if (qualifies(loop, block.get(), name, inLoop, operands, appendNames)) {
        String builder = freshName(name + "Builder", names);
        names.add(builder);
        chosen.add(
            new Match(v, loop, inLoop, inLoop.stream().map(operands::get).toList(), builder));
      }
    }
    return chosen;
  }

  private static boolean qualifies(
      Statement loop,
      BlockStmt declaringBlock,
      String name,
      List<ExpressionStmt> appends,
      IdentityHashMap<ExpressionStmt, List<Expression>> operands,
      Set<NameExpr> appendNames) {
    Statement wrapper = Loops.wrapper(loop);
    if (!(wrapper.getParentNode().orElse(null) instanceof BlockStmt)) return false;
    List<NameExpr> uses = loop.findAll(NameExpr.class, n -> n.getNameAsString().equals(name));
    if (uses.stream().anyMatch(n -> !appendNames.contains(n))) {
      return false;
    }
    for (ExpressionStmt append : appends) {
      List<Expression> ops = operands.get(append);
      if (!ops.stream().allMatch(StringConcatInLoopRule::isSafeOperand)) return false;
      if (ops.size() > 1 && insideTryBlock(append, loop)) return false;
    }
    if (insideTryBlock(wrapper, declaringBlock)) return false;
    return Loops.abruptExit(loop).isEmpty() && Loops.canCompleteNormally(loop);
  }

  /** Whether a node lies in the try block (or resources) of a try statement below {@code limit}. */
  private static boolean insideTryBlock(Node node, Node limit) {
    Node child = node;
    for (Optional<Node> n = node.getParentNode();
        n.isPresent() && n.get() != limit;
        n = n.get().getParentNode()) {
      if (n.get() instanceof LambdaExpr || n.get() instanceof BodyDeclaration<?>) return false;
      Node inside = child;
      if (n.get() instanceof TryStmt t
          && (inside == t.getTryBlock() || t.getResources().stream().anyMatch(r -> r == inside))) {
        return true;
      }
      child = n.get();
    }
    return false;
  }

  /**
   * The variable's own names in an append: the target, and for {@code s = s + x} the left-most
   * operand.
   */
  private static List<NameExpr> variableNames(AssignExpr append) {
    var names = new ArrayList<NameExpr>();
    names.add((NameExpr) append.getTarget());
    Expression e = append.getValue();
    if (append.getOperator() == AssignExpr.Operator.ASSIGN) {
      while (e instanceof BinaryExpr b) e = b.getLeft();
      names.add((NameExpr) e);
    }
    return names;
  }

  /**
   * What an append statement ({@code s += x;} or {@code s = s + a + b;}) appends, if it is one. An
   * arm of a switch expression ({@code case 1 -> s += x;}) is not: it yields the new string.
   */
  private static Optional<List<Expression>> appendOperands(ExpressionStmt statement, String name) {
    if (statement.getParentNode().orElse(null) instanceof SwitchEntry entry
        && entry.getType() == SwitchEntry.Type.EXPRESSION
        && entry.getParentNode().orElse(null) instanceof SwitchExpr) {
      return Optional.empty();
    }
    if (!(statement.getExpression() instanceof AssignExpr a)
        || !(a.getTarget() instanceof NameExpr target)
        || !target.getNameAsString().equals(name)) {
      return Optional.empty();
    }
    if (a.getOperator() == AssignExpr.Operator.PLUS) return Optional.of(List.of(a.getValue()));
    if (a.getOperator() != AssignExpr.Operator.ASSIGN) return Optional.empty();
    var operands = new ArrayList<Expression>();
    Expression e = a.getValue();
    while (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      operands.add(0, b.getRight());
      e = b.getLeft();
    }
    boolean leftmostIsVariable = e instanceof NameExpr n && n.getNameAsString().equals(name);
    return leftmostIsVariable && !operands.isEmpty() ? Optional.of(operands) : Optional.empty();
  }

  /**
   * Whether {@code StringBuilder.append(e)} appends what {@code s + e} would: e's static type is
   * known and is not {@code char[]}, and e is not the {@code null} literal (which would not even
   * compile as an argument of {@code append}).
   */
  static boolean isSafeOperand(Expression e) {
    Expression inner = unwrap(e);
    if (inner instanceof BinaryExpr) return true;
    return StaticTypes.typeOf(inner)
        .filter(t -> !t.equals("char[]") && !t.equals("var"))
        .isPresent();
  }

  private static Expression unwrap(Expression e) {
    return e instanceof EnclosedExpr en ? unwrap(en.getInner()) : e;
  }

  /**
   * The block whose statement declares the variable, if it is a plain local variable declaration.
   */
  private static Optional<BlockStmt> declaringBlock(VariableDeclarator v) {
    if (v.getParentNode().orElse(null) instanceof VariableDeclarationExpr d
        && d.getParentNode().orElse(null) instanceof ExpressionStmt s
        && s.getParentNode().orElse(null) instanceof BlockStmt b) {
      return Optional.of(b);
    }
    return Optional.empty();
  }

  private static boolean isNeverNullString(VariableDeclarator v) {
    Optional<Expression> init = v.getInitializer();
    if (init.isEmpty()) return false;
    String type = StaticTypes.normalize(v.getType());
    if (type.equals("var")) {
      return init.get() instanceof StringLiteralExpr || init.get() instanceof TextBlockLiteralExpr;
    }
    return type.equals("String") && StaticTypes.neverNullString(init.get());
  }

  /** Whether every assignment to the variable gives it a never-null value. */
  private static boolean onlyNeverNullAssigned(String name, List<Statement> scope) {
    for (Statement s : scope) {
      for (AssignExpr a : s.findAll(AssignExpr.class, a -> isVariable(a.getTarget(), name))) {
        boolean neverNull =
            a.getOperator() == AssignExpr.Operator.PLUS
                || (a.getOperator() == AssignExpr.Operator.ASSIGN
                    && StaticTypes.neverNullString(a.getValue()));
        if (!neverNull) return false;
      }
    }
    return true;
  }

  private static boolean isVariable(Expression e, String name) {
    return e instanceof NameExpr n && n.getNameAsString().equals(name);
  }

  private static List<Statement> statementsAfter(BlockStmt block, VariableDeclarator v) {
    NodeList<Statement> statements = block.getStatements();
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).isAncestorOf(v)) return statements.subList(i + 1, statements.size());
    }
    return List.of();
  }

  /** The method, initializer or lambda whose code a node is part of. */
  private static Node boundary(Node node) {
    for (Optional<Node> n = node.getParentNode(); n.isPresent(); n = n.get().getParentNode()) {
      if (n.get() instanceof LambdaExpr || n.get() instanceof BodyDeclaration<?>) return n.get();
    }
    return node;
  }

  private static String freshName(String base, Set<String> taken) {
    String name = base;
    for (int i = 2; taken.contains(name); i++) name = base + i;
    return name;
  }

  @Override
  Place place(Match m) {
    ExpressionStmt first = m.appends().get(0);
    String name = m.variable().getNameAsString();
    AssignExpr a = (AssignExpr) first.getExpression();
    String shown =
        a.getOperator() == AssignExpr.Operator.PLUS ? name + " +=" : name + " = " + name + " +";
    String rationale =
        "Each `"
            + shown
            + " …` copies the whole string built so far, so the loop takes time "
            + "quadratic in the length of the result, while StringBuilder.append takes amortized constant time. `"
            + name
            + "` is a local String that is never null and that the loop only appends to, so it ends up "
            + "with the same value.";
    var begin = first.getBegin().orElseThrow();
    return new Place(
        begin.line,
        begin.column,
        Members.member(first),
        "Use a StringBuilder for `" + shown + "`",
        rationale,
        SourceText.code(Loops.wrapper(m.loop())));
  }

  @Override
  Edit apply(Match m, SourceText source) {
    String name = m.variable().getNameAsString();
    String builder = m.builderName();
    for (int i = 0; i < m.appends().size(); i++) {
      Expression call = new NameExpr(builder);
      for (Expression operand : m.operands().get(i)) {
        call = new MethodCallExpr(call, "append", new NodeList<>(unwrap(operand)));
      }
      m.appends().get(i).setExpression(call);
    }
    String declaration = "StringBuilder " + builder + " = new StringBuilder(" + name + ");";
    String assignment = name + " = " + builder + ".toString();";
    return new Edit(
        Insertions.around(Loops.wrapper(m.loop()), declaration, assignment, source),
        Optional.empty());
  }
}
