package dev.kaizen.agent.config;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The {@code budget:} section: the most a session may spend. A limit of 0 tokens or 0 dollars
 * allows no model call at all (a session with the offline proposer makes none).
 *
 * @param maxUsd money spent on model calls in the whole session
 * @param maxTokens tokens (prompt and answer) spent on model calls in the whole session
 * @param maxIterations iterations tried
 * @param maxWall wall-clock time of the whole session
 * @param maxUsdPerIteration money one iteration may spend; empty for no cap of its own
 * @param maxTokensPerIteration tokens one iteration may spend; empty for no cap of its own
 */
public record BudgetConfig(
    double maxUsd,
    long maxTokens,
    int maxIterations,
    Duration maxWall,
    OptionalDouble maxUsdPerIteration,
    OptionalLong maxTokensPerIteration) {

  public static final BudgetConfig DEFAULT =
      new BudgetConfig(5, 2_000_000, 20, Duration.ofHours(2));

  public BudgetConfig {
    Objects.requireNonNull(maxWall, "maxWall");
    Objects.requireNonNull(maxUsdPerIteration, "maxUsdPerIteration");
    Objects.requireNonNull(maxTokensPerIteration, "maxTokensPerIteration");
    if (!(maxUsd >= 0) || Double.isInfinite(maxUsd))
      throw new IllegalArgumentException("max-usd must not be negative");
    if (maxTokens < 0) throw new IllegalArgumentException("max-tokens must not be negative");
    if (maxIterations < 1) throw new IllegalArgumentException("max-iterations must be at least 1");
    if (maxWall.isNegative() || maxWall.isZero())
      throw new IllegalArgumentException("max-wall must be positive");
    maxUsdPerIteration.ifPresent(
        v -> {
          if (!(v >= 0) || Double.isInfinite(v))
            throw new IllegalArgumentException("max-usd-per-iteration must not be negative");
        });
    maxTokensPerIteration.ifPresent(
        v -> {
          if (v < 0)
            throw new IllegalArgumentException("max-tokens-per-iteration must not be negative");
        });
  }

  /** A budget without per-iteration caps. */
  public BudgetConfig(double maxUsd, long maxTokens, int maxIterations, Duration maxWall) {
    this(maxUsd, maxTokens, maxIterations, maxWall, OptionalDouble.empty(), OptionalLong.empty());
  }

  public BudgetConfig withMaxUsdPerIteration(double usd) {
    return new BudgetConfig(
        maxUsd, maxTokens, maxIterations, maxWall, OptionalDouble.of(usd), maxTokensPerIteration);
  }

  public BudgetConfig withMaxTokensPerIteration(long tokens) {
    return new BudgetConfig(
        maxUsd, maxTokens, maxIterations, maxWall, maxUsdPerIteration, OptionalLong.of(tokens));
  }
}
