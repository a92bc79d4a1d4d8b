package dev.kaizen.agent.publish;

import java.util.Objects;

/**
 * One metric of a comparison, as the pull request shows it.
 *
 * @param name the metric
 * @param role {@code target} or {@code guard}
 * @param better {@code lower} or {@code higher}
 * @param baseline the baseline's median over the pairs the gate used
 * @param candidate the candidate's median over those pairs
 * @param change the relative change of the medians, oriented: {@code +0.031} is 3.1% better
 * @param ciLow lower end of the 95% interval of the per-pair change (Hodges–Lehmann), or null when
 *     the pairs were not recorded
 * @param ciHigh its upper end, or null
 * @param p one-sided Wilcoxon signed-rank p that the candidate is better on this metric, or null
 */
public record MetricRow(
    String name,
    String role,
    String better,
    double baseline,
    double candidate,
    double change,
    Double ciLow,
    Double ciHigh,
    Double p) {

  public MetricRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(better, "better");
  }
}
