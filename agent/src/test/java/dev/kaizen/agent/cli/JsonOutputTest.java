package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.CheckRecord;
import dev.kaizen.agent.ledger.DecisionRecord;
import dev.kaizen.agent.ledger.EvidenceRecord;
import dev.kaizen.agent.ledger.MeasurementRecord;
import dev.kaizen.agent.ledger.PairRecord;
import dev.kaizen.agent.ledger.TestsRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code gate --json} and {@code eval --json}: the ledger's records after the command's own keys,
 * in the order they always had.
 */
class JsonOutputTest {

  private static final TestsRecord TESTS = new TestsRecord(2, 0, 0, 0, List.of());

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(Object value) {
    return Json.read(Json.pretty(value), Map.class);
  }

  @Test
  void gate_json_holds_the_decisions_keys_between_the_commits_and_the_pairs() {
    var metric =
        new EvidenceRecord.Metric(
            "ms_per_op", "target", "lower", 41.3, 40.1, 0.03, 0.01, 0.05, 0.0002);
    var evidence =
        new EvidenceRecord(
            12,
            0.01,
            "min-effect",
            0.031,
            0.019,
            0.043,
            0.95,
            0.0005,
            List.of(metric),
            true,
            List.of());
    var decision = new DecisionRecord("accepted", null, List.of("better by 3.1%"), evidence, TESTS);
    var measurement =
        new MeasurementRecord(Map.of("ms_per_op", 41.3), null, 1500, null, null, List.of());
    var pair = new PairRecord(0, "AB", measurement, measurement, 0.0);

    Map<String, Object> out =
        json(new GateJson("abc", "def", "kaizen.yml at abc", "docker", decision, List.of(pair)));

    assertThat(out.keySet())
        .containsExactly(
            "base",
            "candidate",
            "config",
            "sandbox",
            "decision",
            "reason",
            "reasons",
            "pairs",
            "threshold",
            "thresholdSource",
            "estimate",
            "ciLow",
            "ciHigh",
            "confidence",
            "p",
            "metrics",
            "steady",
            "steadiness",
            "candidateTests",
            "samples");
    assertThat(
            json(new GateJson(
                    "abc",
                    "def",
                    null,
                    "none",
                    new DecisionRecord("rejected", null, List.of("refused"), null, null),
                    null))
                .keySet())
        .as("nothing measured: no numbers, no pairs")
        .containsExactly("base", "candidate", "sandbox", "decision", "reason", "reasons");
  }

  @Test
  void eval_json_holds_the_checks_keys_then_the_measurement() {
    var check = new CheckRecord(true, null, TESTS, List.of());
    var measurement =
        new MeasurementRecord(
            Map.of("ms_per_op", 41.3),
            Map.of("bench", List.of(1.0, 2.0)),
            1500,
            2048L,
            null,
            List.of());

    assertThat(
            json(new EvalJson("HEAD", "abc", "kaizen.yml at abc", "docker", check, measurement))
                .keySet())
        .containsExactly(
            "rev", "commit", "config", "sandbox", "ok", "tests", "runs", "measurement");
    assertThat(json(new EvalJson("HEAD", "abc", "defaults", "docker", check, null)).keySet())
        .containsExactly("rev", "commit", "config", "sandbox", "ok", "tests", "runs");
  }
}
