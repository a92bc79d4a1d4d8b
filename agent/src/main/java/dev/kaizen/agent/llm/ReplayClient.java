package dev.kaizen.agent.llm;

import dev.kaizen.agent.ledger.ExchangeRecord;
import dev.kaizen.agent.model.ChatRequest;
import dev.kaizen.agent.model.Exchange;
import dev.kaizen.agent.model.FinishReason;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Answers with a recorded session's answers without any model: {@code kaizen improve --proposer
 * replay --from SESSION}. Iteration {@code n}'s round {@code r} gets the answer recorded for
 * iteration {@code n}'s round {@code r}, so the same answers to the same tree make the same
 * patches. Where a request differs from the recorded one (the gate decided otherwise this time, so
 * the tree or the journal differ), the answer is served all the same and {@link #mismatches()}
 * counts it; where the replay needs an answer the session never got (a repair round it did not
 * need), there is none.
 */
public final class ReplayClient implements PositionedClient {

  /**
   * Thrown when the recording has no answer for a place: the replay has nothing to propose there.
   */
  static final class Exhausted extends RuntimeException {
    Exhausted(String message) {
      super(message, null, false, false);
    }
  }

  private final String session;
  private final List<ExchangeRecord> recorded;
  private int served;
  private int mismatches;

  /**
   * @param session the recorded session's id
   * @param recorded its exchanges, in the order they were made
   */
  public ReplayClient(String session, List<ExchangeRecord> recorded) {
    this.session = Objects.requireNonNull(session, "session");
    this.recorded = List.copyOf(recorded);
  }

  /** A replay answers by place only: see {@link #chat(ChatRequest, int, int)}. */
  @Override
  public Exchange chat(ChatRequest request) {
    throw new UnsupportedOperationException("a replay answers iteration n's round r: say which");
  }

  @Override
  public synchronized Exchange chat(ChatRequest request, int iteration, int round) {
    ExchangeRecord r =
        recorded.stream()
            .filter(e -> e.iteration() == iteration && e.round() == round)
            .findFirst()
            .orElseThrow(
                () ->
                    new Exhausted(
                        "session "
                            + session
                            + " recorded no answer for iteration "
                            + iteration
                            + (round == 1 ? "" : ", round " + round)));
    served++;
    if (!r.requestHash().equals(Requests.hash(request))) mismatches++;
    return new Exchange(
        r.answer(),
        OptionalInt.of((int) r.inputTokens()),
        OptionalInt.of((int) r.outputTokens()),
        finishReason(r.finishReason()),
        Duration.ZERO,
        1,
        provider(),
        r.model(),
        baseUrl());
  }

  /** Recorded answers served so far. */
  public synchronized int served() {
    return served;
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
