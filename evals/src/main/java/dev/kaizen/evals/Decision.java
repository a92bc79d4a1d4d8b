package dev.kaizen.evals;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the gate decided about a candidate, with the reasons and the numbers behind them.
 *
 * <p>{@link Accepted}: tests pass and the targets improved significantly by at least τ with no
 * guard regressing. {@link Rejected}: the candidate fails (build, tests, a dropped test count) or
 * is measurably not better. {@link Inconclusive}: the pairs did not settle it either way.
 */
public sealed interface Decision {

  /** Why, one line each, most important first. */
  List<String> reasons();

  /** The candidate's tests, when they ran. */
  Optional<TestReport> candidateTests();

  /** The performance numbers, when pairs were measured. */
  Optional<Evidence> evidence();

  /** {@code accepted}, {@code rejected} or {@code inconclusive}. */
  String kind();

  /** The first reason. */
  default String reason() {
    return reasons().isEmpty() ? kind() : reasons().get(0);
  }

  record Accepted(
      List<String> reasons, Optional<TestReport> candidateTests, Optional<Evidence> evidence)
      implements Decision {
    public Accepted {
      reasons = List.copyOf(reasons);
      Objects.requireNonNull(candidateTests, "candidateTests");
      Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public String kind() {
      return "accepted";
    }
  }

  record Rejected(
      List<String> reasons, Optional<TestReport> candidateTests, Optional<Evidence> evidence)
      implements Decision {
    public Rejected {
      reasons = List.copyOf(reasons);
      Objects.requireNonNull(candidateTests, "candidateTests");
      Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public String kind() {
      return "rejected";
    }
  }

  record Inconclusive(
      List<String> reasons, Optional<TestReport> candidateTests, Optional<Evidence> evidence)
      implements Decision {
    public Inconclusive {
      reasons = List.copyOf(reasons);
      Objects.requireNonNull(candidateTests, "candidateTests");
      Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public String kind() {
      return "inconclusive";
    }
  }
}
