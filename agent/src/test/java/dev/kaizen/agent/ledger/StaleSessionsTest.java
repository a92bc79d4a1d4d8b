package dev.kaizen.agent.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions recorded as running whose process is gone. */
class StaleSessionsTest {

  @TempDir Path workspace;

  /** The process of {@code true}, which has ended when this returns. */
  private static ProcessRecord finishedProcess() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return new ProcessRecord(p.pid(), ProcessRecord.hostName());
  }

  private static SessionRecord session(String id, String status, ProcessRecord process) {
    return new SessionRecord(
            id,
            "/repo",
            "abc",
            "kaizen/" + id,
            null,
            "heuristic",
            "goal",
            ConfigSnapshot.NONE,
            "2026-11-27T04:00:00Z",
            status.equals("running") ? null : "2026-11-27T05:00:00Z",
            status,
            null,
            0,
            0,
            "abc")
        .runBy(process, null);
  }

  private static IterationRecord iteration(String session, int n, String finished) {
    return new IterationRecord(
        session + "/" + n,
        n,
        "t0",
        finished,
        "heuristic",
        "rule",
        "key" + n,
        "summary",
        null,
        0,
        0,
        "abc",
        null,
        "rejected",
        "because",
        List.of("because"),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void at_a_start_every_session_left_running_is_marked_interrupted_and_the_others_are_left_alone()
      throws Exception {
    var ledger = new Ledger(workspace);
    SessionLog stale = ledger.start(session("s1", "running", finishedProcess()));
    stale.append(iteration("s1", 1, "2026-11-27T04:10:00Z"));
    ledger.start(session("s2", "finished", finishedProcess()));

    List<SessionRecord> marked =
        StaleSessions.markInterrupted(ledger, Instant.parse("2026-11-28T09:00:00Z"));

    assertThat(marked).extracting(SessionRecord::id).containsExactly("s1");
    SessionRecord s1 = ledger.open("s1").session();
    assertThat(s1.status()).isEqualTo("interrupted");
    assertThat(s1.statusDetail())
        .startsWith("its process (pid " + s1.process().pid() + " on ")
        .contains("ended without recording how; found at 2026-11-28T09:00:00Z");
    assertThat(s1.finished()).as("its last sign of life").isEqualTo("2026-11-27T04:10:00Z");
    assertThat(s1.tried()).isEqualTo(1);
    assertThat(ledger.open("s2").session().status()).isEqualTo("finished");
  }

  @Test
  void a_reader_sees_a_running_session_whose_process_is_gone_as_interrupted_and_writes_nothing()
      throws Exception {
    SessionRecord gone = session("s1", "running", finishedProcess());
    SessionRecord alive = session("s2", "running", ProcessRecord.current());
    SessionRecord elsewhere = session("s3", "running", new ProcessRecord(1, "another-machine"));
    SessionRecord old = session("s4", "running", null);

    assertThat(StaleSessions.asSeen(gone).status()).isEqualTo("interrupted");
    assertThat(StaleSessions.asSeen(alive).status()).isEqualTo("running");
    assertThat(StaleSessions.asSeen(elsewhere).status())
        .as("a process of another machine is never known to be gone")
        .isEqualTo("running");
    assertThat(StaleSessions.asSeen(old).status()).isEqualTo("running");
  }
}
