package dev.kaizen.agent.heuristic;

import com.github.javaparser.ast.CompilationUnit;
import java.util.List;

/**
 * One behaviour-preserving rewrite that the offline engine knows how to make.
 *
 * <p>A rule finds every place it applies to in a file, and rewrites one place at a time, leaving
 * the rest of the file byte-identical. A rule must only report places where it can prove from the
 * file alone that the rewrite keeps behaviour; when in doubt it stays silent.
 */
public interface RewriteRule {

  /** A stable id in kebab case, used in proposal keys, the ledger and commit trailers. */
  String id();

  /** What the rule does, in one line. */
  String description();

  /**
   * Every place in {@code unit} where this rule applies, in source order. Must not modify {@code
   * unit}, and must give the same places for the same text every time.
   *
   * @param unit a file parsed with the Java 17 language level
   */
  List<Place> find(CompilationUnit unit);

  /**
   * Rewrites one place.
   *
   * @param source the text of the file {@link #find} was given (parsed from)
   * @param place one of the places {@link #find} reported for it
   * @return the whole new file text, or why the rewrite could not be made (for example because the
   *     result would not parse)
   */
  RewriteResult rewrite(String source, Place place);
}
