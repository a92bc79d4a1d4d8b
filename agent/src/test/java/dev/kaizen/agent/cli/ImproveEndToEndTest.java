package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kaizen.agent.testing.Docker;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.SlowReportRepo;
import dev.kaizen.sandbox.testing.RequiresDocker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaizen improve} end to end on a real repository, a real Docker sandbox and the real gate:
 * the planted slowness is fixed by a rewrite rule, measured, accepted and recorded, and the user's
 * tree and branch stay as they were.
 */
@RequiresDocker
class ImproveEndToEndTest {

  @TempDir Path tmp;

  @AfterEach
  void no_sandbox_container_is_left_behind() {
    assertThat(Docker.sandboxContainers()).as("labelled containers after the run").isEmpty();
  }

  @Test
  void accepts_the_rewrite_that_fixes_a_planted_slowness_and_leaves_the_users_tree_alone()
      throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("slow-report"))) {
      String head = repo.head();
      repo.createBranch("release");

      CliRun run =
          CliRun.of(
              "improve",
              "--repo",
              repo.root().toString(),
              "--json",
              "--iterations",
              "3",
              "--into",
              "release");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      JsonNode json = run.json();
      String session = json.get("session").asText();
      String branch = json.get("branch").asText();
      assertThat(branch).isEqualTo("kaizen/" + session);
      assertThat(json.get("accepted").asInt()).as(run.toString()).isEqualTo(1);
      JsonNode first = json.get("iterations").get(0);
      assertThat(first.get("id").asText()).isEqualTo(session + "/1");
      assertThat(first.get("proposer").asText()).isEqualTo("heuristic");
      assertThat(first.get("source").asText()).isEqualTo("string-concat-in-loop");
      assertThat(first.get("decision").asText()).as(run.toString()).isEqualTo("accepted");
      assertThat(first.get("effect").asDouble())
          .as("relative improvement of ms_per_op")
          .isGreaterThan(0.5);
      assertThat(first.get("p").asDouble()).isLessThanOrEqualTo(0.01);
      assertThat(first.get("pairs").asInt()).isGreaterThanOrEqualTo(8);
      String best = json.get("best").asText();
      assertThat(first.get("commit").asText()).isEqualTo(best);

      // the result is on the session branch, in the user's repository, and --into fast-forwarded
      // release
      assertThat(repo.ref("refs/heads/" + branch)).isEqualTo(best);
      assertThat(repo.ref("refs/heads/release")).isEqualTo(best);
      assertThat(fileAt(repo, best, SlowReportRepo.REPORT))
          .contains("StringBuilder")
          .doesNotContain("out += ");

      // the user's tree, index and branch are untouched
      assertThat(repo.head()).isEqualTo(head);
      assertThat(repo.currentBranch()).isEqualTo("main");
      assertThat(repo.read(SlowReportRepo.REPORT)).isEqualTo(SlowReportRepo.SLOW_REPORT);
      assertThat(repo.statusClean()).as("git status").isTrue();

      // the ledger holds every iteration and its evidence
      Path sessionDir = repo.root().resolve("workspace/sessions").resolve(session);
      List<String> lines =
          Files.readAllLines(sessionDir.resolve("iterations.jsonl"), StandardCharsets.UTF_8);
      assertThat(lines).hasSize(json.get("tried").asInt());
      assertThat(sessionDir.resolve("1/proposal.md")).content().contains("string-concat-in-loop");
      assertThat(sessionDir.resolve("1/patch.diff"))
          .content()
          .contains("+")
          .contains("StringBuilder");
      assertThat(sessionDir.resolve("1/decision.json"))
          .content()
          .contains("\"decision\" : \"accepted\"");
      assertThat(sessionDir.resolve("1/scorecard.json")).content().contains("\"samples\"");
      try (var logs = Files.list(sessionDir.resolve("1/logs"))) {
        assertThat(logs.map(p -> p.getFileName().toString()))
            .anyMatch(n -> n.endsWith("-tests.log"));
      }
      assertThat(sessionDir.resolve("session.json"))
          .content()
          .contains("\"status\" : \"finished\"");

      // the decision reproduces with kaizen gate
      CliRun gate =
          CliRun.of(
              "gate",
              "--base",
              head,
              "--candidate",
              branch,
              "--repo",
              repo.root().toString(),
              "--json");
      assertThat(gate.exitCode()).as(gate.toString()).isZero();
      assertThat(gate.json().get("decision").asText()).as(gate.toString()).isEqualTo("accepted");
      assertThat(gate.json().get("metrics").get(0).get("name").asText()).isEqualTo("ms_per_op");
    }
  }

  static String fileAt(GitFixture repo, String commit, String path) throws IOException {
    var r = repo.git().getRepository();
    try (RevWalk walk = new RevWalk(r);
        TreeWalk tw =
            TreeWalk.forPath(r, path, walk.parseCommit(ObjectId.fromString(commit)).getTree())) {
      return new String(r.open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
    }
  }
}
