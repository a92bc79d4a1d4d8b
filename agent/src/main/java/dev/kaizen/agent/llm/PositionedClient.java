package dev.kaizen.agent.llm;

import dev.kaizen.agent.model.ChatRequest;
import dev.kaizen.agent.model.Exchange;
import dev.kaizen.agent.model.ModelClient;

/**
 * A client whose answer depends on where in the session a request is made, not only on what it
 * asks: a replay answers iteration {@code n}'s round {@code r} with what was answered there.
 */
interface PositionedClient extends ModelClient {

  /**
   * Answers {@code request}, the {@code round}th request (from 1) of iteration {@code iteration}.
   *
   * @throws ReplayClient.Exhausted when there is no answer for that place
   */
  Exchange chat(ChatRequest request, int iteration, int round);
}
