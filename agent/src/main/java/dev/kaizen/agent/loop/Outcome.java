package dev.kaizen.agent.loop;

import dev.kaizen.evals.Decision;
import dev.kaizen.evals.TreeCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What became of an iteration's proposal: refused before anything ran, or committed (then its
 * exported tree and its check, then the gate's decision).
 *
 * @param fingerprint the change up to formatting and comments, once the checks before the commit
 *     let it through
 * @param alphaSpent the part of the session's α the gate's decision spent; 0 before the gate
 */
record Outcome(
    Optional<String> commit,
    Optional<Decision> decision,
    Optional<Path> tree,
    Optional<TreeCheck> check,
    List<String> reasons,
    Optional<String> fingerprint,
    double alphaSpent) {

  static Outcome refused(String reason) {
    return refused(reason, Optional.empty());
  }

  static Outcome refused(String reason, Optional<String> fingerprint) {
    return new Outcome(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(reason),
        fingerprint,
        0);
  }

  static Outcome committed(String commit, String fingerprint) {
    return new Outcome(
        Optional.of(commit),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.of(fingerprint),
        0);
  }

  Outcome checked(Path tree, TreeCheck check) {
    return new Outcome(
        commit, decision, Optional.of(tree), Optional.of(check), reasons, fingerprint, alphaSpent);
  }

  /** This outcome with the gate's decision, which spent {@code alpha} of the session's α. */
  Outcome decided(Decision d, double alpha) {
    return new Outcome(commit, Optional.of(d), tree, check, d.reasons(), fingerprint, alpha);
  }

  /** The gate's kind of decision; {@code rejected} when it never got to decide. */
  String kind() {
    return decision.map(Decision::kind).orElse("rejected");
  }

  boolean accepted() {
    return decision.filter(d -> d instanceof Decision.Accepted).isPresent();
  }

  /** Committed, but the candidate did not build (no test ran): a proposer may revise it. */
  boolean buildFailed() {
    return check.filter(c -> !c.ok() && c.tests().run() == 0).isPresent();
  }

  /** An accepted candidate another one of its batch beat: its reasons say so first. */
  Outcome notMerged(String why) {
    var all = new ArrayList<String>();
    all.add(why);
    all.addAll(reasons);
    return new Outcome(commit, decision, tree, check, all, fingerprint, alphaSpent);
  }

  /** The estimated improvement, for choosing among accepted candidates. */
  double effect() {
    return decision
        .flatMap(Decision::evidence)
        .map(e -> e.estimate())
        .orElse(Double.NEGATIVE_INFINITY);
  }
}
