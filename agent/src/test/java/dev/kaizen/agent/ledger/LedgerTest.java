package dev.kaizen.agent.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.testing.LedgerFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

  @TempDir Path workspace;

  private static SessionRecord session(String id) {
    return new SessionRecord(
        id,
        "/repo",
        "abc",
        "kaizen/" + id,
        null,
        "heuristic",
        "goal",
        new ConfigSnapshot("test", null, null, null, null, null, null, null),
        "2026-11-27T04:00:00Z",
        null,
        "running",
        null,
        0,
        0,
        "abc");
  }

  private static IterationRecord iteration(String session, int n, String decision) {
    return new IterationRecord(
        session + "/" + n,
        n,
        "t0",
        "t1",
        "heuristic",
        "rule",
        "key" + n,
        "summary " + n,
        null,
        0,
        0,
        "abc",
        "def" + n,
        decision,
        "because " + n,
        List.of("because " + n),
        0.05,
        0.01,
        0.09,
        0.001,
        10,
        12,
        0);
  }

  @Test
  void records_a_session_and_its_iterations_in_order() {
    var ledger = new Ledger(workspace);
    SessionLog log = ledger.start(session("s1"));
    log.append(iteration("s1", 1, "rejected"));
    log.append(iteration("s1", 2, "accepted"));
    log.writeSession(log.session().ended("t9", "finished", "done", 2, 1, "def2"));

    SessionLog reopened = new Ledger(workspace).open("s1");
    assertThat(reopened.session().status()).isEqualTo("finished");
    assertThat(reopened.session().best()).isEqualTo("def2");
    assertThat(reopened.session().config().source()).isEqualTo("test");
    assertThat(reopened.iterations())
        .extracting(IterationRecord::id)
        .containsExactly("s1/1", "s1/2");
    assertThat(reopened.iterations().get(1)).isEqualTo(iteration("s1", 2, "accepted"));
    assertThat(workspace.resolve("sessions/s1/session.json")).exists();
    assertThat(workspace.resolve("sessions/s1/iterations.jsonl")).exists();
  }

  @Test
  void a_line_cut_short_by_a_killed_run_is_not_read_as_complete() throws Exception {
    SessionLog log = new Ledger(workspace).start(session("s1"));
    log.append(iteration("s1", 1, "rejected"));
    Files.writeString(
        workspace.resolve("sessions/s1/iterations.jsonl"),
        "{\"id\":\"s1/2\",\"n\":2,\"propo",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    assertThat(log.iterations()).extracting(IterationRecord::n).containsExactly(1);
  }

  @Test
  void artifacts_go_to_the_iteration_folder() throws Exception {
    SessionLog log = new Ledger(workspace).start(session("s1"));
    Path file = log.writeArtifact(3, "logs/1-build.log", "output");
    assertThat(file)
        .isEqualTo(workspace.resolve("sessions/s1/3/logs/1-build.log"))
        .hasContent("output");
    try (var leftovers = Files.list(file.getParent())) {
      assertThat(leftovers).as("no temporary files remain").containsExactly(file);
    }
  }

  @Test
  void sessions_are_found_by_unique_prefix_and_listed_oldest_first() {
    var ledger = new Ledger(workspace);
    ledger.start(session("20261127-040000-aaaa"));
    ledger.start(session("20261127-050000-bbbb"));

    assertThat(ledger.open("20261127-05").id()).isEqualTo("20261127-050000-bbbb");
    assertThat(ledger.sessions())
        .extracting(SessionLog::id)
        .containsExactly("20261127-040000-aaaa", "20261127-050000-bbbb");
    assertThatThrownBy(() -> ledger.open("20261127"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("several");
    assertThatThrownBy(() -> ledger.open("nope"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("no session 'nope'");
  }

  @Test
  void starting_a_session_twice_is_refused() {
    var ledger = new Ledger(workspace);
    ledger.start(session("s1"));
    assertThatThrownBy(() -> ledger.start(session("s1"))).hasMessageContaining("already exists");
  }

  @Test
  void a_free_id_takes_a_suffix_when_a_session_of_that_id_exists() {
    var ledger = new Ledger(workspace);
    assertThat(ledger.freeId("20261127-104750-039d")).isEqualTo("20261127-104750-039d");
    ledger.start(session("20261127-104750-039d"));
    assertThat(ledger.freeId("20261127-104750-039d")).isEqualTo("20261127-104750-039d-2");
    ledger.start(session("20261127-104750-039d-2"));
    assertThat(ledger.freeId("20261127-104750-039d")).isEqualTo("20261127-104750-039d-3");
  }

  @Test
  void a_first_release_session_reads_as_the_same_records_as_one_written_through_the_codec(
      @TempDir Path old) {
    var commits = new LedgerFixture.Commits("a".repeat(40), "b".repeat(40), "c".repeat(40));
    SessionLog firstRelease =
        LedgerFixture.write(old, LedgerFixture.SESSION, commits, LedgerFixture.Schema.V1);
    SessionLog codec =
        LedgerFixture.write(workspace, LedgerFixture.SESSION, commits, LedgerFixture.Schema.V2);

    assertThat(firstRelease.session())
        .as("the configuration snapshot, read from the first release's map")
        .isEqualTo(codec.session());
    assertThat(firstRelease.iterations()).isEqualTo(codec.iterations());
    for (int n = 1; n <= 2; n++) {
      EvidenceRecord upgraded = firstRelease.decision(n).orElseThrow().evidence();
      EvidenceRecord gate = codec.decision(n).orElseThrow().evidence();
      assertThat(upgraded.metrics())
          .extracting(
              EvidenceRecord.Metric::name,
              EvidenceRecord.Metric::ciLow,
              EvidenceRecord.Metric::ciHigh,
              EvidenceRecord.Metric::p)
          .as("iteration " + n + ": the gate's per-metric numbers")
          .containsExactlyElementsOf(
              gate.metrics().stream()
                  .map(
                      m ->
                          org.assertj.core.groups.Tuple.tuple(
                              m.name(), m.ciLow(), m.ciHigh(), m.p()))
                  .toList());
      assertThat(upgraded.metrics()).allSatisfy(m -> assertThat(m.p()).isNotNull());
      assertThat(firstRelease.scorecard(n).orElseThrow().allSamples())
          .hasSameSizeAs(codec.scorecard(n).orElseThrow().allSamples());
      assertThat(firstRelease.rationale(n)).isEqualTo(codec.rationale(n)).isPresent();
    }
  }

  @Test
  void an_iterations_records_are_read_typed_and_missing_ones_are_empty() {
    SessionLog log = new Ledger(workspace).start(session("s1"));
    var decision =
        new DecisionRecord(
            "rejected",
            null,
            List.of("1 test failed: demo.ReportTest#empty"),
            null,
            new TestsRecord(
                2,
                1,
                0,
                0,
                List.of(new TestsRecord.Failure("demo.ReportTest#empty", "expected 0"))));
    var pullRequest =
        new PullRequestRecord(
            "acme/app",
            7,
            "https://github.com/acme/app/pull/7",
            "opened",
            "kaizen/s1",
            "main",
            "def1",
            null,
            "2026-11-27T10:00:00Z");
    log.writeDecision(1, decision);
    log.writeArtifact(
        1,
        "proposal.md",
        "# Cache it\n\n## Rationale\n\nIt is built on every pass.\n\n## Transcript\n\n…\n");
    log.writePullRequest(pullRequest);

    assertThat(log.decision(1)).hasValue(decision);
    assertThat(log.decision(1).get().reason()).isEqualTo("1 test failed: demo.ReportTest#empty");
    assertThat(log.rationale(1)).hasValue("It is built on every pass.");
    assertThat(log.pullRequest()).hasValue(pullRequest);
    assertThat(log.scorecard(1)).isEmpty();
    assertThat(log.decision(2)).isEmpty();
    assertThat(log.rationale(2)).isEmpty();
  }

  @Test
  void a_record_that_cannot_be_read_names_its_file() throws Exception {
    SessionLog log = new Ledger(workspace).start(session("s1"));
    log.writeArtifact(1, "scorecard.json", "{not json");

    assertThatThrownBy(() -> log.scorecard(1))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageStartingWith(
            log.iterationDirectory(1).resolve("scorecard.json") + ": not a scorecard");
  }

  @Test
  void an_exchange_line_cut_short_by_a_killed_run_is_not_read_as_complete() throws Exception {
    SessionLog log = new Ledger(workspace).start(session("s1"));
    var exchange =
        new ExchangeRecord(
            1,
            1,
            "propose@sha256:ab",
            "system",
            List.of(new ExchangeRecord.Message("user", "go")),
            "h",
            "answer",
            10,
            5,
            0.0,
            100,
            1,
            "openai",
            "gpt-4.1-mini",
            "stop");
    log.appendExchange(exchange);
    Files.writeString(
        workspace.resolve("sessions/s1/exchanges.jsonl"),
        "{\"iteration\":2,\"rou",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    assertThat(log.exchanges()).containsExactly(exchange);
  }
}
