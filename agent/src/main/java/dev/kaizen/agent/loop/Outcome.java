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
 */
record Outcome(
    Optional<String> commit,
    Optional<Decision> decision,
    Optional<Path> tree,
    Optional<TreeCheck> check,
    List<String> reasons) {

  static Outcome refused(String reason) {
    return new Outcome(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(reason));
  }

  static Outcome committed(String commit) {
    return new Outcome(
        Optional.of(commit), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  Outcome checked(Path tree, TreeCheck check) {
    return new Outcome(commit, decision, Optional.of(tree), Optional.of(check), reasons);
  }

  Outcome decided(Decision d) {
    return new Outcome(commit, Optional.of(d), tree, check, d.reasons());
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
    return new Outcome(commit, decision, tree, check, all);
  }

  /** The estimated improvement, for choosing among accepted candidates. */
  double effect() {
    return decision
        .flatMap(Decision::evidence)
        .map(e -> e.estimate())
        .orElse(Double.NEGATIVE_INFINITY);
  }
}
