package dev.kaizen.evals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.sandbox.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-rolling the dice: a session tries many candidates, none better (A/A, τ = 0, the truth on the
 * null's boundary). Tested each at α, about a third of 10-candidate sessions would accept one;
 * spending α over the session's budget ({@link AlphaSpending}) keeps the share of sessions that
 * accept anything at most α.
 */
class SessionFalseAcceptanceTest {

  static final int SESSIONS = 300;
  static final int BUDGET = 10;
  static final double ALPHA = 0.05;

  @TempDir Path dir;

  @Test
  void
      sessions_spending_alpha_over_their_budget_accept_a_false_candidate_at_most_alpha_of_the_time()
          throws IOException {
    int spending = sessionsWithAFalseAccept(true);
    int notSpending = sessionsWithAFalseAccept(false);

    double margin = 3 * Math.sqrt(SESSIONS * ALPHA * (1 - ALPHA));
    assertThat(spending)
        .as("sessions with a false accept, α spent over %d candidates", BUDGET)
        .isLessThanOrEqualTo((int) (SESSIONS * ALPHA + margin));
    assertThat(notSpending)
        .as("sessions with a false accept, each candidate at α (what spending prevents)")
        .isGreaterThan((int) (SESSIONS * ALPHA + margin));
  }

  private int sessionsWithAFalseAccept(boolean spend) throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    SuiteSpec spec = GateThresholdAndSteadinessTest.SPEC;
    var settings = new GateSettings(ALPHA, 0.0, 10, 40, 0.02);
    int sessions = 0;
    for (int session = 0; session < SESSIONS; session++) {
      AlphaSpending spent = AlphaSpending.over(ALPHA, BUDGET);
      boolean accepted = false;
      for (int n = 0; n < BUDGET && !accepted; n++) {
        int seed = session * BUDGET + n;
        var bench =
            new SyntheticBench(new SplittableRandom(seed), 0.03, 0.01)
                .withoutHeap()
                .center(a, 100, 300)
                .center(b, 100, 300);
        var suite =
            new EvalSuite(
                spec,
                new ScriptedSandbox().on(GateThresholdAndSteadinessTest.BENCH, bench),
                Limits.DEFAULT,
                false);
        double level = spend ? spent.level(1, n) : ALPHA;
        spent = spent.spend(spend ? level : 0);
        Gate gate =
            new Gate(settings, suite, new SplittableRandom(~seed), EvalListener.NONE)
                .atLevel(level);
        accepted = gate.decide(a, suite.check(a), b) instanceof Decision.Accepted;
      }
      if (accepted) sessions++;
    }
    return sessions;
  }
}
