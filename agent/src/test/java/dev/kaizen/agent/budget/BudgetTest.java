package dev.kaizen.agent.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kaizen.agent.BudgetExhaustedException;
import dev.kaizen.agent.config.BudgetConfig;
import dev.kaizen.agent.config.ConfigException;
import dev.kaizen.agent.model.ModelConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetTest {

  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  /** gpt-4.1's list prices: $2 per million prompt tokens, $8 per million answer tokens. */
  private static final Prices GPT_41 = new Prices(2, 8);

  private final MutableClock clock = new MutableClock(START);

  private Budget budget(BudgetConfig limits, Prices prices) {
    return new Budget(limits, prices, clock, START);
  }

  private static BudgetConfig limits(double usd, long tokens) {
    return new BudgetConfig(usd, tokens, 20, Duration.ofHours(2));
  }

  @Test
  void allows_the_wanted_answer_when_every_limit_is_far() {
    Budget budget = budget(BudgetConfig.DEFAULT, GPT_41);

    assertThat(budget.allowOutputTokens(1000, 4096)).isEqualTo(4096);
  }

  @Test
  void reckons_the_prompt_with_a_margin_of_ten_percent_and_64_tokens() {
    Budget budget = budget(limits(5, 10_000), GPT_41);

    assertThat(budget.promptEstimate(0)).isEqualTo(64);
    assertThat(budget.promptEstimate(1000)).isEqualTo(1164);
    assertThat(budget.promptEstimate(1001)).as("rounded up").isEqualTo(1166);
    assertThat(budget.allowOutputTokens(1000, 20_000)).as("10000 - 1164").isEqualTo(8836);
  }

  @Test
  void the_answer_allowance_shrinks_near_the_token_limit() {
    Budget budget = budget(limits(5, 10_000), GPT_41);
    budget.record(7000, 1000);

    assertThat(budget.allowOutputTokens(1000, 4096))
        .as("10000 - 8000 used - 1164 prompt")
        .isEqualTo(836);
  }

  @Test
  void stops_before_a_call_could_exceed_max_tokens() {
    Budget budget = budget(limits(5, 10_000), GPT_41);
    budget.record(9000, 700);

    assertThatThrownBy(() -> budget.allowOutputTokens(100, 4096))
        .isInstanceOf(BudgetExhaustedException.class)
        .hasMessage(
            "budget.max-tokens (10000) would be exceeded: 9700 used, the next call needs up to 430"
                + " (a prompt of up to 174 and an answer of at least 256)");
  }

  @Test
  void says_when_max_tokens_is_already_reached() {
    Budget budget = budget(limits(5, 10_000), GPT_41);
    budget.record(9000, 1100);

    assertThatThrownBy(() -> budget.allowOutputTokens(100, 4096))
        .isInstanceOf(BudgetExhaustedException.class)
        .hasMessage("budget.max-tokens (10000) reached: 10100 used");
    assertThat(new BudgetExhaustedException("x").exitCode()).isEqualTo(4);
  }

  @Test
  void a_small_wanted_answer_is_allowed_as_long_as_it_fits_whole() {
    Budget budget = budget(limits(5, 1000), GPT_41);

    assertThat(budget.allowOutputTokens(500, 100))
        .as("1000 - 614 leaves 386 >= 100")
        .isEqualTo(100);
    budget.record(600, 0);
    assertThatThrownBy(() -> budget.allowOutputTokens(300, 100))
        .hasMessageContaining("an answer of at least 100");
  }

  @Test
  void the_per_iteration_token_cap_stops_the_iteration_and_starts_again_with_the_next() {
    Budget budget = budget(limits(5, 1_000_000).withMaxTokensPerIteration(5000), GPT_41);
    budget.startIteration();
    budget.record(4000, 900);

    assertThatThrownBy(() -> budget.allowOutputTokens(100, 4096))
        .isInstanceOf(BudgetExhaustedException.class)
        .hasMessageStartingWith(
            "budget.max-tokens-per-iteration (5000) would be exceeded in this iteration: 4900 used");

    budget.startIteration();
    assertThat(budget.iteration()).isEqualTo(Spend.ZERO);
    assertThat(budget.session().tokens()).as("the session keeps what was spent").isEqualTo(4900);
    assertThat(budget.allowOutputTokens(100, 4096)).isEqualTo(4096);
    budget.record(4000, 1000);
    assertThatThrownBy(() -> budget.allowOutputTokens(100, 4096))
        .hasMessage("budget.max-tokens-per-iteration (5000) reached in this iteration: 5000 used");
  }

  @Test
  void stops_before_a_call_could_exceed_max_usd() {
    Budget budget = budget(limits(5, 100_000_000), GPT_41);
    Spend spent = budget.record(1_000_000, 372_500);
    assertThat(spent.usd()).isCloseTo(4.98, within(1e-9));

    assertThatThrownBy(() -> budget.allowOutputTokens(10_000, 4096))
        .isInstanceOf(BudgetExhaustedException.class)
        .hasMessage(
            "budget.max-usd ($5.00) would be exceeded: $4.98 spent, the next call may cost up to $0.03");
  }

  @Test
  void the_answer_allowance_keeps_the_worst_case_within_max_usd() {
    Budget budget = budget(limits(1, 100_000_000), GPT_41);
    budget.record(100_000, 50_000); // $0.60

    int allowed = budget.allowOutputTokens(10_000, 1_000_000);
    long prompt = budget.promptEstimate(10_000);

    assertThat(allowed).isLessThan(1_000_000).isGreaterThan(40_000);
    assertThat(0.60 + GPT_41.cost(prompt, allowed))
        .as("worst case of the allowed call")
        .isLessThanOrEqualTo(1.0);
    assertThat(0.60 + GPT_41.cost(prompt, allowed + 1))
        .as("one more answer token would break it")
        .isGreaterThan(1.0 - 1e-9);
  }

  @Test
  void the_per_iteration_money_cap_is_kept_too_and_named() {
    Budget budget = budget(limits(5, 100_000_000).withMaxUsdPerIteration(0.10), GPT_41);
    budget.record(10_000, 9_000); // $0.092

    assertThat(budget.allowOutputTokens(2000, 4096))
        .as("($0.1 - $0.092 - 2264 × $2/M) / $8/M")
        .isEqualTo(434);
    assertThatThrownBy(() -> budget.allowOutputTokens(4000, 4096))
        .isInstanceOf(BudgetExhaustedException.class)
        .hasMessage(
            "budget.max-usd-per-iteration ($0.10) would be exceeded in this iteration: $0.09 spent,"
                + " the next call may cost up to $0.02");
    budget.startIteration();
    assertThat(budget.allowOutputTokens(4000, 4096)).isEqualTo(4096);
  }

  @Test
  void the_tightest_limit_is_the_one_named() {
    Budget budget = budget(limits(5, 10_000).withMaxUsdPerIteration(0.02), GPT_41);
    budget.record(8000, 1800); // $0.0304: over the iteration's $0.02, and 200 tokens left

    assertThatThrownBy(() -> budget.allowOutputTokens(100, 4096))
        .hasMessageStartingWith(
            "budget.max-usd-per-iteration ($0.02) reached in this iteration: $0.03 spent");
  }

  @Test
  void a_local_model_is_limited_by_tokens_only() {
    Budget budget = budget(limits(5, 1_000_000), Prices.ZERO);
    budget.record(900_000, 50_000);

    assertThat(budget.session().usd()).isZero();
    assertThat(budget.allowOutputTokens(10_000, 100_000)).isEqualTo(1_000_000 - 950_000 - 11_064);
  }

  @Test
  void a_limit_of_zero_allows_no_model_call() {
    assertThatThrownBy(() -> budget(limits(5, 0), GPT_41).allowOutputTokens(0, 1))
        .isInstanceOf(BudgetExhaustedException.class)
        .hasMessage("budget.max-tokens is 0: no model calls are allowed");
    assertThatThrownBy(() -> budget(limits(0, 1_000_000), Prices.ZERO).allowOutputTokens(0, 1))
        .as("even a free model")
        .hasMessage("budget.max-usd is $0: no model calls are allowed");
    assertThatThrownBy(
            () ->
                budget(limits(5, 1_000_000).withMaxTokensPerIteration(0), GPT_41)
                    .allowOutputTokens(0, 1))
        .hasMessage("budget.max-tokens-per-iteration is 0: no model calls are allowed");
  }

  @Test
  void stops_when_max_wall_has_passed() {
    Budget budget = budget(new BudgetConfig(5, 1_000_000, 20, Duration.ofHours(1)), GPT_41);

    clock.set(START.plus(Duration.ofMinutes(59)));
    assertThat(budget.allowOutputTokens(100, 1000)).isEqualTo(1000);
    clock.set(START.plus(Duration.ofMinutes(60)));
    assertThatThrownBy(() -> budget.allowOutputTokens(100, 1000))
        .isInstanceOf(BudgetExhaustedException.class)
        .hasMessage("budget.max-wall (1h00m) reached: the session has run for 1h00m");
  }

  @Test
  void records_each_call_priced_and_adds_it_up() {
    Budget budget = budget(BudgetConfig.DEFAULT, GPT_41);

    Spend first = budget.record(1000, 500);
    budget.record(2000, 0);

    assertThat(first.usd()).isCloseTo(0.006, within(1e-12));
    assertThat(budget.session())
        .extracting(Spend::inputTokens, Spend::outputTokens)
        .containsExactly(3000L, 500L);
    assertThat(budget.session().usd()).isCloseTo(0.010, within(1e-12));
    assertThat(budget.iteration().tokens()).isEqualTo(3500);
  }

  @Test
  void the_margin_grows_when_a_provider_counts_more_prompt_tokens_than_we_did() {
    Budget budget = budget(BudgetConfig.DEFAULT, GPT_41);

    budget.allowOutputTokens(10_000, 100);
    budget.record(10_500, 100);
    assertThat(budget.promptEstimate(10_000)).as("within the margin: unchanged").isEqualTo(11_064);

    budget.allowOutputTokens(10_000, 100);
    budget.record(13_064, 100);
    assertThat(budget.promptEstimate(10_000)).as("reported 1.3 times the count").isEqualTo(13_064);

    budget.allowOutputTokens(100, 100);
    budget.record(10_000, 100);
    assertThat(budget.promptEstimate(10_000))
        .as("never more than twice the count")
        .isEqualTo(20_064);

    budget.record(1_000_000, 0);
    assertThat(budget.promptEstimate(10_000))
        .as("a call not asked for first teaches nothing")
        .isEqualTo(20_064);
  }

  @Test
  void rejects_nonsense_arguments() {
    Budget budget = budget(BudgetConfig.DEFAULT, GPT_41);
    assertThatThrownBy(() -> budget.allowOutputTokens(-1, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> budget.allowOutputTokens(10, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> budget.record(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_budget_for_a_model_needs_its_price_only_when_money_is_limited() {
    ModelConfig unknown =
        new ModelConfig("anthropic", "claude-opus-9", Optional.empty(), "ANTHROPIC_API_KEY");

    assertThatThrownBy(() -> Budget.forModel(limits(5, 1000), unknown, clock, START))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("claude-opus-9");
    Budget none = Budget.forModel(limits(0, 1000), unknown, clock, START);
    assertThat(none.prices()).isEqualTo(Prices.ZERO);
    assertThat(Budget.forModel(limits(5, 1000), ModelConfig.DEFAULT, clock, START).prices())
        .isEqualTo(new Prices(0.40, 1.60));
  }

  @Test
  void formats_dollars_to_the_cent_and_small_amounts_finer() {
    assertThat(Budget.dollars(5)).isEqualTo("$5.00");
    assertThat(Budget.dollars(0)).isEqualTo("$0.00");
    assertThat(Budget.dollars(0.00042)).isEqualTo("$0.0004");
  }

  /** A clock the test moves. */
  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
