package dev.kaizen.agent.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.publish.MetricRow;
import dev.kaizen.agent.publish.SessionEvidence;
import dev.kaizen.evals.Decision;
import dev.kaizen.evals.Direction;
import dev.kaizen.evals.Evidence;
import dev.kaizen.evals.Measurement;
import dev.kaizen.evals.MetricComparison;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.PairSample;
import dev.kaizen.evals.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence as the ledger writes it: each metric's interval and p, as the gate computed them once. */
class ViewsTest {

  @TempDir Path workspace;

  static final List<MetricSpec> SPECS = List.of(
      new MetricSpec("ms_per_op", Direction.LOWER, Role.TARGET),
      new MetricSpec("ops_per_s", Direction.HIGHER, Role.TARGET),
      new MetricSpec("heap_mb", Direction.LOWER, Role.GUARD));

  /**
   * 30 pairs in an unbalanced order, 3 of them failed (on either side): the gate drops those and the
   * latest pairs of the order in excess.
   */
  static List<PairSample> samples() {
    var random = new SplittableRandom(7);
    var samples = new ArrayList<PairSample>();
    for (int i = 0; i < 30; i++) {
      boolean baselineFirst = i % 3 != 0;
      Measurement baseline = measured(random, 40, 2000, 180);
      Measurement candidate = i == 4 || i == 17 ? failed() : measured(random, 39, 2050, 181);
      if (i == 22) baseline = failed();
      double d = baseline.ok() && candidate.ok()
          ? (Math.log(baseline.metrics().get("ms_per_op") / candidate.metrics().get("ms_per_op"))
              - Math.log(baseline.metrics().get("ops_per_s") / candidate.metrics().get("ops_per_s"))) / 2
          : Double.NaN;
      samples.add(new PairSample(i, baselineFirst, baseline, candidate, d));
    }
    return samples;
  }

  private static Measurement measured(SplittableRandom random, double ms, double ops, double heap) {
    var metrics = new LinkedHashMap<String, Double>();
    metrics.put("ms_per_op", ms * (1 + 0.02 * random.nextGaussian()));
    metrics.put("ops_per_s", ops * (1 + 0.02 * random.nextGaussian()));
    metrics.put("heap_mb", heap + random.nextInt(3));
    return new Measurement(metrics, SPECS, Map.of(), Duration.ofMillis(1500), OptionalLong.empty(), Optional.empty(), List.of());
  }

  private static Measurement failed() {
    return new Measurement(Map.of(), List.of(), Map.of(), Duration.ofMillis(100), OptionalLong.empty(), Optional.of("exit 1"),
        List.of());
  }

  static Evidence evidence(List<PairSample> samples) {
    List<PairSample> usable = PairSample.usable(samples);
    List<MetricComparison> metrics = SPECS.stream().map(m -> MetricComparison.of(m, usable)).toList();
    return new Evidence(usable.size(), 0.01, "min-effect", 0.02, 0.01, 0.03, 0.95, 0.001, metrics, List.of(), samples);
  }

  @Test
  void each_metric_holds_its_interval_and_p_after_the_keys_it_had() {
    Evidence e = evidence(samples());

    @SuppressWarnings("unchecked")
    var metrics = (List<Map<String, Object>>) Views.evidence(e).get("metrics");

    assertThat(metrics).hasSize(3);
    for (int i = 0; i < metrics.size(); i++) {
      MetricComparison c = e.metrics().get(i);
      assertThat(metrics.get(i)).as(c.name()).containsExactly(
          Map.entry("name", c.name()), Map.entry("role", c.role().id()), Map.entry("better", c.better().id()),
          Map.entry("baseline", c.baselineMedian()), Map.entry("candidate", c.candidateMedian()),
          Map.entry("improvement", c.improvement()), Map.entry("ciLow", c.ciLow()), Map.entry("ciHigh", c.ciHigh()),
          Map.entry("p", c.p()));
    }
  }

  @Test
  void an_interval_that_cannot_be_computed_is_written_as_null() {
    var c = new MetricComparison("ms_per_op", Role.TARGET, Direction.LOWER, 1, 1, 0, Double.NaN, Double.NaN, Double.NaN);
    var e = new Evidence(0, 0.01, "min-effect", Double.NaN, Double.NaN, Double.NaN, 0.95, Double.NaN, List.of(c), List.of(),
        List.of());

    @SuppressWarnings("unchecked")
    var metric = ((List<Map<String, Object>>) Views.evidence(e).get("metrics")).get(0);

    assertThat(metric).containsEntry("ciLow", null).containsEntry("ciHigh", null).containsEntry("p", null);
  }

  @Test
  void the_gates_per_metric_numbers_equal_what_a_pull_request_computes_from_the_recorded_pairs() {
    List<PairSample> samples = samples();
    Evidence e = evidence(samples);
    assertThat(PairSample.usable(samples)).as("failed pairs and the excess order are dropped").hasSize(20);
    SessionLog log = new Ledger(workspace).start(new SessionRecord("s1", "/repo", "abc", "kaizen/s1", null, "heuristic", "goal",
        Map.of("source", "test"), "2026-11-27T04:00:00Z", null, "running", null, 0, 0, "abc"));
    var decision = new Decision.Accepted(List.of("better"), Optional.empty(), Optional.of(e));
    log.writeArtifact(1, "decision.json", Json.pretty(Views.decision(decision)));
    log.writeArtifact(1, "scorecard.json", Json.pretty(Map.of("samples", Views.samples(samples))));
    log.append(new IterationRecord("s1/1", 1, "t0", "t1", "heuristic", "rule", "key1", "summary 1", null, 0, 0, "abc", "def1",
        "accepted", "better", List.of("better"), 0.02, 0.01, 0.03, 0.001, e.pairs(), 12, 0));

    List<MetricRow> rows = SessionEvidence.read(log).detail(1).metrics();

    assertThat(rows).hasSize(3);
    for (int i = 0; i < rows.size(); i++) {
      MetricComparison c = e.metrics().get(i);
      MetricRow row = rows.get(i);
      assertThat(Double.isFinite(c.ciLow()) && Double.isFinite(c.ciHigh()) && Double.isFinite(c.p())).as(c.name()).isTrue();
      assertThat(row.ciLow()).as(c.name() + " ciLow").isEqualTo(c.ciLow());
      assertThat(row.ciHigh()).as(c.name() + " ciHigh").isEqualTo(c.ciHigh());
      assertThat(row.p()).as(c.name() + " p").isEqualTo(c.p());
    }
  }
}
