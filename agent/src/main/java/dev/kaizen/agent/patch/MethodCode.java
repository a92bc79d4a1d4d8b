package dev.kaizen.agent.patch;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the methods of a model's code block with JavaParser (Java 17): each method or constructor
 * with its signature and its text (comment included), or why the block is not methods, with
 * JavaParser's line and column in the block.
 */
final class MethodCode {

  private static final String WRAP_OPEN = "class KaizenMethodBlock__ {\n";
  private static final String WRAP_CLOSE = "\n}\n";
  private static final Pattern QUALIFIER = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+");
  private static final int MAX_MESSAGE = 200;

  /**
   * One method of a code block.
   *
   * @param signature {@code name(Type, Type)}, parameter types erased and unqualified
   * @param name the method's (or constructor's) name
   * @param constructor whether it is a constructor
   * @param comment whether it comes with its own comment (which then replaces the old one)
   * @param firstLine its text's first line, without indentation
   * @param rest its text's other lines, indented relative to the first
   */
  record NewMethod(
      String signature,
      String name,
      boolean constructor,
      boolean comment,
      String firstLine,
      List<String> rest) {

    NewMethod {
      rest = List.copyOf(rest);
    }
  }

  /**
   * What a code block holds.
   *
   * @param methods its methods and constructors, in order
   * @param problems one reason per member that is not a method, or why the block does not parse
   */
  record Read(List<NewMethod> methods, List<String> problems) {}

  private MethodCode() {}

  static JavaParser parser() {
    return new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_17));
  }

  static Read read(String code) {
    String wrapped = WRAP_OPEN + code + WRAP_CLOSE;
    ParseResult<CompilationUnit> result = parser().parse(wrapped);
    if (!result.isSuccessful() || result.getResult().isEmpty())
      return new Read(List.of(), List.of(whyNoMembers(code, result)));
    var positions = new SourcePositions(wrapped);
    var methods = new ArrayList<NewMethod>();
    var problems = new ArrayList<String>();
    for (BodyDeclaration<?> member : result.getResult().get().getType(0).getMembers()) {
      if (member instanceof CallableDeclaration<?> c) {
        methods.add(newMethod(c, wrapped, positions));
      } else {
        problems.add(
            "not a method: the code block declares "
                + describe(member)
                + "; send only whole methods");
      }
    }
    if (methods.isEmpty() && problems.isEmpty())
      problems.add("not a method: the code block declares nothing");
    return new Read(methods, problems);
  }

  /** {@code name(Type, Type)} with types erased, unqualified, varargs as arrays. */
  static String signature(CallableDeclaration<?> c) {
    return c.getNameAsString()
        + "("
        + c.getParameters().stream().map(MethodCode::type).collect(Collectors.joining(", "))
        + ")";
  }

  private static NewMethod newMethod(
      CallableDeclaration<?> c, String wrapped, SourcePositions positions) {
    Range range = c.getRange().orElseThrow();
    Optional<Range> comment = c.getComment().flatMap(Comment::getRange);
    int start = positions.offset(range.begin);
    if (comment.isPresent()) start = Math.min(start, positions.offset(comment.get().begin));
    String base = positions.indentAt(start);
    List<String> lines =
        TextLines.of(wrapped.substring(start, positions.offsetAfter(range.end))).contents();
    var rest = new ArrayList<String>();
    for (String line : lines.subList(1, lines.size()))
      rest.add(line.startsWith(base) ? line.substring(base.length()) : line.stripLeading());
    return new NewMethod(
        signature(c),
        c.getNameAsString(),
        c instanceof ConstructorDeclaration,
        comment.isPresent(),
        lines.get(0),
        rest);
  }

  private static String type(Parameter p) {
    String t = eraseTypeArguments(p.getType().asString().replaceAll("\\s+", ""));
    t = QUALIFIER.matcher(t).replaceAll("");
    return p.isVarArgs() ? t + "[]" : t;
  }

  private static String eraseTypeArguments(String type) {
    var out = new StringBuilder();
    int depth = 0;
    for (char ch : type.toCharArray()) {
      if (ch == '<') depth++;
      if (depth == 0) out.append(ch);
      if (ch == '>') depth--;
    }
    return out.toString();
  }

  private static String describe(BodyDeclaration<?> member) {
    if (member instanceof FieldDeclaration f) {
      return "a field "
          + f.getVariables().stream()
              .map(v -> v.getNameAsString())
              .collect(Collectors.joining(", "));
    }
    if (member instanceof ClassOrInterfaceDeclaration t)
      return (t.isInterface() ? "interface " : "class ") + t.getNameAsString();
    if (member instanceof EnumDeclaration t) return "enum " + t.getNameAsString();
    if (member instanceof RecordDeclaration t) return "record " + t.getNameAsString();
    if (member instanceof AnnotationDeclaration t) return "annotation type " + t.getNameAsString();
    if (member instanceof TypeDeclaration<?> t) return "type " + t.getNameAsString();
    if (member instanceof InitializerDeclaration) return "an initializer block";
    return "a " + member.getClass().getSimpleName();
  }

  /** Why a code block that does not parse as class members is not methods. */
  private static String whyNoMembers(String code, ParseResult<CompilationUnit> wrapped) {
    JavaParser parser = parser();
    ParseResult<CompilationUnit> asFile = parser.parse(code);
    if (asFile.isSuccessful()
        && asFile.getResult().map(u -> !u.getTypes().isEmpty()).orElse(false)) {
      return "not a method: the code block is a whole Java file; send only the methods you change, each whole";
    }
    if (parser.parseBlock("{\n" + code + "\n}").isSuccessful()) {
      return "not a method: the code block holds statements; send the whole method, from its signature to its closing brace";
    }
    return "does not parse: " + problem(wrapped);
  }

  /** JavaParser's first problem, with its line and column in the code block (not the wrapper). */
  private static String problem(ParseResult<?> result) {
    if (result.getProblems().isEmpty()) return "unknown problem";
    Problem first = result.getProblem(0);
    String where =
        first
            .getLocation()
            .flatMap(l -> l.getBegin().getRange())
            .map(r -> "line " + Math.max(1, r.begin.line - 1) + ", column " + r.begin.column + ": ")
            .orElse("");
    String message = first.getMessage().strip();
    int nl = message.indexOf('\n');
    if (nl >= 0) message = message.substring(0, nl).strip();
    int choices = message.indexOf(", expected one of");
    if (choices >= 0) message = message.substring(0, choices);
    if (message.length() > MAX_MESSAGE) message = message.substring(0, MAX_MESSAGE) + "…";
    return where + message;
  }
}
