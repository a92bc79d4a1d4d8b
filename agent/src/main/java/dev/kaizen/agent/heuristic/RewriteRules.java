package dev.kaizen.agent.heuristic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The one list of registered {@link RewriteRule rewrite rules}: the offline proposer uses it, and
 * the golden tests check every rule in it (a registered rule without golden cases fails them).
 *
 * <p>A new rule is a class of this package that implements {@link RewriteRule}, one line in {@link
 * #standard()}, and a folder of golden cases under {@code src/test/resources/heuristic/<rule-id>/};
 * nothing outside this package changes. A registry is a value: {@link #with(RewriteRule)} makes a
 * new one and leaves this one as it is.
 */
public final class RewriteRules {

  private final List<RewriteRule> rules;

  private RewriteRules(List<RewriteRule> rules) {
    this.rules = List.copyOf(rules);
    var ids = new HashSet<String>();
    for (RewriteRule rule : this.rules) {
      if (!ids.add(rule.id())) throw new IllegalArgumentException("two rules with id " + rule.id());
    }
  }

  /** The rules of this package, in the order they are tried where two apply on the same spot. */
  public static RewriteRules standard() {
    return new RewriteRules(List.of(new StringConcatInLoopRule(), new PrecompileRegexRule()));
  }

  /**
   * These rules and {@code rule} after them.
   *
   * @throws IllegalArgumentException when a rule with the same id is registered already
   */
  public RewriteRules with(RewriteRule rule) {
    Objects.requireNonNull(rule, "rule");
    var more = new ArrayList<>(rules);
    more.add(rule);
    return new RewriteRules(more);
  }

  /** Every registered rule, in order. */
  public List<RewriteRule> all() {
    return rules;
  }

  @Override
  public String toString() {
    return "RewriteRules" + rules.stream().map(RewriteRule::id).toList();
  }
}
