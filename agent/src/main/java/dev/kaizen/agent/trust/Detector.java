package dev.kaizen.agent.trust;

import java.util.List;

/** Finds the constructs of one {@link HackPattern} in a parsed source. */
@FunctionalInterface
interface Detector {

  /** Every occurrence, in no particular order; {@link HackCheck} compares the two sides' counts. */
  List<Occurrence> find(ParsedSource source);
}
