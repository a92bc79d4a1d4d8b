package dev.kaizen.agent.api;

import dev.kaizen.evals.Decision;
import java.util.Objects;

/**
 * The gate's decision on a candidate against a trusted base.
 *
 * @param base the base commit, whose configuration judged
 * @param candidate the candidate commit
 * @param config where the configuration came from
 * @param sandbox the sandbox backend that measured, or {@code none} when the candidate was refused
 *     before anything ran
 * @param decision what the gate decided, with its reasons and numbers
 */
public record GateResult(
    String base, String candidate, String config, String sandbox, Decision decision) {

  public GateResult {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(sandbox, "sandbox");
    Objects.requireNonNull(decision, "decision");
  }
}
