package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.project.CalibrationReport;
import dev.kaizen.agent.project.CalibrationReport.AaResult;
import dev.kaizen.agent.project.CalibrationReport.SessionLevel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalibrationTextTest {

  private static String render(SessionLevel session) {
    var report =
        new CalibrationReport(
            "2026-12-08T00:00:00Z",
            "0123456789abcdef0123456789abcdef01234567",
            "hash",
            "docker",
            1,
            0.01,
            0.01,
            10,
            40,
            new AaResult(20, 0, 12, 8, 0, 0.139, 0.004, 14.5, 30),
            List.of(),
            "a lower CPU quota on the baseline side",
            session);
    var bytes = new ByteArrayOutputStream();
    CalibrationText.print(
        new PrintStream(bytes, true, StandardCharsets.UTF_8), report, Optional.empty());
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void calibrate_shows_how_a_session_spends_alpha_over_its_budget() {
    String text = render(new SessionLevel(20, 0.0005, List.of(12, 40), true));

    assertThat(text)
        .contains(
            "  a session spends α over budget.max-iterations = 20: a lone candidate is tested at"
                + " 0.00050 (looks at 12 and 40 pairs), so a session accepts anything not better"
                + " with probability ≤ α; the power above is one candidate's at α, a session's is"
                + " lower\n")
        .doesNotContain("NO candidate");
  }

  @Test
  void calibrate_says_so_when_no_candidate_of_a_session_could_ever_be_accepted() {
    String text = render(new SessionLevel(200, 0.00005, List.of(8), false));

    assertThat(text)
        .contains(
            "  NO candidate of a session can be accepted: 5.0e-05 needs at least 15 pairs; raise"
                + " gate.pairs.max or gate.alpha, or lower budget.max-iterations\n");
  }

  @Test
  void a_report_saved_before_sessions_spent_alpha_prints_without_the_session_line() {
    assertThat(render(null)).doesNotContain("a session spends α");
  }
}
