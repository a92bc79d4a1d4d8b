package dev.kaizen.agent.ledger;

import dev.kaizen.evals.TreeCheck;
import java.util.List;

/**
 * A tree's build and tests as the ledger keeps them: {@code baseline} and {@code candidate} of
 * {@code scorecard.json}, and the body of {@code eval --json}.
 *
 * @param ok whether it built and every test passed
 * @param problem why not, one line; null when {@code ok}
 * @param tests its test results
 * @param runs every command run, in order
 */
public record CheckRecord(boolean ok, String problem, TestsRecord tests, List<RunRecord> runs) {

  public CheckRecord {
    runs = runs == null ? List.of() : List.copyOf(runs);
  }

  /** The record of a tree's check. */
  public static CheckRecord of(TreeCheck c) {
    return new CheckRecord(
        c.ok(),
        c.problem().orElse(null),
        TestsRecord.of(c.tests()),
        c.logs().stream().map(RunRecord::of).toList());
  }
}
