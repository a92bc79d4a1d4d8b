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
import dev.kaizen.sandbox.testing.RequiresDocker;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaizen improve --proposer llm} end to end against a loopback stub of an OpenAI-compatible
 * server, a real repository, the Docker sandbox and the real gate: the model's first answer does
 * not apply, the second applies but does not compile, the third (a repair round that quotes the
 * compiler) is measured and accepted, every exchange is in the ledger; then {@code --proposer
 * replay --from} the session makes the same change with the stub gone. Also the stops that come
 * after the baseline was checked and profiled: a budget that cannot pay for the first call (exit 4,
 * no request sent) and a provider that does not answer (exit 3 with its URL).
 */
@RequiresDocker
class LlmImproveEndToEndTest {

  static final ProviderWire WIRE = ProviderWire.OPENAI_COMPATIBLE;

  @TempDir Path tmp;

  @AfterEach
  void no_sandbox_container_is_left_behind() {
    assertThat(Docker.sandboxContainers()).as("labelled containers after the run").isEmpty();
  }

  @Test
  void
      a_models_change_is_repaired_measured_and_accepted_and_a_replay_makes_it_again_without_the_model()
          throws Exception {
    var server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("slow-report"))) {
      String head = repo.head();
      server.stubFor(
          post(urlPathEqualTo(WIRE.chatPath()))
              .inScenario("chat")
              .whenScenarioStateIs(STARTED)
              .willReturn(ok(SlowReportRepo.MODEL_FIX_MISMATCHED, 2100, 160))
              .willSetStateTo("applies"));
      server.stubFor(
          post(urlPathEqualTo(WIRE.chatPath()))
              .inScenario("chat")
              .whenScenarioStateIs("applies")
              .willReturn(ok(SlowReportRepo.MODEL_FIX_NOT_COMPILING, 2400, 160))
              .willSetStateTo("compiles"));
      server.stubFor(
          post(urlPathEqualTo(WIRE.chatPath()))
              .inScenario("chat")
              .whenScenarioStateIs("compiles")
              .willReturn(ok(SlowReportRepo.MODEL_FIX, 2700, 160)));

      CliRun run =
          CliRun.of(
              "improve",
              "--repo",
              repo.root().toString(),
              "--json",
              "--iterations",
              "1",
              "--proposer",
              "llm",
              "--base-url",
              "http://127.0.0.1:" + server.port() + WIRE.apiPath(),
              "--model",
              "qwen2.5-coder:7b",
              "--goal",
              "make Report.render faster");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      JsonNode json = run.json();
      String session = json.get("session").asText();
      JsonNode first = json.get("iterations").get(0);
      assertThat(first.get("proposer").asText()).isEqualTo("llm");
      assertThat(first.get("source").asText()).isEqualTo("openai/qwen2.5-coder:7b");
      assertThat(first.get("summary").asText()).isEqualTo("Build the line with a StringBuilder");
      assertThat(first.get("decision").asText()).as(run.toString()).isEqualTo("accepted");
      assertThat(json.get("tokens").asLong()).isEqualTo(2100 + 160 + 2400 + 160 + 2700 + 160);
      String best = json.get("best").asText();
      assertThat(fileAt(repo, best, SlowReportRepo.REPORT)).contains("out.append(i).append(',');");
      assertThat(server.getAllServeEvents()).hasSize(3);

      Path sessionDir = repo.root().resolve("workspace/sessions").resolve(session);
      List<String> exchanges =
          Files.readAllLines(sessionDir.resolve("exchanges.jsonl"), StandardCharsets.UTF_8);
      assertThat(exchanges).hasSize(3);
      assertThat(exchanges.get(1)).contains("\"round\":2").contains("repair@sha256:");
      assertThat(exchanges.get(2))
          .as("the third request quotes the compiler")
          .contains("\"round\":3")
          .contains("the build failed")
          .contains("incompatible types");
      assertThat(sessionDir.resolve("1/proposal.md"))
          .content()
          .contains("Round 3")
          .contains("new String()");
      assertThat(sessionDir.resolve("1/profile.txt")).content().contains("Hot methods of " + head);
      assertThat(sessionDir.resolve("journal.md"))
          .content()
          .contains("Build the line with a StringBuilder")
          .contains("accepted");
      String message =
          repo.git()
              .getRepository()
              .parseCommit(org.eclipse.jgit.lib.ObjectId.fromString(best))
              .getFullMessage();
      assertThat(message)
          .contains("Kaizen-Proposer: llm/openai/qwen2.5-coder:7b")
          .containsPattern("Kaizen-Prompt: propose@sha256:[0-9a-f]{12}");
      assertThat(repo.head()).isEqualTo(head);
      assertThat(repo.statusClean()).isTrue();

      server.stop();
      CliRun replay =
          CliRun.of(
              "improve",
              "--repo",
              repo.root().toString(),
              "--json",
              "--iterations",
              "1",
              "--proposer",
              "replay",
              "--from",
              session,
              "--goal",
              "make Report.render faster");

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

  @Test
  void a_propose_only_session_is_measured_by_its_replay_with_no_key_and_no_model()
      throws Exception {
    var server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("slow-report"))) {
      server.stubFor(
          post(urlPathEqualTo(WIRE.chatPath()))
              .willReturn(ok(SlowReportRepo.MODEL_FIX, 2100, 160)));
      CliRun proposed =
          CliRun.of(
              "improve",
              "--repo",
              repo.root().toString(),
              "--json",
              "--iterations",
              "1",
              "--propose-only",
              "--proposer",
              "llm",
              "--base-url",
              baseUrl(server),
              "--model",
              "qwen2.5-coder:7b");
      assertThat(proposed.exitCode()).as(proposed.toString()).isZero();
      assertThat(proposed.json().get("iterations").get(0).get("decision").asText())
          .isEqualTo("proposed");
      server.stop();

      CliRun measured =
          CliRun.of(
              "improve",
              "--repo",
              repo.root().toString(),
              "--json",
              "--iterations",
              "1",
              "--proposer",
              "replay",
              "--from",
              proposed.json().get("session").asText());

      assertThat(measured.exitCode()).as(measured.toString()).isZero();
      JsonNode it = measured.json().get("iterations").get(0);
      assertThat(it.get("proposer").asText()).isEqualTo("replay");
      assertThat(it.get("decision").asText()).as(measured.toString()).isEqualTo("accepted");
      assertThat(fileAt(repo, measured.json().get("best").asText(), SlowReportRepo.REPORT))
          .contains("out.append(i).append(',');");
    } finally {
      server.stop();
    }
  }

  @Test
  void
      a_budget_that_cannot_pay_for_the_first_call_stops_the_run_with_exit_4_before_it_and_keeps_the_ledger()
          throws Exception {
    var stub = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    stub.start();
    try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
      var files = SlowReportRepo.files();
      files.put(
          "kaizen.yml",
          SlowReportRepo.KAIZEN_YML.replace(
              "budget: {max-iterations: 5, max-wall: 30m}",
              "budget: {max-iterations: 5, max-wall: 30m, max-tokens: 1000}"));
      repo.writeAll(files).commitAll("a tight token budget");

      CliRun run =
          CliRun.of(
              "improve",
              "--repo",
              repo.root().toString(),
              "--proposer",
              "llm",
              "--base-url",
              baseUrl(stub),
              "--model",
              "qwen2.5-coder");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
      assertThat(run.err()).contains("budget.max-tokens (1000)");
      assertThat(stub.getAllServeEvents()).as("no call was made").isEmpty();
      Path sessions = repo.root().resolve("workspace/sessions");
      try (var dirs = Files.list(sessions)) {
        Path session = dirs.findFirst().orElseThrow();
        assertThat(session.resolve("session.json"))
            .content()
            .contains("\"status\" : \"finished\"")
            .contains("budget.max-tokens");
      }
      assertThat(repo.statusClean()).isTrue();
    } finally {
      stub.stop();
    }
  }

  @Test
  void a_provider_that_does_not_answer_exits_3_with_its_url() throws Exception {
    int closed;
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      CliRun run =
          CliRun.of(
              "improve",
              "--repo",
              repo.root().toString(),
              "--proposer",
              "llm",
              "--base-url",
              "http://127.0.0.1:" + closed + "/v1",
              "--model",
              "qwen2.5-coder");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
      assertThat(run.err()).contains("127.0.0.1:" + closed);
    }
  }

  private static String baseUrl(WireMockServer stub) {
    return "http://127.0.0.1:" + stub.port() + WIRE.apiPath();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(
      String text, int in, int out) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(WIRE.answer(text, in, out));
  }
}
