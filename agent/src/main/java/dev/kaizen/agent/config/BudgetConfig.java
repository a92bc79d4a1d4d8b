package dev.kaizen.agent.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The {@code budget:} section: the most a session may spend.
 *
 * @param maxUsd money spent on model calls
 * @param maxTokens tokens spent on model calls
 * @param maxIterations iterations tried
 * @param maxWall wall-clock time of the whole session
 */
public record BudgetConfig(double maxUsd, long maxTokens, int maxIterations, Duration maxWall) {

  public static final BudgetConfig DEFAULT = new BudgetConfig(5, 2_000_000, 20, Duration.ofHours(2));

  public BudgetConfig {
    Objects.requireNonNull(maxWall, "maxWall");
    if (maxUsd < 0) throw new IllegalArgumentException("max-usd must not be negative");
    if (maxTokens < 0) throw new IllegalArgumentException("max-tokens must not be negative");
    if (maxIterations < 1) throw new IllegalArgumentException("max-iterations must be at least 1");
    if (maxWall.isNegative() || maxWall.isZero()) throw new IllegalArgumentException("max-wall must be positive");
  }
}
