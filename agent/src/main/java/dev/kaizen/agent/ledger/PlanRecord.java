package dev.kaizen.agent.ledger;

/**
 * How {@code kaizen improve} was asked to run a session, kept in {@code session.json} so that
 * {@code --resume} runs the rest of it the same way.
 *
 * @param limit the iterations it may try, finished ones included (after {@code
 *     budget.max-iterations})
 * @param batch candidates proposed and judged together per round
 * @param proposeOnly whether its candidates are only proposed, never built or measured
 */
public record PlanRecord(int limit, int batch, boolean proposeOnly) {

  public PlanRecord {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
    if (batch < 1) throw new IllegalArgumentException("batch must be at least 1: " + batch);
  }
}
