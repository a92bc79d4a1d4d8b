package dev.kaizen.agent.budget;

import dev.kaizen.agent.BudgetExhaustedException;
import dev.kaizen.agent.Quantities;
import dev.kaizen.agent.config.BudgetConfig;
import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.agent.model.ModelProviders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A session's spending account: the limits of {@code budget:} kept before every model call, not
 * found broken after it.
 *
 * <p>Before each call the caller counts its prompt (system message and every turn, with {@link
 * dev.kaizen.agent.tokens.TokenCounter}) and asks {@link #allowOutputTokens} how many answer tokens
 * the call may use; it sends at most that many as the request's output limit. After the call it
 * tells {@link #record} what the provider reported (or its own counts when the provider reported
 * none). The allowance is chosen so that even the worst case, a prompt as large as the estimate and
 * an answer as long as allowed, keeps every limit in force: {@code max-tokens} and {@code max-usd}
 * for the session, {@code max-tokens-per-iteration} and {@code max-usd-per-iteration} for the
 * current iteration, priced with {@link Prices}. When fewer than {@link #MIN_OUTPUT_TOKENS} answer
 * tokens would be left, or {@code max-wall} has passed, it throws {@link BudgetExhaustedException}
 * (exit 4) with one line naming the limit.
 *
 * <p><b>The prompt estimate has a margin.</b> The count is exact only for OpenAI's GPT-4o and
 * GPT-4.1 families; other providers' tokenizers differ, and every chat format adds a few tokens per
 * message. So a prompt of {@code n} counted tokens is reckoned as {@code ceil(1.1 × n) + 64}
 * ({@link #promptEstimate}). When a provider reports more prompt tokens than that, the factor grows
 * to what was observed (up to 2) for the rest of the session, so a tokenizer that counts more than
 * ours cannot keep slipping past the limits.
 *
 * <p><b>A limit of 0</b> ({@code max-tokens: 0}, {@code max-usd: 0}, or the same per iteration)
 * allows no model call at all: the first call is refused. Sessions with the offline proposer make
 * none and are not affected.
 *
 * <p>Not thread-safe: a budget belongs to one session, whose calls are made one after another.
 */
public final class Budget {

  /** An answer shorter than this is not worth a call: below it the budget counts as exhausted. */
  public static final int MIN_OUTPUT_TOKENS = 256;

  /** The factor the counted prompt is multiplied by, at least. */
  static final double PROMPT_MARGIN = 1.1;

  /** Tokens added to every prompt estimate, for the chat format's framing of its messages. */
  static final int PROMPT_OVERHEAD = 64;

  /** The most the margin factor grows to when providers report more than was counted. */
  static final double MAX_PROMPT_MARGIN = 2.0;

  private final BudgetConfig limits;
  private final Prices prices;
  private final Clock clock;
  private final Instant start;

  private Spend session = Spend.ZERO;
  private Spend iteration = Spend.ZERO;
  private double promptMargin = PROMPT_MARGIN;
  private int lastPromptTokens = -1;

  /**
   * A budget for a session that started at {@code start}.
   *
   * @param limits the configured limits
   * @param prices what the model's tokens cost
   * @param clock the time, for {@code max-wall}
   * @param start when the session started
   */
  public Budget(BudgetConfig limits, Prices prices, Clock clock, Instant start) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.prices = Objects.requireNonNull(prices, "prices");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.start = Objects.requireNonNull(start, "start");
  }

  /**
   * A budget for calls to {@code model}, priced by {@link Prices#resolve}. Prices are looked up
   * only when {@code max-usd} is above 0 (at 0 no call is allowed and the price does not matter).
   *
   * @throws dev.kaizen.agent.config.ConfigException when a money limit is in force and the model's
   *     price is not known
   */
  public static Budget forModel(
      BudgetConfig limits, ModelConfig model, Clock clock, Instant start) {
    return forModel(limits, model, ModelProviders.standard(), clock, start);
  }

  /** A budget for calls to {@code model}, whose list prices come from {@code providers}. */
  public static Budget forModel(
      BudgetConfig limits,
      ModelConfig model,
      ModelProviders providers,
      Clock clock,
      Instant start) {
    Prices prices = limits.maxUsd() > 0 ? Prices.resolve(model, providers) : Prices.ZERO;
    return new Budget(limits, prices, clock, start);
  }

  /** Starts a new iteration: its spend, and the per-iteration limits, start again from zero. */
  public void startIteration() {
    iteration = Spend.ZERO;
  }

  /**
   * How many answer tokens the next call may use: at most {@code wantedOutputTokens}, and no more
   * than keeps every limit in force if the prompt is as large as {@link #promptEstimate} says.
   *
   * @param promptTokens the prompt's counted tokens, without any margin (this adds it)
   * @param wantedOutputTokens the most the caller wants (the model's {@code max-output-tokens})
   * @throws BudgetExhaustedException when {@code max-wall} has passed, or fewer than {@link
   *     #MIN_OUTPUT_TOKENS} (or {@code wantedOutputTokens}, if smaller) answer tokens are left
   *     under some limit; the message names it
   */
  public int allowOutputTokens(int promptTokens, int wantedOutputTokens) {
    if (promptTokens < 0)
      throw new IllegalArgumentException("promptTokens must not be negative: " + promptTokens);
    if (wantedOutputTokens < 1)
      throw new IllegalArgumentException(
          "wantedOutputTokens must be positive: " + wantedOutputTokens);
    Duration elapsed = Duration.between(start, clock.instant());
    if (elapsed.compareTo(limits.maxWall()) >= 0) {
      throw new BudgetExhaustedException(
          "budget.max-wall ("
              + Quantities.formatDuration(limits.maxWall())
              + ") reached: the session has run for "
              + Quantities.formatDuration(elapsed));
    }
    long prompt = promptEstimate(promptTokens);
    int minimum = Math.min(wantedOutputTokens, MIN_OUTPUT_TOKENS);

    List<Cap> caps = new ArrayList<>();
    caps.add(
        tokenCap("budget.max-tokens", "", limits.maxTokens(), session.tokens(), prompt, minimum));
    limits
        .maxTokensPerIteration()
        .ifPresent(
            cap ->
                caps.add(
                    tokenCap(
                        "budget.max-tokens-per-iteration",
                        " in this iteration",
                        cap,
                        iteration.tokens(),
                        prompt,
                        minimum)));
    caps.add(usdCap("budget.max-usd", "", limits.maxUsd(), session.usd(), prompt, minimum));
    limits
        .maxUsdPerIteration()
        .ifPresent(
            cap ->
                caps.add(
                    usdCap(
                        "budget.max-usd-per-iteration",
                        " in this iteration",
                        cap,
                        iteration.usd(),
                        prompt,
                        minimum)));

    Cap tightest = caps.stream().min(Comparator.comparingLong(Cap::outputTokens)).orElseThrow();
    if (tightest.outputTokens() < minimum)
      throw new BudgetExhaustedException(tightest.exhausted().get());
    lastPromptTokens = promptTokens;
    return (int) Math.min(wantedOutputTokens, tightest.outputTokens());
  }

  /**
   * The prompt tokens reckoned for {@code promptTokens} counted ones: {@code ceil(m × n) + 64},
   * where the margin {@code m} is 1.1 or, once a provider reported more, what it reported.
   */
  public long promptEstimate(int promptTokens) {
    // the small subtraction keeps binary fractions from rounding 1.1 × 100 = 110.00000000000001 up
    // to 111
    return (long) Math.ceil(promptMargin * promptTokens - 1e-6) + PROMPT_OVERHEAD;
  }

  /**
   * Adds one answered call to the session and the iteration.
   *
   * @param inputTokens the prompt tokens the provider reported (or the caller's count, when it
   *     reported none)
   * @param outputTokens the answer tokens, likewise
   * @return that call's spend, priced
   */
  public Spend record(long inputTokens, long outputTokens) {
    Spend call = new Spend(inputTokens, outputTokens, prices.cost(inputTokens, outputTokens));
    session = session.plus(call);
    iteration = iteration.plus(call);
    if (lastPromptTokens > 0) {
      double observed = (double) (inputTokens - PROMPT_OVERHEAD) / lastPromptTokens;
      promptMargin = Math.min(MAX_PROMPT_MARGIN, Math.max(promptMargin, observed));
    }
    lastPromptTokens = -1;
    return call;
  }

  /** What the session has spent so far. */
  public Spend session() {
    return session;
  }

  /** What the current iteration has spent so far. */
  public Spend iteration() {
    return iteration;
  }

  /** The prices calls are reckoned at. */
  public Prices prices() {
    return prices;
  }

  /** What one limit leaves for the next answer, and the message if that is too little. */
  private record Cap(long outputTokens, Supplier<String> exhausted) {}

  private static Cap tokenCap(
      String key, String where, long cap, long used, long prompt, int minimum) {
    if (cap == 0) return new Cap(-1, () -> key + " is 0: no model calls are allowed");
    long left = cap - used - prompt;
    return new Cap(
        left,
        () ->
            used >= cap
                ? key + " (" + cap + ") reached" + where + ": " + used + " used"
                : key
                    + " ("
                    + cap
                    + ") would be exceeded"
                    + where
                    + ": "
                    + used
                    + " used, the next call needs up to "
                    + (prompt + minimum)
                    + " (a prompt of up to "
                    + prompt
                    + " and an answer of at least "
                    + minimum
                    + ")");
  }

  private Cap usdCap(String key, String where, double cap, double spent, long prompt, int minimum) {
    if (cap == 0) return new Cap(-1, () -> key + " is $0: no model calls are allowed");
    double left = cap - spent - prices.cost(prompt, 0);
    long tokens;
    if (left < 0) {
      tokens = -1;
    } else if (prices.outputPerMillion() == 0) {
      tokens = Long.MAX_VALUE;
    } else {
      tokens = (long) Math.floor(left / prices.outputPerMillion() * 1_000_000);
    }
    return new Cap(
        tokens,
        () ->
            spent >= cap
                ? key + " (" + dollars(cap) + ") reached" + where + ": " + dollars(spent) + " spent"
                : key
                    + " ("
                    + dollars(cap)
                    + ") would be exceeded"
                    + where
                    + ": "
                    + dollars(spent)
                    + " spent, the next call may cost up to "
                    + dollarsUp(prices.cost(prompt, minimum)));
  }

  /** {@code $4.98}; amounts below a cent with four decimals. */
  static String dollars(double usd) {
    return usd == 0 || usd >= 0.01
        ? String.format(Locale.ROOT, "$%.2f", usd)
        : String.format(Locale.ROOT, "$%.4f", usd);
  }

  /** Like {@link #dollars}, rounded up: for what something may cost at most. */
  private static String dollarsUp(double usd) {
    double epsilon = 1e-9; // so that 0.03 stays 0.03 in spite of binary fractions
    return usd == 0 || usd >= 0.01
        ? dollars(Math.ceil(usd * 100 - epsilon) / 100)
        : dollars(Math.ceil(usd * 10_000 - epsilon) / 10_000);
  }
}
