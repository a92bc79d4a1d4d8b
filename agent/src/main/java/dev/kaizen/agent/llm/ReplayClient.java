package dev.kaizen.agent.llm;

import dev.kaizen.agent.model.ChatRequest;
import dev.kaizen.agent.model.Exchange;
import dev.kaizen.agent.model.FinishReason;
import dev.kaizen.agent.model.ModelClient;
import dev.kaizen.agent.propose.ExchangeRecord;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A {@link ModelClient} that answers with a recorded session's answers, in the order they were
 * given, without any model: {@code kaizen improve --proposer replay --from SESSION}. The same
 * answers to the same tree make the same patches; where a request differs from the recorded one
 * (the gate decided otherwise this time, so the tree or the journal differ), the answer is served
 * all the same and {@link #mismatches()} counts it.
 */
public final class ReplayClient implements ModelClient {

  /** Thrown when the recording has no more answers: the replay has nothing more to propose. */
  static final class Exhausted extends RuntimeException {
    Exhausted(String message) {
      super(message, null, false, false);
    }
  }

  private final String session;
  private final List<ExchangeRecord> recorded;
  private int next;
  private int mismatches;

  /**
   * @param session the recorded session's id
   * @param recorded its exchanges, in the order they were made
   */
  public ReplayClient(String session, List<ExchangeRecord> recorded) {
    this.session = Objects.requireNonNull(session, "session");
    this.recorded = List.copyOf(recorded);
  }

  @Override
  public synchronized Exchange chat(ChatRequest request) {
    if (next >= recorded.size()) throw new Exhausted("session " + session + " has no more recorded answers");
    ExchangeRecord r = recorded.get(next++);
    if (!r.requestHash().equals(Requests.hash(request))) mismatches++;
    return new Exchange(r.answer(), OptionalInt.of((int) r.inputTokens()), OptionalInt.of((int) r.outputTokens()),
        finishReason(r.finishReason()), Duration.ZERO, 1, provider(), r.model(), baseUrl());
  }

  /** Recorded answers served so far. */
  public synchronized int served() {
    return next;
  }

  /** Requests so far that differed from the recorded ones. */
  public synchronized int mismatches() {
    return mismatches;
  }

  @Override
  public String provider() {
    return "replay";
  }

  @Override
  public String model() {
    return recorded.isEmpty() ? "none" : recorded.get(0).model();
  }

  @Override
  public String baseUrl() {
    return "replay:" + session;
  }

  private static FinishReason finishReason(String name) {
    try {
      return FinishReason.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return FinishReason.UNKNOWN;
    }
  }
}
