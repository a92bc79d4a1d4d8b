package dev.kaizen.agent.cli;

import dev.kaizen.agent.json.JsonInline;
import dev.kaizen.agent.ledger.DecisionRecord;
import dev.kaizen.agent.ledger.PairRecord;
import java.util.List;

/**
 * What {@code gate --json} prints: the commits and settings compared, the decision as {@code
 * decision.json} holds it, and every pair.
 */
record GateJson(
    String base,
    String candidate,
    String config,
    String sandbox,
    @JsonInline DecisionRecord decision,
    List<PairRecord> samples) {}
