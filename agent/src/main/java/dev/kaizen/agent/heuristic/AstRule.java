package dev.kaizen.agent.heuristic;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The common frame of a rule that finds matches in the AST and rewrites one of them: the rewrite
 * parses the file afresh, prepares it for JavaParser's {@link LexicalPreservingPrinter}, finds the
 * same match again (rules are deterministic), changes the AST, prints it, adds plain-text
 * insertions (for new members and imports, which that printer lays out badly) and checks that the
 * result still parses.
 *
 * @param <M> what the rule found at one place, holding the nodes it needs to rewrite it
 */
abstract class AstRule<M> implements RewriteRule {

  /**
   * Text to insert at an offset of the original file. Each insertion must lie before or after all
   * changes made to the AST, so that the text up to it (or from it on) is the same in the printed
   * file, which is checked.
   */
  record Insertion(int offset, String text) {}

  /**
   * What applying a match did besides changing the AST.
   *
   * @param insertions plain-text insertions
   * @param rewrittenCode what to show as the new code; empty to show the changed lines
   */
  record Edit(List<Insertion> insertions, Optional<String> rewrittenCode) {}

  /** Everything the rule applies to in the unit, in source order. Must not change the unit. */
  abstract List<M> matches(CompilationUnit unit);

  abstract Place place(M match);

  /** Changes the AST (prepared for the lexical-preserving printer) for one match. */
  abstract Edit apply(M match, SourceText source);

  @Override
  public final List<Place> find(CompilationUnit unit) {
    return matches(unit).stream().map(this::place).toList();
  }

  @Override
  public final RewriteResult rewrite(String source, Place place) {
    Optional<CompilationUnit> parsed = Parsing.parse(source);
    if (parsed.isEmpty()) return RewriteResult.failed("the file does not parse");
    CompilationUnit unit = parsed.get();
    LexicalPreservingPrinter.setup(unit);
    Optional<M> match = matches(unit).stream().filter(m -> samePlace(place(m), place)).findFirst();
    if (match.isEmpty()) {
      return RewriteResult.failed(
          id() + " does not apply at " + place.member() + ":" + place.line() + " any more");
    }
    Edit edit;
    String printed;
    try {
      edit = apply(match.get(), new SourceText(source));
      printed = LexicalPreservingPrinter.print(unit);
    } catch (RuntimeException e) {
      return RewriteResult.failed("the lexical-preserving printer failed: " + e);
    }
    Optional<String> text = insert(source, printed, edit.insertions());
    if (text.isEmpty()) return RewriteResult.failed("an insertion falls inside the rewritten code");
    Optional<String> problem = Parsing.problem(text.get());
    if (problem.isPresent())
      return RewriteResult.failed("the rewritten file does not parse: " + problem.get());
    return RewriteResult.rewritten(
        text.get(),
        edit.rewrittenCode().orElseGet(() -> SourceText.changedLines(source, text.get())));
  }

  private static boolean samePlace(Place a, Place b) {
    return a.line() == b.line() && a.column() == b.column() && a.member().equals(b.member());
  }

  /**
   * Applies the insertions to the printed text: an insertion whose offset the printed text reaches
   * unchanged stays there; one after all changes moves by the change in length. Empty when an
   * insertion falls inside changed text.
   */
  private static Optional<String> insert(
      String source, String printed, List<Insertion> insertions) {
    int shift = printed.length() - source.length();
    var out = new StringBuilder(printed);
    List<Insertion> backwards =
        insertions.stream().sorted(Comparator.comparingInt(Insertion::offset).reversed()).toList();
    for (Insertion i : backwards) {
      int at;
      if (printed.regionMatches(0, source, 0, i.offset())) {
        at = i.offset();
      } else if (i.offset() + shift >= 0
          && printed.regionMatches(
              i.offset() + shift, source, i.offset(), source.length() - i.offset())) {
        at = i.offset() + shift;
      } else {
        return Optional.empty();
      }
      out.insert(at, i.text());
    }
    return Optional.of(out.toString());
  }
}
