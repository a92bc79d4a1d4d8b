package dev.kaizen.agent.trust;

import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One construct a detector found.
 *
 * @param key what is counted: a construct is added when the candidate has more of its key than the
 *     baseline (a renamed field keeps its key, so renaming is not adding)
 * @param construct what is shown
 * @param where the enclosing method, constructor, initializer or field, when there is one
 * @param line where it begins, for ordering
 * @param column where it begins, for ordering
 */
record Occurrence(String key, String construct, Optional<String> where, int line, int column) {

  Occurrence {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(construct, "construct");
    Objects.requireNonNull(where, "where");
  }

  /** An occurrence at {@code node}, counted under its construct. */
  static Occurrence at(Node node, String construct, ParsedSource source) {
    return at(node, construct, construct, source);
  }

  static Occurrence at(Node node, String key, String construct, ParsedSource source) {
    var begin = node.getBegin();
    return new Occurrence(
        key,
        construct,
        source.where(node),
        begin.map(p -> p.line).orElse(0),
        begin.map(p -> p.column).orElse(0));
  }

  /**
   * For each key the candidate has more of than the baseline, the first of its occurrences in
   * {@code after} that the baseline does not have (the same construct in the same place), in the
   * order they appear in {@code after}.
   */
  static List<Occurrence> added(List<Occurrence> before, List<Occurrence> after) {
    var sorted =
        after.stream()
            .sorted(Comparator.comparingInt(Occurrence::line).thenComparingInt(Occurrence::column))
            .toList();
    Map<String, Long> countBefore = count(before, Occurrence::key);
    Map<String, Long> countAfter = count(sorted, Occurrence::key);
    Map<String, Long> unmatched = new HashMap<>(count(before, Occurrence::place));
    var firstNew = new LinkedHashMap<String, Occurrence>();
    for (Occurrence o : sorted) {
      long left = unmatched.getOrDefault(o.place(), 0L);
      if (left > 0) {
        unmatched.put(o.place(), left - 1);
      } else if (countAfter.get(o.key()) > countBefore.getOrDefault(o.key(), 0L)) {
        firstNew.putIfAbsent(o.key(), o);
      }
    }
    return new ArrayList<>(firstNew.values());
  }

  private String place() {
    return key + "\u0000" + construct + "\u0000" + where.orElse("");
  }

  private static Map<String, Long> count(
      List<Occurrence> occurrences, Function<Occurrence, String> by) {
    var counts = new HashMap<String, Long>();
    occurrences.forEach(o -> counts.merge(by.apply(o), 1L, Long::sum));
    return counts;
  }
}
