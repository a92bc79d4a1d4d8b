package dev.kaizen.agent.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds where lines a model quoted are in a file: exactly first, then ignoring trailing white space
 * and a uniform difference of leading indentation (tabs written as spaces included). When the model
 * says where to look ({@code expected}), the match nearest to it within {@link #MAX_OFFSET} lines
 * wins over others.
 */
final class Locator {

  /** How far from the expected line a match is taken in preference to others. */
  static final int MAX_OFFSET = 30;

  /** Where quoted lines are, or why they are not anywhere in particular. */
  sealed interface Location {}

  /**
   * Found once.
   *
   * @param start 0-based first line
   * @param indentation how to indent the model's new lines like the file's
   */
  record Found(int start, Indentation indentation) implements Location {}

  /** Found at several places, none preferred. @param lines the 1-based first lines */
  record Ambiguous(List<Integer> lines) implements Location {}

  /** Found nowhere. @param nearest the closest lines, when any come close */
  record Missing(Optional<NearestLines> nearest) implements Location {}

  private Locator() {}

  /** Locates non-empty {@code wanted} lines in {@code file}. */
  static Location locate(List<String> file, List<String> wanted, OptionalInt expected) {
    if (wanted.isEmpty()) throw new IllegalArgumentException("nothing to locate");
    List<Found> matches = exact(file, wanted);
    if (matches.isEmpty()) matches = loose(file, wanted);
    if (matches.size() == 1) return matches.get(0);
    if (matches.isEmpty()) return new Missing(Similarity.nearest(file, wanted));
    Optional<Found> preferred = nearestTo(matches, expected);
    if (preferred.isPresent()) return preferred.get();
    return new Ambiguous(matches.stream().map(m -> m.start() + 1).toList());
  }

  private static List<Found> exact(List<String> file, List<String> wanted) {
    var found = new ArrayList<Found>();
    for (int i = 0; i + wanted.size() <= file.size(); i++) {
      if (file.subList(i, i + wanted.size()).equals(wanted))
        found.add(new Found(i, Indentation.NONE));
    }
    return found;
  }

  /** Matches of the first style of white space that matches anywhere. */
  private static List<Found> loose(List<String> file, List<String> wanted) {
    if (wanted.stream().allMatch(String::isBlank)) return List.of();
    for (Indentation.Style style : Indentation.Style.ALL) {
      var found = new ArrayList<Found>();
      for (int i = 0; i + wanted.size() <= file.size(); i++) {
        Optional<Indentation> shift = looseAt(file, wanted, i, style);
        if (shift.isPresent()) found.add(new Found(i, shift.get()));
      }
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  private static Optional<Indentation> looseAt(
      List<String> file, List<String> wanted, int start, Indentation.Style style) {
    Indentation shift = null;
    for (int j = 0; j < wanted.size(); j++) {
      String f = file.get(start + j);
      String w = wanted.get(j);
      if (f.isBlank() || w.isBlank()) {
        if (f.isBlank() != w.isBlank()) return Optional.empty();
        continue;
      }
      Optional<Indentation> here = Indentation.between(style, f, w);
      if (here.isEmpty() || (shift != null && !shift.equals(here.get()))) return Optional.empty();
      shift = here.get();
    }
    return Optional.of(shift);
  }

  private static Optional<Found> nearestTo(List<Found> matches, OptionalInt expected) {
    if (expected.isEmpty()) return Optional.empty();
    int best = Integer.MAX_VALUE;
    Found bestMatch = null;
    boolean tie = false;
    for (Found m : matches) {
      int distance = Math.abs(m.start() - expected.getAsInt());
      if (distance < best) {
        best = distance;
        bestMatch = m;
        tie = false;
      } else if (distance == best) {
        tie = true;
      }
    }
    return best <= MAX_OFFSET && !tie ? Optional.of(bestMatch) : Optional.empty();
  }
}
