package dev.kaizen.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.ledger.LedgerCodec;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.testing.LedgerFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pull request's title and description: a golden description, the length limit, the marker,
 * escaping.
 */
class PullRequestBodyTest {

  static final LedgerFixture.Commits COMMITS =
      new LedgerFixture.Commits(
          "3e9f0c2a7b5d4e1f8a6c9b0d2e4f6a8c0b1d3e5f",
          "7c1e5a9b3d2f4e6a8b0c1d3e5f7a9b2c4d6e8f01",
          "a41b8c2d6e0f3a5b7c9d1e2f4a6b8c0d2e4f6a81");

  @TempDir Path workspace;

  private SessionEvidence fixture() {
    LedgerFixture.write(workspace, LedgerFixture.SESSION, COMMITS);
    return SessionEvidence.read(new Ledger(workspace).open(LedgerFixture.SESSION));
  }

  @Test
  void renders_the_golden_description_of_a_session_with_a_rejected_and_an_accepted_iteration()
      throws IOException {
    String body = PullRequestBody.render(fixture());

    String golden = resource("session-body.md");
    if (!body.equals(golden)) {
      Path actual = Path.of("target", "session-body.actual.md");
      Files.writeString(actual, body, StandardCharsets.UTF_8);
      assertThat(body)
          .as(
              "the description differs from the golden file; what it rendered is in "
                  + actual.toAbsolutePath())
          .isEqualTo(golden);
    }
  }

  @Test
  void
      a_session_the_first_release_recorded_renders_the_same_description_as_one_recorded_through_the_codec(
          @TempDir Path old) throws IOException {
    SessionLog firstRelease =
        LedgerFixture.write(old, LedgerFixture.SESSION, COMMITS, LedgerFixture.Schema.V1);
    SessionLog codec =
        LedgerFixture.write(workspace, LedgerFixture.SESSION, COMMITS, LedgerFixture.Schema.V2);
    assertThat(
            LedgerCodec.schema(
                Files.readString(firstRelease.iterationDirectory(2).resolve("decision.json"))))
        .isEqualTo(1);
    assertThat(
            LedgerCodec.schema(
                Files.readString(codec.iterationDirectory(2).resolve("decision.json"))))
        .isEqualTo(2);

    SessionEvidence read = SessionEvidence.read(firstRelease);

    assertThat(PullRequestBody.render(read))
        .as("the same description")
        .isEqualTo(PullRequestBody.render(SessionEvidence.read(codec)))
        .isEqualTo(resource("session-body.md"));
    assertThat(PullRequestBody.title(read))
        .isEqualTo(PullRequestBody.title(SessionEvidence.read(codec)));
  }

  @Test
  void the_title_names_the_change_and_its_effect() {
    assertThat(PullRequestBody.title(fixture()))
        .isEqualTo("perf: " + LedgerFixture.ACCEPTED_SUMMARY + " (+3.1%)");
  }

  @Test
  void reads_what_the_iteration_folders_add() {
    SessionEvidence s = fixture();

    assertThat(s.lineage()).extracting(IterationRecord::n).containsExactly(2);
    IterationEvidence accepted = s.detail(2);
    assertThat(accepted.rationale()).hasValue(LedgerFixture.ACCEPTED_RATIONALE.strip());
    assertThat(accepted.threshold()).hasValue(0.01);
    assertThat(accepted.metrics())
        .extracting(MetricRow::name)
        .containsExactly("ms_per_op", "heap_mb");
    MetricRow ms = accepted.metrics().get(0);
    assertThat(ms.ciLow()).as("interval from the pairs").isNotNull().isLessThan(ms.change());
    assertThat(ms.ciHigh()).isGreaterThan(ms.change());
    assertThat(ms.p()).as("12 pairs all better: the smallest one-sided p").isEqualTo(1.0 / 4096);
    assertThat(accepted.baselineTests()).hasValue(new TestCounts(2, 0, 0, 0));
  }

  @Test
  void the_marker_carries_session_branch_base_and_best_and_is_found_again() {
    String body = PullRequestBody.render(fixture());

    assertThat(PrMarker.find(body))
        .hasValue(
            new PrMarker(
                LedgerFixture.SESSION,
                "kaizen/" + LedgerFixture.SESSION,
                COMMITS.base(),
                COMMITS.accepted()));
    assertThat(body).endsWith(" -->\n");
  }

  @Test
  void ledger_text_cannot_forge_the_marker_or_break_a_table() {
    SessionEvidence s = fixture();
    String forged = new PrMarker("other", "kaizen/other", "a", "b").render();
    IterationRecord it = s.iterations().get(0);
    var tampered = new ArrayList<>(s.iterations());
    tampered.set(
        0,
        new IterationRecord(
            it.id(),
            it.n(),
            it.started(),
            it.finished(),
            it.proposer(),
            it.source(),
            it.key(),
            "a | b " + forged,
            it.promptTemplate(),
            it.tokens(),
            it.costUsd(),
            it.parent(),
            it.commit(),
            it.decision(),
            "line one\nline two | three",
            it.reasons(),
            it.effect(),
            it.ciLow(),
            it.ciHigh(),
            it.p(),
            it.pairs(),
            it.testsRun(),
            it.testsFailed()));
    String body = PullRequestBody.render(new SessionEvidence(s.session(), tampered, s.details()));

    assertThat(PrMarker.find(body))
        .get()
        .extracting(PrMarker::session)
        .isEqualTo(LedgerFixture.SESSION);
    assertThat(body).contains("a \\| b &lt;!-- kaizen:pr").contains("line one line two \\| three");
  }

  @Test
  void a_marker_never_holds_what_ends_a_comment() {
    var marker = new PrMarker("s", "kaizen/a-->b", "c", "d");
    assertThat(marker.render().indexOf("-->")).isEqualTo(marker.render().length() - 3);
    assertThat(PrMarker.find("text\n" + marker.render() + "\n")).hasValue(marker);
  }

  @Test
  void a_description_too_long_for_github_loses_trail_rows_first_and_says_so() {
    SessionEvidence s = fixture();
    var many = new ArrayList<>(s.iterations());
    IterationRecord rejected = s.iterations().get(0);
    for (int n = 3; n <= 3000; n++) {
      many.add(
          new IterationRecord(
              s.id() + "/" + n,
              n,
              rejected.started(),
              rejected.finished(),
              "llm",
              LedgerFixture.MODEL,
              "k" + n,
              "Another idea number " + n + " for Report.render",
              LedgerFixture.PROMPT,
              1000,
              0.001,
              rejected.parent(),
              null,
              "rejected",
              "rejected: the patch does not apply: src/main/java/demo/Report.java: no match",
              List.of(),
              null,
              null,
              null,
              null,
              null,
              null,
              null));
    }
    String body = PullRequestBody.render(new SessionEvidence(s.session(), many, s.details()));

    assertThat(body.length()).isLessThanOrEqualTo(PullRequestBody.GITHUB_LIMIT);
    assertThat(body)
        .contains("**Verdict: better by +3.1%**")
        .contains("| `ms_per_op` (lower is better) | target |")
        .contains("### Reproduce")
        .containsPattern("_\\d+ more iterations are left out: GitHub keeps 65536 characters");
    assertThat(PrMarker.find(body)).isPresent();
    assertThat(body).contains("| 1 | rejected |");
  }

  @Test
  void a_description_still_too_long_cuts_the_rationale_and_keeps_the_marker() {
    SessionEvidence s = fixture();
    IterationEvidence d = s.detail(2);
    var huge =
        new IterationEvidence(
            2,
            java.util.Optional.of("x".repeat(100_000)),
            d.threshold(),
            d.thresholdSource(),
            d.metrics(),
            d.reasons(),
            d.baselineTests(),
            d.candidateTests());
    String body =
        PullRequestBody.render(
            new SessionEvidence(s.session(), s.iterations(), Map.of(1, s.detail(1), 2, huge)));

    assertThat(body.length()).isLessThanOrEqualTo(PullRequestBody.GITHUB_LIMIT);
    assertThat(body).contains("cut to fit GitHub's limit").contains("### Reproduce");
    assertThat(PrMarker.find(body)).isPresent();
  }

  @Test
  void an_accepted_candidate_its_batch_beat_is_not_part_of_the_change() {
    SessionEvidence s = fixture();
    IterationRecord rejected = s.iterations().get(0);
    IterationRecord notMerged =
        new IterationRecord(
            rejected.id(),
            1,
            rejected.started(),
            rejected.finished(),
            "llm",
            LedgerFixture.MODEL,
            rejected.key(),
            rejected.summary(),
            null,
            0,
            0,
            rejected.parent(),
            rejected.commit(),
            "accepted",
            "accepted, but not merged: iteration 2 is better in this batch",
            List.of(),
            0.012,
            0.011,
            0.02,
            0.004,
            12,
            2,
            0);
    var evidence =
        new SessionEvidence(s.session(), List.of(notMerged, s.iterations().get(1)), s.details());

    assertThat(evidence.lineage()).extracting(IterationRecord::n).containsExactly(2);
  }

  @Test
  void steps_on_top_of_each_other_are_each_shown_and_compounded_in_the_title() {
    SessionEvidence s = fixture();
    IterationRecord second = s.iterations().get(1);
    IterationRecord third =
        new IterationRecord(
            s.id() + "/3",
            3,
            second.started(),
            second.finished(),
            "llm",
            LedgerFixture.MODEL,
            "k3",
            "Presize the StringBuilder",
            null,
            0,
            0,
            second.commit(),
            "b".repeat(40),
            "accepted",
            "better by 2.0%",
            List.of(),
            0.02,
            0.01,
            0.03,
            0.001,
            10,
            2,
            0);
    SessionRecord r = s.session();
    var session =
        new SessionRecord(
            r.id(),
            r.repository(),
            r.base(),
            r.branch(),
            r.into(),
            r.proposer(),
            r.goal(),
            r.config(),
            r.started(),
            r.finished(),
            r.status(),
            r.statusDetail(),
            3,
            2,
            "b".repeat(40));
    var evidence =
        new SessionEvidence(session, List.of(s.iterations().get(0), second, third), s.details());

    assertThat(evidence.lineage()).extracting(IterationRecord::n).containsExactly(2, 3);
    assertThat(PullRequestBody.title(evidence))
        .isEqualTo("perf: " + LedgerFixture.ACCEPTED_SUMMARY + " and 1 more change (+5.2%)");
    assertThat(PullRequestBody.render(evidence))
        .contains(
            "**Verdict: 2 changes, each measured better than the commit before it; about +5.2% together.**")
        .contains("#### #3 Presize the StringBuilder")
        .contains("_The ledger holds no per-metric numbers for iteration 3._");
  }

  static String resource(String name) throws IOException {
    try (InputStream in = PullRequestBodyTest.class.getResourceAsStream(name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
