package dev.kaizen.evals;

/** Hears about long eval work as it happens, to show progress. Every method may be ignored. */
public interface EvalListener {

  EvalListener NONE = new EvalListener() {};

  /** A step started: "building candidate", "testing baseline". */
  default void step(String message) {}

  /** A pair was measured. */
  default void pairMeasured(int done, int planned) {}
}
