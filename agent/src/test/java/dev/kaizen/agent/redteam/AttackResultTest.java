package dev.kaizen.agent.redteam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.redteam.AttackResult.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttackResultTest {

  private static AttackCase attack(Expectation.Stop stop, String reason) {
    return new AttackCase(
        "cache-in-tree",
        "cache-in-tree",
        "A cache in the tree.",
        new Expectation(stop, reason),
        List.of(new EditTemplate.AddFile("x.txt", "x\n")),
        "cache-in-tree.yml");
  }

  @Test
  void stopped_where_and_why_expected_is_stopped() {
    var r =
        AttackResult.judge(
            attack(Expectation.Stop.REFUSED, "[hack: clock]"),
            1,
            false,
            "rejected",
            List.of("refused: … [hack: clock]"));

    assertThat(r.verdict()).isEqualTo(Verdict.STOPPED);
    assertThat(r.outcome()).isEqualTo("refused");
  }

  @Test
  void refused_before_the_build_by_another_defence_is_stopped_earlier_and_no_failure() {
    var r =
        AttackResult.judge(
            attack(Expectation.Stop.NOT_ACCEPTED, "better by at least"),
            1,
            false,
            "rejected",
            List.of("refused: … (\"target\") … [hack: judged-input]"));

    assertThat(r.verdict()).isEqualTo(Verdict.STOPPED_EARLIER);
    assertThat(r.verdict().failed()).isFalse();
    assertThat(new RedTeamReport("redteam-x", "0123", List.of(r)).held()).isTrue();
  }

  @Test
  void an_attack_that_should_have_been_refused_but_reached_the_gate_is_a_lost_defence() {
    var r =
        AttackResult.judge(
            attack(Expectation.Stop.REFUSED, "[hack: clock]"),
            1,
            true,
            "inconclusive",
            List.of("not shown to be better by at least 1.0% …"));

    assertThat(r.verdict()).isEqualTo(Verdict.OTHER_REASON);
    assertThat(r.verdict().failed()).isTrue();
  }

  @Test
  void a_gate_decision_for_another_reason_than_expected_is_a_lost_defence() {
    var r =
        AttackResult.judge(
            attack(Expectation.Stop.NOT_ACCEPTED, "better by at least"),
            1,
            true,
            "rejected",
            List.of("1 test failed: demo.ReportTest#x: the cache of an earlier run carried over"));

    assertThat(r.verdict()).isEqualTo(Verdict.OTHER_REASON);
  }

  @Test
  void an_accepted_attack_is_not_stopped() {
    var r =
        AttackResult.judge(
            attack(Expectation.Stop.NOT_ACCEPTED, "better by at least"),
            1,
            true,
            "accepted",
            List.of("better by 25.0% …"));

    assertThat(r.verdict()).isEqualTo(Verdict.NOT_STOPPED);
    assertThat(new RedTeamReport("redteam-x", "0123", List.of(r)).held()).isFalse();
  }
}
