package dev.kaizen.agent.heuristic;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import java.util.List;

/**
 * A rewrite rule for tests only, as small as a rule can be: drops an empty statement (a stray
 * {@code ;}) from a block. It shows what a new rule takes — an id, a description, {@code find} and
 * {@code rewrite} — and is registered with {@code RewriteRules.standard().with(new
 * EmptyStatementRule())}. It has no golden cases, on purpose.
 */
final class EmptyStatementRule implements RewriteRule {

  static final String ID = "drop-empty-statement";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Drop an empty statement (a stray `;`) from a block";
  }

  @Override
  public List<Place> find(CompilationUnit unit) {
    return unit.findAll(EmptyStmt.class).stream()
        .filter(
            s ->
                s.getParentNode().filter(p -> p instanceof BlockStmt).isPresent()
                    && s.getBegin().isPresent())
        .map(
            s ->
                new Place(
                    s.getBegin().get().line,
                    s.getBegin().get().column,
                    Members.member(s),
                    "Drop the empty statement",
                    "An empty statement does nothing, so dropping it keeps behaviour.",
                    ";"))
        .toList();
  }

  @Override
  public RewriteResult rewrite(String source, Place place) {
    int at = new SourceText(source).offset(new Position(place.line(), place.column()));
    if (at >= source.length() || source.charAt(at) != ';')
      return RewriteResult.failed("no `;` at " + place.line() + ":" + place.column());
    return RewriteResult.rewritten(source.substring(0, at) + source.substring(at + 1), "");
  }
}
