package dev.kaizen.agent.cli;

import dev.kaizen.agent.json.JsonInline;
import dev.kaizen.agent.ledger.CheckRecord;
import dev.kaizen.agent.ledger.MeasurementRecord;

/**
 * What {@code eval --json} prints: the revision and settings, the tree's check as a scorecard holds
 * it, and its measurement.
 */
record EvalJson(
    String rev,
    String commit,
    String config,
    String sandbox,
    @JsonInline CheckRecord check,
    MeasurementRecord measurement) {}
