package dev.kaizen.agent.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.ProviderWire;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaizen improve --proposer llm|replay} without a sandbox: refusing before any work (a key
 * whose variable is unset: exit 3; bad options: exit 2), and {@code --propose-only}, which asks the
 * model and commits its changes but builds, runs and measures nothing. Stops that need the baseline
 * checked first are in {@link LlmImproveEndToEndTest}.
 */
class LlmImproveCommandTest {

  @TempDir Path tmp;

  @Test
  void an_unset_key_variable_exits_3_naming_the_variable() throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      CliRun run =
          CliRun.of(
              "improve",
              "--repo",
              repo.root().toString(),
              "--proposer",
              "llm",
              "--provider",
              "anthropic",
              "--model",
              "claude-sonnet-4-5",
              "--api-key-env",
              "KAIZEN_TEST_KEY_THAT_IS_NOT_SET");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
      assertThat(run.err()).contains("KAIZEN_TEST_KEY_THAT_IS_NOT_SET").contains("is not set");
      assertThat(repo.root().resolve("workspace/sessions"))
          .as("nothing was started")
          .doesNotExist();
    }
  }

  @Test
  void replay_needs_a_session_that_recorded_exchanges() throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      CliRun noFrom =
          CliRun.of("improve", "--repo", repo.root().toString(), "--proposer", "replay");
      CliRun unknown =
          CliRun.of(
              "improve",
              "--repo",
              repo.root().toString(),
              "--proposer",
              "replay",
              "--from",
              "2019");
      CliRun fromWithHeuristic =
          CliRun.of("improve", "--repo", repo.root().toString(), "--from", "2019");
      CliRun modelWithHeuristic =
          CliRun.of("improve", "--repo", repo.root().toString(), "--model", "gpt-4.1");

      assertThat(noFrom.exitCode()).isEqualTo(2);
      assertThat(noFrom.err()).contains("--proposer replay needs --from SESSION");
      assertThat(unknown.exitCode()).isEqualTo(2);
      assertThat(unknown.err()).contains("no session '2019'");
      assertThat(fromWithHeuristic.exitCode()).isEqualTo(2);
      assertThat(fromWithHeuristic.err()).contains("--from applies to --proposer replay only");
      assertThat(modelWithHeuristic.exitCode()).isEqualTo(2);
      assertThat(modelWithHeuristic.err()).contains("apply to --proposer llm");
    }
  }

  @Test
  void propose_only_asks_the_model_and_commits_its_change_without_a_sandbox() throws Exception {
    var stub = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    stub.start();
    try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
      var files = SlowReportRepo.files();
      // an image that does not exist: opening the sandbox would fail the run
      files.put(
          "kaizen.yml",
          SlowReportRepo.KAIZEN_YML.replace("image: host", "image: kaizen-no-such-image:0"));
      repo.writeAll(files).commitAll("a repository whose sandbox cannot open");
      stub.stubFor(
          post(urlPathEqualTo(ProviderWire.OPENAI_COMPATIBLE.chatPath()))
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withBody(
                          ProviderWire.OPENAI_COMPATIBLE.answer(
                              SlowReportRepo.MODEL_FIX, 900, 120))));

      CliRun run =
          CliRun.of(
              "improve",
              "--repo",
              repo.root().toString(),
              "--json",
              "--iterations",
              "2",
              "--propose-only",
              "--proposer",
              "llm",
              "--base-url",
              "http://127.0.0.1:" + stub.port() + "/v1",
              "--model",
              "qwen2.5-coder");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      JsonNode json = run.json();
      JsonNode first = json.get("iterations").get(0);
      assertThat(first.get("decision").asText()).isEqualTo("proposed");
      assertThat(first.get("reason").asText())
          .contains("--proposer replay --from " + json.get("session").asText());
      assertThat(first.get("commit").asText()).as("committed on its candidate branch").hasSize(40);
      JsonNode second = json.get("iterations").get(1);
      assertThat(second.get("decision").asText())
          .as("the same change again is not a new proposal")
          .isEqualTo("rejected");
      assertThat(second.get("reason").asText()).contains("already tried");
      assertThat(json.get("accepted").asInt()).isZero();
      assertThat(json.get("best").asText()).isEqualTo(repo.head());
      assertThat(run.err()).doesNotContain("sandbox:").doesNotContain("baseline");
      Path session =
          repo.root().resolve("workspace/sessions").resolve(json.get("session").asText());
      assertThat(Files.readAllLines(session.resolve("exchanges.jsonl"))).hasSize(1 + 3);
      assertThat(session.resolve("1/patch.diff"))
          .content()
          .contains("+    StringBuilder out = new StringBuilder();");
      assertThat(repo.statusClean()).isTrue();
    } finally {
      stub.stop();
    }
  }

  @Test
  void propose_only_refuses_into() throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      CliRun run =
          CliRun.of(
              "improve", "--repo", repo.root().toString(), "--propose-only", "--into", "main");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("--into has nothing to fast-forward with --propose-only");
    }
  }
}
