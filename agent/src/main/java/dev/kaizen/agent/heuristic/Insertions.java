package dev.kaizen.agent.heuristic;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where a new member or import goes, as plain text at an offset of the original file, laid out like
 * the code around it (JavaParser's lexical-preserving printer would not indent a member added first
 * in a class, nor keep imports sorted).
 */
final class Insertions {

  private Insertions() {}

  /**
   * A member declaration at the top of a class body: after the members at the top that {@code
   * leading} accepts (on its own line, with their indentation), or else before the first member
   * (and its comment), followed by a blank line.
   */
  static AstRule.Insertion member(
      TypeDeclaration<?> type,
      String declaration,
      SourceText src,
      Predicate<BodyDeclaration<?>> leading) {
    NodeList<BodyDeclaration<?>> members = type.getMembers();
    if (members.isEmpty())
      throw new IllegalStateException(type.getNameAsString() + " has no members to go before");
    String eol = src.eol();
    int k = 0;
    while (k < members.size() && leading.test(members.get(k))) k++;
    if (k > 0) {
      BodyDeclaration<?> last = members.get(k - 1);
      Position begin = start(last);
      Position end = last.getEnd().orElseThrow();
      String rest = src.restOfLine(end).strip();
      if (src.startsLine(begin)
          && (rest.isEmpty() || rest.startsWith("//"))
          && src.hasLine(end.line + 1)) {
        return new AstRule.Insertion(
            src.lineStart(end.line + 1), src.indentOf(begin.line) + declaration + eol);
      }
    }
    Position begin = start(members.get(0));
    if (src.startsLine(begin)) {
      return new AstRule.Insertion(
          src.lineStart(begin.line), src.indentOf(begin.line) + declaration + eol + eol);
    }
    return new AstRule.Insertion(src.offset(begin), declaration + " ");
  }

  /**
   * A single-type import: among the other single-type imports at its sorted place when they are
   * sorted, else after the last of them; after the static imports when there are only those; else
   * after the package declaration; else before the first type.
   */
  static AstRule.Insertion importOf(CompilationUnit unit, String name, SourceText src) {
    String eol = src.eol();
    String line = "import " + name + ";";
    List<ImportDeclaration> imports = unit.getImports();
    List<ImportDeclaration> plain = imports.stream().filter(i -> !i.isStatic()).toList();
    if (!plain.isEmpty()) {
      List<String> names = plain.stream().map(ImportDeclaration::getNameAsString).toList();
      if (names.equals(names.stream().sorted().toList())) {
        for (ImportDeclaration imp : plain) {
          Position begin = imp.getBegin().orElseThrow();
          if (imp.getNameAsString().compareTo(name) > 0 && src.startsLine(begin)) {
            return new AstRule.Insertion(src.lineStart(begin.line), line + eol);
          }
        }
      }
      return new AstRule.Insertion(
          src.offsetAfter(plain.get(plain.size() - 1).getEnd().orElseThrow()), eol + line);
    }
    if (!imports.isEmpty()) {
      Position end = imports.get(imports.size() - 1).getEnd().orElseThrow();
      return new AstRule.Insertion(src.offsetAfter(end), eol + eol + line);
    }
    if (unit.getPackageDeclaration().isPresent()) {
      Position end = unit.getPackageDeclaration().get().getEnd().orElseThrow();
      return new AstRule.Insertion(src.offsetAfter(end), eol + eol + line);
    }
    Position begin = start(unit.getType(0));
    return new AstRule.Insertion(src.lineStart(begin.line), line + eol + eol);
  }

  /**
   * A statement on its own line right before another one, with its indentation, and one on its own
   * line right after it (after a comment that ends its last line, if any). When the statement
   * shares its first or last line with other code, the new ones share it too.
   */
  static List<AstRule.Insertion> around(
      Node statement, String before, String after, SourceText src) {
    String eol = src.eol();
    Position begin = statement.getBegin().orElseThrow();
    Position end = statement.getEnd().orElseThrow();
    String indent = src.indentOf(begin.line);
    AstRule.Insertion first =
        src.startsLine(begin)
            ? new AstRule.Insertion(src.lineStart(begin.line), indent + before + eol)
            : new AstRule.Insertion(src.offset(begin), before + " ");
    String rest = src.restOfLine(end).strip();
    AstRule.Insertion last =
        rest.isEmpty() || rest.startsWith("//")
            ? new AstRule.Insertion(src.lineEnd(end.line), eol + indent + after)
            : new AstRule.Insertion(src.offsetAfter(end), " " + after);
    return List.of(first, last);
  }

  /** Where a node starts, its comment included. */
  private static Position start(Node node) {
    Position begin = node.getBegin().orElseThrow();
    return node.getComment().flatMap(Node::getBegin).filter(c -> c.isBefore(begin)).orElse(begin);
  }
}
