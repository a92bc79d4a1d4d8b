package dev.kaizen.agent.heuristic;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code precompile-regex}: a String method that compiles its regex argument on every call
 * ({@code recv.matches(re)}, {@code recv.replaceAll(re, r)}, {@code recv.replaceFirst(re, r)},
 * {@code recv.split(re)}, {@code recv.split(re, limit)}) uses a {@code private static final
 * Pattern} constant instead ({@code NAME.matcher(recv).matches()}, {@code
 * NAME.matcher(recv).replaceAll(r)}, {@code NAME.matcher(recv).replaceFirst(r)}, {@code
 * NAME.split(recv)}, {@code NAME.split(recv, limit)}) — exactly what those String methods do
 * internally, minus the compilation.
 *
 * <p>It only fires where that is the same behaviour and faster:
 *
 * <ul>
 *   <li>the receiver is known to be a {@code String} (a literal, a String local, parameter or
 *       field, a concatenation, a String method, a method of this file declared to return String;
 *       see {@link StaticTypes}), and {@code String} means {@code java.lang.String};
 *   <li>for {@code replaceAll} and {@code replaceFirst}, the replacement has no side effects (a
 *       literal, a variable, {@code this.field}) or the receiver is never null, since the rewrite
 *       calls {@code matcher(recv)} before it evaluates the replacement;
 *   <li>the regex is a string literal, or the name of a {@code static final String} field whose
 *       initializer is a string literal (the constant's literal is copied into {@code
 *       Pattern.compile}, which avoids an illegal forward reference), and it compiles (an invalid
 *       regex must keep failing at the call, not when the class is initialized);
 *   <li>not for a {@code split} whose regex takes String.split's fast path (one character other
 *       than {@code .$|()[{^?*+\}, or a backslash and a character that is not a letter or digit),
 *       which never compiles a Pattern, so precompiling would make it slower;
 *   <li>the constant goes to the nearest enclosing class or record that may declare static fields
 *       on any Java version: a top-level or static nested class or record (local and inner classes
 *       on the way are skipped, provided they have no supertype that could shadow the constant's
 *       name; anonymous classes rule the place out for the same reason). Not in interfaces, whose
 *       fields cannot be private, nor in enums (nor in their inner classes, which would lead to the
 *       enum): an enum's constants are initialized before its other static fields, so an enum
 *       constructor that splits would find the Pattern still null. A static class nested in an
 *       enum or interface is a class of its own and qualifies;
 *   <li>the constant is declared at the top of the class body, after any Pattern constants already
 *       there, so that it is initialized before every other static initializer runs; an identical
 *       {@code static final Pattern} constant that no non-trivial static initializer precedes is
 *       reused. The name is new to the whole file, so nothing shadows it and it shadows nothing;
 *   <li>{@code Pattern} can be made to mean {@code java.util.regex.Pattern}: it is imported already,
 *       or the file neither declares, imports nor uses any other {@code Pattern} (then the import is
 *       added).
 * </ul>
 */
public final class PrecompileRegexRule extends AstRule<PrecompileRegexRule.Match> {

  public static final String ID = "precompile-regex";

  /** The String methods this rule rewrites, with their arity. */
  enum Form {
    MATCHES("matches", 1),
    REPLACE_ALL("replaceAll", 2),
    REPLACE_FIRST("replaceFirst", 2),
    SPLIT("split", 1),
    SPLIT_LIMIT("split", 2);

    final String method;
    final int arity;

    Form(String method, int arity) {
      this.method = method;
      this.arity = arity;
    }

    static Optional<Form> of(MethodCallExpr call) {
      for (Form f : values()) {
        if (f.method.equals(call.getNameAsString()) && f.arity == call.getArguments().size())
          return Optional.of(f);
      }
      return Optional.empty();
    }
  }

  /**
   * One call to rewrite.
   *
   * @param call the String method call
   * @param form which method it is
   * @param regex the regex's value
   * @param literal the regex as a Java string literal, as written in the source
   * @param target the class that gets (or has) the constant
   * @param constant the constant's name
   * @param isNew whether the constant has to be added
   * @param addImport whether {@code java.util.regex.Pattern} has to be imported
   */
  record Match(
      MethodCallExpr call,
      Form form,
      String regex,
      String literal,
      TypeDeclaration<?> target,
      String constant,
      boolean isNew,
      boolean addImport) {}

  /** A regex argument's value, as written, and the String constant it came from. */
  private record Regex(String value, String literal, Optional<String> fromConstant) {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Compile a constant regex once into a static Pattern "
        + "instead of on every String.matches/replaceAll/replaceFirst/split";
  }

  @Override
  List<Match> matches(CompilationUnit unit) {
    if (!StaticTypes.meansJavaLang(unit, "String")) return List.of();
    Optional<Boolean> addImport = PatternConstants.needsImport(unit);
    if (addImport.isEmpty()) return List.of();
    Set<String> names = Identifiers.all(unit);
    Map<TypeDeclaration<?>, Map<String, String>> planned = new IdentityHashMap<>();
    var matches = new ArrayList<Match>();
    List<MethodCallExpr> calls = new ArrayList<>(unit.findAll(MethodCallExpr.class));
    calls.sort(Comparator.comparing(c -> c.getBegin().orElseThrow()));
    for (MethodCallExpr call : calls) {
      Optional<Form> form = Form.of(call);
      if (form.isEmpty() || call.getScope().isEmpty()) continue;
      Optional<Regex> regex = regex(call.getArgument(0), call);
      if (regex.isEmpty() || !Regexes.compiles(regex.get().value())) continue;
      if (call.getNameAsString().equals("split") && Regexes.splitFastPath(regex.get().value()))
        continue;
      if (StaticTypes.typeOf(call.getScope().get()).filter("String"::equals).isEmpty()) continue;
      if (!replacementEvaluatedSafely(call, form.get())) continue;
      Optional<TypeDeclaration<?>> target = PatternConstants.home(call);
      if (target.isEmpty()) continue;
      Optional<String> existing =
          PatternConstants.existing(target.get(), regex.get().value(), call);
      String constant =
          existing.orElseGet(
              () ->
                  planned
                      .computeIfAbsent(target.get(), t -> new HashMap<>())
                      .computeIfAbsent(
                          regex.get().value(),
                          r -> {
                            String name =
                                fresh(
                                    Regexes.constantName(
                                        r, call.getNameAsString(), regex.get().fromConstant()),
                                    names);
                            names.add(name);
                            return name;
                          }));
      matches.add(
          new Match(
              call,
              form.get(),
              regex.get().value(),
              regex.get().literal(),
              target.get(),
              constant,
              existing.isEmpty(),
              addImport.get()));
    }
    return matches;
  }

  /**
   * Whether moving the call does not move a side effect: {@code recv.replaceAll(re, r)} evaluates
   * {@code r} before anything fails on a null {@code recv}, while {@code
   * P.matcher(recv).replaceAll(r)} fails in {@code matcher} first. So the replacement must be free
   * of side effects (a literal, a variable, {@code this.field}) or the receiver never null.
   */
  private static boolean replacementEvaluatedSafely(MethodCallExpr call, Form form) {
    if (form != Form.REPLACE_ALL && form != Form.REPLACE_FIRST) return true;
    return sideEffectFree(call.getArgument(1))
        || StaticTypes.neverNullString(call.getScope().orElseThrow());
  }

  private static boolean sideEffectFree(Expression e) {
    if (e instanceof EnclosedExpr en) return sideEffectFree(en.getInner());
    if (e instanceof FieldAccessExpr f) return f.getScope() instanceof ThisExpr;
    return e instanceof LiteralExpr || e instanceof NameExpr;
  }

  /**
   * The regex, if the argument is a string literal or names a static final String constant with a
   * literal value.
   */
  private static Optional<Regex> regex(Expression argument, MethodCallExpr call) {
    if (argument instanceof StringLiteralExpr s) {
      return JavaStrings.value(s).map(value -> new Regex(value, literal(s), Optional.empty()));
    }
    if (argument instanceof NameExpr n) {
      return Scopes.lookup(n.getNameAsString(), call)
          .filter(d -> d.kind() == Scopes.Kind.FIELD && d.isStatic() && d.isFinal())
          .filter(d -> d.type().map(StaticTypes::normalize).filter("String"::equals).isPresent())
          .flatMap(d -> d.initializer())
          .filter(StringLiteralExpr.class::isInstance)
          .map(StringLiteralExpr.class::cast)
          .flatMap(
              s ->
                  JavaStrings.value(s)
                      .map(
                          value -> new Regex(value, literal(s), Optional.of(n.getNameAsString()))));
    }
    return Optional.empty();
  }

  private static String literal(StringLiteralExpr s) {
    return "\"" + s.getValue() + "\"";
  }

  private static String fresh(String base, Set<String> taken) {
    String name = base;
    for (int i = 2; taken.contains(name); i++) name = base + "_" + i;
    return name;
  }

  @Override
  Place place(Match m) {
    Position begin = m.call().getBegin().orElseThrow();
    String method = m.call().getNameAsString();
    String regex = JavaStrings.display(m.regex());
    String rationale =
        "String."
            + method
            + " compiles the regex `"
            + regex
            + "` into a Pattern on every call; "
            + (m.isNew()
                ? "compiling it once into a new constant `"
                : "the class already has it compiled as `")
            + m.constant()
            + "` saves that work each time. String."
            + method
            + " is implemented with exactly these "
            + "Pattern and Matcher calls, so the results are the same.";
    return new Place(
        begin.line,
        begin.column,
        Members.member(m.call()),
        "Precompile the regex `" + regex + "` of `" + method + "`",
        rationale,
        SourceText.code(m.call()));
  }

  @Override
  Edit apply(Match m, SourceText source) {
    MethodCallExpr call = m.call();
    CompilationUnit unit = call.findCompilationUnit().orElseThrow();
    NodeList<Expression> args = call.getArguments();
    Expression receiver = unwrap(call.getScope().orElseThrow());
    NameExpr constant = new NameExpr(m.constant());
    Expression replacement =
        switch (m.form()) {
          case MATCHES -> new MethodCallExpr(matcher(constant, receiver), "matches");
          case REPLACE_ALL ->
              new MethodCallExpr(
                  matcher(constant, receiver), "replaceAll", new NodeList<>(args.get(1)));
          case REPLACE_FIRST ->
              new MethodCallExpr(
                  matcher(constant, receiver), "replaceFirst", new NodeList<>(args.get(1)));
          case SPLIT -> new MethodCallExpr(constant, "split", new NodeList<>(receiver));
          case SPLIT_LIMIT ->
              new MethodCallExpr(constant, "split", new NodeList<>(receiver, args.get(1)));
        };
    call.replace(replacement);
    var insertions = new ArrayList<Insertion>();
    String field =
        "private static final Pattern " + m.constant() + " = Pattern.compile(" + m.literal() + ");";
    if (m.isNew())
      insertions.add(Insertions.member(m.target(), field, source, this::isLeadingConstant));
    if (m.addImport()) insertions.add(Insertions.importOf(unit, PatternConstants.PATTERN, source));
    String shown = (m.isNew() ? field + "\n\n" : "") + LexicalPreservingPrinter.print(replacement);
    return new Edit(insertions, Optional.of(shown));
  }

  private boolean isLeadingConstant(BodyDeclaration<?> member) {
    return PatternConstants.isPatternConstant(member, Optional.empty());
  }

  private static MethodCallExpr matcher(NameExpr constant, Expression receiver) {
    return new MethodCallExpr(constant, "matcher", new NodeList<>(receiver));
  }

  private static Expression unwrap(Expression e) {
    return e instanceof EnclosedExpr en ? unwrap(en.getInner()) : e;
  }
}
