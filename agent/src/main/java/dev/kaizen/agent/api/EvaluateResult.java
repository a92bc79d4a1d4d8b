package dev.kaizen.agent.api;

import dev.kaizen.evals.Measurement;
import dev.kaizen.evals.TreeCheck;
import java.util.Objects;
import java.util.Optional;

/**
 * The scorecard of one revision: its build and tests, and one run of its metric evals when they
 * passed.
 *
 * @param rev the revision as asked for
 * @param commit the commit it resolved to
 * @param config where the configuration came from
 * @param sandbox the sandbox backend the evals ran in
 * @param check the build and the test evals
 * @param measurement one run of the metric evals; empty when the check failed or none is configured
 */
public record EvaluateResult(
    String rev,
    String commit,
    String config,
    String sandbox,
    TreeCheck check,
    Optional<Measurement> measurement) {

  public EvaluateResult {
    Objects.requireNonNull(rev, "rev");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(sandbox, "sandbox");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(measurement, "measurement");
  }
}
