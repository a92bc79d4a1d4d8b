package dev.kaizen.agent.heuristic;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VarType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The static type of an expression, as far as one file tells it for sure, as normalized source text
 * ({@code String}, {@code int}, {@code char[]}, {@code List<String>}); empty when unsure.
 *
 * <p>Known: literals, casts, string concatenation and arithmetic, local variables, parameters and
 * fields (through {@link Scopes}), array elements and lengths, object and array creation, {@code
 * toString()} and {@code hashCode()} of anything, the methods of {@code String} and the static
 * {@code String.valueOf/format/join}, and calls of methods declared in this file (all overloads of
 * that arity must agree, and a return type that is a method type parameter is unknown, since it is
 * inferred at the call). Everything else, including calls on types from other files, is unknown.
 */
final class StaticTypes {

  private static final Set<String> STRING_TO_STRING =
      Set.of(
          "substring",
          "trim",
          "strip",
          "stripLeading",
          "stripTrailing",
          "toUpperCase",
          "toLowerCase",
          "repeat",
          "replace",
          "replaceAll",
          "replaceFirst",
          "concat",
          "formatted",
          "intern",
          "indent",
          "stripIndent",
          "translateEscapes",
          "toString");
  private static final Set<String> STRING_TO_INT =
      Set.of(
          "length",
          "indexOf",
          "lastIndexOf",
          "compareTo",
          "compareToIgnoreCase",
          "codePointAt",
          "codePointBefore",
          "codePointCount",
          "hashCode",
          "offsetByCodePoints");
  private static final Set<String> STRING_TO_BOOLEAN =
      Set.of(
          "isEmpty",
          "isBlank",
          "startsWith",
          "endsWith",
          "contains",
          "equals",
          "equalsIgnoreCase",
          "matches",
          "contentEquals",
          "regionMatches");
  private static final Set<String> STRING_STATICS =
      Set.of("valueOf", "format", "join", "copyValueOf");
  private static final Set<String> BOXES =
      Set.of("Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean", "Character");
  private static final Set<String> BOX_TO_STRING =
      Set.of("toString", "toHexString", "toOctalString", "toBinaryString");
  private static final Set<String> NUMERIC =
      Set.of("byte", "short", "char", "int", "long", "float", "double");
  private static final int MAX_DEPTH = 20;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern JAVA_LANG =
      Pattern.compile("\\bjava\\.lang\\.(?=[A-Z]\\w*\\b(?!\\.))");

  private StaticTypes() {}

  /**
   * Whether the simple name of a {@code java.lang} type means that type in this file: no type of
   * that name is declared in it, and no single-type import brings another one in.
   */
  static boolean meansJavaLang(CompilationUnit unit, String simpleName) {
    for (ImportDeclaration imp : unit.getImports()) {
      if (!imp.isAsterisk()
          && !imp.isStatic()
          && imp.getName().getIdentifier().equals(simpleName)
          && !imp.getNameAsString().equals("java.lang." + simpleName)) {
        return false;
      }
    }
    return unit.findFirst(TypeDeclaration.class, t -> t.getNameAsString().equals(simpleName))
        .isEmpty();
  }

  static Optional<String> typeOf(Expression e) {
    return typeOf(e, 0);
  }

  private static Optional<String> typeOf(Expression e, int depth) {
    if (depth > MAX_DEPTH) return Optional.empty();
    if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr)
      return Optional.of("String");
    if (e instanceof CharLiteralExpr) return Optional.of("char");
    if (e instanceof IntegerLiteralExpr) return Optional.of("int");
    if (e instanceof LongLiteralExpr) return Optional.of("long");
    if (e instanceof DoubleLiteralExpr d) {
      return Optional.of(d.getValue().toLowerCase().endsWith("f") ? "float" : "double");
    }
    if (e instanceof BooleanLiteralExpr || e instanceof InstanceOfExpr)
      return Optional.of("boolean");
    if (e instanceof EnclosedExpr en) return typeOf(en.getInner(), depth + 1);
    if (e instanceof CastExpr c) return Optional.of(normalize(c.getType()));
    if (e instanceof ObjectCreationExpr o) return Optional.of(normalize(o.getType()));
    if (e instanceof ArrayCreationExpr a) {
      return Optional.of(normalize(a.getElementType()) + "[]".repeat(a.getLevels().size()));
    }
    if (e instanceof AssignExpr a) return typeOf(a.getTarget(), depth + 1);
    if (e instanceof BinaryExpr b) return binary(b, depth);
    if (e instanceof UnaryExpr u) {
      if (u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) return Optional.of("boolean");
      return typeOf(u.getExpression(), depth + 1).filter(NUMERIC::contains);
    }
    if (e instanceof ConditionalExpr c) {
      Optional<String> then = typeOf(c.getThenExpr(), depth + 1);
      return then.isPresent() && then.equals(typeOf(c.getElseExpr(), depth + 1))
          ? then
          : Optional.empty();
    }
    if (e instanceof NameExpr n) return variable(n, depth);
    if (e instanceof ArrayAccessExpr a) {
      return typeOf(a.getName(), depth + 1)
          .filter(t -> t.endsWith("[]"))
          .map(t -> t.substring(0, t.length() - 2));
    }
    if (e instanceof FieldAccessExpr f) return fieldAccess(f, depth);
    if (e instanceof MethodCallExpr m) return call(m, depth);
    return Optional.empty();
  }

  private static Optional<String> binary(BinaryExpr b, int depth) {
    switch (b.getOperator()) {
      case EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS, AND, OR:
        return Optional.of("boolean");
      default:
        break;
    }
    Optional<String> left = typeOf(b.getLeft(), depth + 1);
    Optional<String> right = typeOf(b.getRight(), depth + 1);
    if (b.getOperator() == BinaryExpr.Operator.PLUS
        && (left.filter("String"::equals).isPresent()
            || right.filter("String"::equals).isPresent())) {
      return Optional.of("String");
    }
    if (left.isEmpty() || right.isEmpty()) return Optional.empty();
    if (left.get().equals("boolean") && right.get().equals("boolean"))
      return Optional.of("boolean");
    if (!NUMERIC.contains(left.get()) || !NUMERIC.contains(right.get())) return Optional.empty();
    for (String wide : List.of("double", "float", "long")) {
      if (left.get().equals(wide) || right.get().equals(wide)) return Optional.of(wide);
    }
    return Optional.of("int");
  }

  private static Optional<String> variable(NameExpr n, int depth) {
    Optional<Scopes.Declared> declared = Scopes.lookup(n.getNameAsString(), n);
    if (declared.isEmpty() || declared.get().type().isEmpty()) return Optional.empty();
    Type type = declared.get().type().get();
    if (type instanceof VarType)
      return declared.get().initializer().flatMap(i -> typeOf(i, depth + 1));
    return Optional.of(normalize(type));
  }

  private static Optional<String> fieldAccess(FieldAccessExpr f, int depth) {
    if (f.getNameAsString().equals("length")) {
      Optional<String> scope = typeOf(f.getScope(), depth + 1);
      if (scope.filter(t -> t.endsWith("[]")).isPresent()) return Optional.of("int");
    }
    if (f.getScope() instanceof ThisExpr t && t.getTypeName().isEmpty()) {
      Optional<TypeDeclaration<?>> type = enclosingType(f);
      return type.flatMap(td -> td.getFieldByName(f.getNameAsString()))
          .flatMap(
              fd ->
                  fd.getVariables().stream()
                      .filter(v -> v.getNameAsString().equals(f.getNameAsString()))
                      .findFirst())
          .map(v -> v.getType())
          .filter(t2 -> !(t2 instanceof VarType))
          .map(StaticTypes::normalize);
    }
    return Optional.empty();
  }

  private static Optional<String> call(MethodCallExpr m, int depth) {
    String name = m.getNameAsString();
    int arity = m.getArguments().size();
    if (arity == 0 && name.equals("toString")) return Optional.of("String");
    if (arity == 0 && name.equals("hashCode")) return Optional.of("int");
    if (m.getScope().isEmpty()) return declaredMethod(m, name, arity, false);
    Expression scope = m.getScope().get();
    if (scope instanceof ThisExpr t && t.getTypeName().isEmpty())
      return declaredMethod(m, name, arity, true);
    if (scope instanceof NameExpr n && Scopes.lookup(n.getNameAsString(), n).isEmpty()) {
      String typeName = n.getNameAsString();
      Optional<CompilationUnit> unit = m.findCompilationUnit();
      if (unit.isEmpty() || !meansJavaLang(unit.get(), typeName)) return Optional.empty();
      if (typeName.equals("String") && STRING_STATICS.contains(name)) return Optional.of("String");
      if (BOXES.contains(typeName) && BOX_TO_STRING.contains(name)) return Optional.of("String");
      return Optional.empty();
    }
    if (typeOf(scope, depth + 1).filter("String"::equals).isPresent()) {
      if (STRING_TO_STRING.contains(name)) return Optional.of("String");
      if (STRING_TO_INT.contains(name)) return Optional.of("int");
      if (STRING_TO_BOOLEAN.contains(name)) return Optional.of("boolean");
      if (name.equals("charAt")) return Optional.of("char");
      if (name.equals("toCharArray")) return Optional.of("char[]");
      if (name.equals("split")) return Optional.of("String[]");
    }
    return Optional.empty();
  }

  /**
   * The return type of a method of this file called by simple name: looked up in the enclosing
   * types from the innermost out, like javac; unknown when a type on the way may inherit it.
   */
  private static Optional<String> declaredMethod(
      MethodCallExpr call, String name, int arity, boolean innermostOnly) {
    for (Optional<Node> n = call.getParentNode(); n.isPresent(); n = n.get().getParentNode()) {
      NodeList<BodyDeclaration<?>> members;
      boolean mayInherit;
      if (n.get() instanceof TypeDeclaration<?> type) {
        members = type.getMembers();
        mayInherit = Scopes.hasSupertype(type);
      } else if (n.get() instanceof ObjectCreationExpr o
          && o.getAnonymousClassBody().isPresent()
          && o.getAnonymousClassBody().get().stream().anyMatch(b -> b.isAncestorOf(call))) {
        members = o.getAnonymousClassBody().get();
        mayInherit = true;
      } else {
        continue;
      }
      List<MethodDeclaration> named =
          members.stream()
              .filter(b -> b instanceof MethodDeclaration md && md.getNameAsString().equals(name))
              .map(MethodDeclaration.class::cast)
              .toList();
      if (named.isEmpty()) {
        if (mayInherit || innermostOnly) return Optional.empty();
        continue;
      }
      if (named.stream().anyMatch(md -> md.getParameters().stream().anyMatch(p -> p.isVarArgs()))) {
        return Optional.empty();
      }
      List<MethodDeclaration> candidates =
          named.stream().filter(md -> md.getParameters().size() == arity).toList();
      if (candidates.isEmpty() || candidates.stream().anyMatch(StaticTypes::returnsTypeParameter)) {
        return Optional.empty();
      }
      List<String> types =
          candidates.stream().map(md -> normalize(md.getType())).distinct().toList();
      return types.size() == 1 ? Optional.of(types.get(0)) : Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean returnsTypeParameter(MethodDeclaration m) {
    String type = m.getType().getElementType().asString();
    return m.getTypeParameters().stream().anyMatch(p -> p.getNameAsString().equals(type));
  }

  private static Optional<TypeDeclaration<?>> enclosingType(Node node) {
    for (Optional<Node> n = node.getParentNode(); n.isPresent(); n = n.get().getParentNode()) {
      if (n.get() instanceof TypeDeclaration<?> t) return Optional.of(t);
      if (n.get() instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent())
        return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether an expression assigned to a {@code String} variable is never null: string literals,
   * concatenations (a {@code +} that yields a String), object creation, {@code String} methods that
   * return a String, {@code String.valueOf/format/join}, {@code Integer.toString} and the like, and
   * {@code toString()} of a String, StringBuilder or StringBuffer.
   */
  static boolean neverNullString(Expression e) {
    if (e instanceof StringLiteralExpr
        || e instanceof TextBlockLiteralExpr
        || e instanceof ObjectCreationExpr) {
      return true;
    }
    if (e instanceof BinaryExpr b) return b.getOperator() == BinaryExpr.Operator.PLUS;
    if (e instanceof EnclosedExpr en) return neverNullString(en.getInner());
    if (e instanceof CastExpr c) return neverNullString(c.getExpression());
    if (e instanceof ConditionalExpr c)
      return neverNullString(c.getThenExpr()) && neverNullString(c.getElseExpr());
    if (e instanceof MethodCallExpr m && m.getScope().isPresent()) {
      Expression scope = m.getScope().get();
      String name = m.getNameAsString();
      if (scope instanceof NameExpr n && Scopes.lookup(n.getNameAsString(), n).isEmpty()) {
        return typeOf(m).filter("String"::equals).isPresent();
      }
      Optional<String> scopeType = typeOf(scope);
      if (scopeType.filter("String"::equals).isPresent()) return STRING_TO_STRING.contains(name);
      return name.equals("toString")
          && m.getArguments().isEmpty()
          && scopeType
              .filter(t -> t.equals("StringBuilder") || t.equals("StringBuffer"))
              .isPresent();
    }
    return false;
  }

  /** A type as text without spaces, {@code java.lang.} dropped from the names of its types. */
  static String normalize(Type type) {
    if (type instanceof VarType) return "var";
    return JAVA_LANG.matcher(SPACES.matcher(type.asString()).replaceAll("")).replaceAll("");
  }
}
