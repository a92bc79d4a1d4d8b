package dev.kaizen.agent.patch;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.comments.Comment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the method a new method replaces (same name, same erased parameter types) and splices the
 * new text in its place, indented like the old one. The splice goes by JavaParser's source ranges,
 * so every byte outside the replaced method (and its comment, when the new method brings its own)
 * stays as it was.
 */
final class MethodSplicer {

  private static final int MAX_NAMES = 12;

  /** The file with one method replaced, or why it could not be. */
  record Replaced(Optional<String> text, String problem) {

    static Replaced failed(String problem) {
      return new Replaced(Optional.empty(), problem);
    }
  }

  private MethodSplicer() {}

  static Replaced replace(String path, String source, MethodCode.NewMethod method) {
    ParseResult<CompilationUnit> parsed = MethodCode.parser().parse(source);
    if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
      return Replaced.failed(JavaSyntax.problem(path, source).orElse(path + " does not parse"));
    }
    List<CallableDeclaration<?>> all = callables(parsed.getResult().get());
    List<CallableDeclaration<?>> sameName =
        all.stream()
            .filter(
                c ->
                    c.getNameAsString().equals(method.name())
                        && (c instanceof ConstructorDeclaration) == method.constructor())
            .toList();
    List<CallableDeclaration<?>> same =
        sameName.stream().filter(c -> MethodCode.signature(c).equals(method.signature())).toList();
    if (same.size() == 1) return splice(path, source, same.get(0), method);
    String kind = method.constructor() ? "constructor" : "method";
    if (same.size() > 1) {
      return Replaced.failed(
          method.signature()
              + " is declared "
              + same.size()
              + " times in "
              + path
              + " (lines "
              + same.stream().map(c -> String.valueOf(line(c))).collect(Collectors.joining(", "))
              + "); use a SEARCH/REPLACE block to change one of them");
    }
    if (sameName.size() == 1) {
      return Replaced.failed(
          "no "
              + kind
              + " "
              + method.signature()
              + " in "
              + path
              + "; it declares "
              + listed(sameName)
              + ": keep its parameter types, or use a SEARCH/REPLACE block to change them");
    }
    if (sameName.size() > 1) {
      return Replaced.failed(
          method.signature()
              + " matches none of the "
              + sameName.size()
              + " overloads in "
              + path
              + ": "
              + listed(sameName)
              + "; keep the parameter types of the one you replace");
    }
    String names =
        all.stream()
            .map(CallableDeclaration::getNameAsString)
            .distinct()
            .limit(MAX_NAMES)
            .collect(Collectors.joining(", "));
    return Replaced.failed(
        "no "
            + kind
            + " named "
            + method.name()
            + " in "
            + path
            + (names.isEmpty() ? "" : "; it declares " + names));
  }

  private static Replaced splice(
      String path, String source, CallableDeclaration<?> old, MethodCode.NewMethod method) {
    var positions = new SourcePositions(source);
    Range range = old.getRange().orElseThrow();
    int start = positions.offset(range.begin);
    if (method.comment()) {
      Optional<Range> comment = old.getComment().flatMap(Comment::getRange);
      if (comment.isPresent()) start = Math.min(start, positions.offset(comment.get().begin));
    }
    int end = positions.offsetAfter(range.end);
    String indent = positions.indentAt(start);
    String eol = TextLines.of(source).eol();
    Indentation.Style style = style(indent, method.rest(), source.substring(start, end));
    var text = new StringBuilder(method.firstLine());
    for (String line : method.rest()) {
      text.append(eol);
      if (!line.isBlank()) text.append(indent).append(style.apply(line));
    }
    String after = source.substring(0, start) + text + source.substring(end);
    Optional<String> problem = JavaSyntax.problem(path, after);
    if (problem.isPresent())
      return Replaced.failed(
          "the file does not parse with " + method.signature() + " replaced: " + problem.get());
    return new Replaced(Optional.of(after), "");
  }

  /** Tabs for the model's spaces (or the other way round) when the file indents the other way. */
  private static Indentation.Style style(String indent, List<String> rest, String oldText) {
    List<String> oldRest =
        code(
            oldText
                .lines()
                .skip(1)
                .map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l.stripLeading())
                .toList());
    List<String> newRest = code(rest);
    boolean fileTabs = indent.contains("\t") || oldRest.stream().anyMatch(l -> l.startsWith("\t"));
    boolean fileSpaces =
        indent.startsWith(" ") || oldRest.stream().anyMatch(l -> l.startsWith(" "));
    boolean modelTabs = newRest.stream().anyMatch(l -> l.startsWith("\t"));
    boolean modelSpaces = newRest.stream().anyMatch(l -> l.startsWith(" "));
    if (fileTabs && !fileSpaces && modelSpaces && !modelTabs)
      return new Indentation.Style(unit(newRest), true);
    if (fileSpaces && !fileTabs && modelTabs && !modelSpaces)
      return new Indentation.Style(unit(oldRest), false);
    return Indentation.Style.KEEP;
  }

  /** The lines that are code: not blank, not the " * " lines of a comment. */
  private static List<String> code(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank() && !l.strip().startsWith("*")).toList();
  }

  /** The smallest indentation by spaces: the indent unit. */
  private static int unit(List<String> lines) {
    int unit =
        lines.stream()
            .filter(l -> l.startsWith(" "))
            .mapToInt(Indentation::leadLength)
            .min()
            .orElse(4);
    return unit >= 2 && unit <= 8 ? unit : 4;
  }

  private static List<CallableDeclaration<?>> callables(CompilationUnit unit) {
    List<CallableDeclaration<?>> all = new ArrayList<>();
    unit.walk(
        Node.TreeTraversal.PREORDER,
        n -> {
          if (n instanceof CallableDeclaration<?> c) all.add(c);
        });
    all.sort(Comparator.comparingInt(MethodSplicer::line));
    return all;
  }

  private static String listed(List<CallableDeclaration<?>> callables) {
    return callables.stream()
        .map(c -> MethodCode.signature(c) + " (line " + line(c) + ")")
        .collect(Collectors.joining(", "));
  }

  private static int line(Node n) {
    return n.getBegin().map(p -> p.line).orElse(0);
  }
}
