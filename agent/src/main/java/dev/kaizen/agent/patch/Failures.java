package dev.kaizen.agent.patch;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Wording shared by the reasons edits fail. */
final class Failures {

  private Failures() {}

  /** "3 places: lines 12, 40, 77". */
  static String places(List<Integer> lines) {
    return lines.size()
        + " places: lines "
        + lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** "SEARCH does not match src/A.java; the nearest lines are 12-18 (87% similar)". */
  static String missing(String what, String path, Optional<NearestLines> nearest) {
    return what
        + " does not match "
        + path
        + nearest
            .map(n -> "; the nearest are " + n.where() + " (" + n.percent() + "% similar)")
            .orElse("");
  }
}
