package dev.kaizen.agent.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.kaizen.agent.cli.ImproveEndToEndTest.fileAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.kaizen.agent.testing.Docker;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.ProviderWire;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaizen improve --proposer llm} end to end against a loopback stub of an OpenAI-compatible
 * server, a real repository, the Docker sandbox and the real gate: the model's first answer does
 * not apply, the repair round fixes it, the change is measured and accepted, every exchange is in
 * the ledger; then {@code --proposer replay --from} the session makes the same change with the stub
 * gone.
 */
@Tag("docker")
class LlmImproveEndToEndTest {

  static final ProviderWire WIRE = ProviderWire.OPENAI_COMPATIBLE;

  @TempDir Path tmp;

  @AfterEach
  void no_sandbox_container_is_left_behind() {
    assertThat(Docker.sandboxContainers()).as("labelled containers after the run").isEmpty();
  }

  @Test
  void a_models_change_is_repaired_measured_and_accepted_and_a_replay_makes_it_again_without_the_model() throws Exception {
    var server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("slow-report"))) {
      String head = repo.head();
      server.stubFor(post(urlPathEqualTo(WIRE.chatPath())).inScenario("chat").whenScenarioStateIs(STARTED)
          .willReturn(ok(SlowReportRepo.MODEL_FIX_MISMATCHED, 2100, 160)).willSetStateTo("repaired"));
      server.stubFor(post(urlPathEqualTo(WIRE.chatPath())).inScenario("chat").whenScenarioStateIs("repaired")
          .willReturn(ok(SlowReportRepo.MODEL_FIX, 2400, 160)));

      CliRun run = CliRun.of("improve", "--repo", repo.root().toString(), "--json", "--iterations", "1",
          "--proposer", "llm", "--base-url", "http://127.0.0.1:" + server.port() + WIRE.apiPath(), "--model", "qwen2.5-coder:7b",
          "--goal", "make Report.render faster");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      JsonNode json = run.json();
      String session = json.get("session").asText();
      JsonNode first = json.get("iterations").get(0);
      assertThat(first.get("proposer").asText()).isEqualTo("llm");
      assertThat(first.get("source").asText()).isEqualTo("openai/qwen2.5-coder:7b");
      assertThat(first.get("summary").asText()).isEqualTo("Build the line with a StringBuilder");
      assertThat(first.get("decision").asText()).as(run.toString()).isEqualTo("accepted");
      assertThat(json.get("tokens").asLong()).isEqualTo(2100 + 160 + 2400 + 160);
      String best = json.get("best").asText();
      assertThat(fileAt(repo, best, SlowReportRepo.REPORT)).contains("out.append(i).append(',');");
      assertThat(server.getAllServeEvents()).hasSize(2);

      Path sessionDir = repo.root().resolve("workspace/sessions").resolve(session);
      List<String> exchanges = Files.readAllLines(sessionDir.resolve("exchanges.jsonl"), StandardCharsets.UTF_8);
      assertThat(exchanges).hasSize(2);
      assertThat(exchanges.get(1)).contains("\"round\":2").contains("repair@sha256:");
      assertThat(sessionDir.resolve("1/proposal.md")).content().contains("Round 2").contains("new String()");
      assertThat(sessionDir.resolve("journal.md")).content().contains("Build the line with a StringBuilder").contains("accepted");
      String message = repo.git().getRepository().parseCommit(org.eclipse.jgit.lib.ObjectId.fromString(best)).getFullMessage();
      assertThat(message).contains("Kaizen-Proposer: llm/openai/qwen2.5-coder:7b").containsPattern("Kaizen-Prompt: propose@sha256:[0-9a-f]{12}");
      assertThat(repo.head()).isEqualTo(head);
      assertThat(repo.statusClean()).isTrue();

      server.stop();
      CliRun replay = CliRun.of("improve", "--repo", repo.root().toString(), "--json", "--iterations", "1",
          "--proposer", "replay", "--from", session, "--goal", "make Report.render faster");

      assertThat(replay.exitCode()).as(replay.toString()).isZero();
      JsonNode again = replay.json().get("iterations").get(0);
      assertThat(again.get("proposer").asText()).isEqualTo("replay");
      assertThat(again.get("summary").asText()).isEqualTo("Build the line with a StringBuilder");
      assertThat(again.get("decision").asText()).as(replay.toString()).isEqualTo("accepted");
      assertThat(fileAt(repo, replay.json().get("best").asText(), SlowReportRepo.REPORT))
          .isEqualTo(fileAt(repo, best, SlowReportRepo.REPORT));
    } finally {
      server.stop();
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String text, int in, int out) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(WIRE.answer(text, in, out));
  }
}
