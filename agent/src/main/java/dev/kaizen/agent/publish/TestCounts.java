package dev.kaizen.agent.publish;

/** A tree's test results, as the ledger records them. */
public record TestCounts(int run, int failures, int errors, int skipped) {

  public int failed() {
    return failures + errors;
  }
}
