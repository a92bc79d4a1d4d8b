package dev.kaizen.agent.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.ProviderWire;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaizen improve --proposer llm|replay} where it must stop before anything is measured:
 * a budget that cannot pay for the first call (exit 4), a key whose variable is unset and a
 * provider that does not answer (exit 3), and bad options (exit 2). No sandbox is needed: the
 * proposer is asked before the first candidate is built.
 */
class LlmImproveCommandTest {

  @TempDir Path tmp;
  WireMockServer server;

  @BeforeEach
  void startStub() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    server.stubFor(post(urlPathEqualTo(ProviderWire.OPENAI_COMPATIBLE.chatPath())).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(ProviderWire.OPENAI_COMPATIBLE.answer(SlowReportRepo.MODEL_FIX, 900, 120))));
  }

  @AfterEach
  void stopStub() {
    server.stop();
  }

  @Test
  void a_budget_that_cannot_pay_for_the_first_call_stops_the_run_with_exit_4_before_it_and_keeps_the_ledger() throws Exception {
    try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
      var files = SlowReportRepo.files();
      files.put("kaizen.yml", SlowReportRepo.KAIZEN_YML.replace("budget: {max-iterations: 5, max-wall: 30m}",
          "budget: {max-iterations: 5, max-wall: 30m, max-tokens: 1000}"));
      repo.writeAll(files).commitAll("a tight token budget");

      CliRun run = CliRun.of("improve", "--repo", repo.root().toString(), "--proposer", "llm", "--base-url", baseUrl(),
          "--model", "qwen2.5-coder");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
      assertThat(run.err()).contains("budget.max-tokens (1000)");
      assertThat(server.getAllServeEvents()).as("no call was made").isEmpty();
      Path sessions = repo.root().resolve("workspace/sessions");
      try (var dirs = Files.list(sessions)) {
        Path session = dirs.findFirst().orElseThrow();
        assertThat(session.resolve("session.json")).content().contains("\"status\" : \"finished\"").contains("budget.max-tokens");
      }
      assertThat(repo.statusClean()).isTrue();
    }
  }

  @Test
  void an_unset_key_variable_exits_3_naming_the_variable() throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      CliRun run = CliRun.of("improve", "--repo", repo.root().toString(), "--proposer", "llm", "--provider", "anthropic",
          "--model", "claude-sonnet-4-5", "--api-key-env", "KAIZEN_TEST_KEY_THAT_IS_NOT_SET");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
      assertThat(run.err()).contains("KAIZEN_TEST_KEY_THAT_IS_NOT_SET").contains("is not set");
      assertThat(repo.root().resolve("workspace/sessions")).as("nothing was started").doesNotExist();
    }
  }

  @Test
  void a_provider_that_does_not_answer_exits_3_with_its_url() throws Exception {
    int closed;
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      CliRun run = CliRun.of("improve", "--repo", repo.root().toString(), "--proposer", "llm",
          "--base-url", "http://127.0.0.1:" + closed + "/v1", "--model", "qwen2.5-coder");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
      assertThat(run.err()).contains("127.0.0.1:" + closed);
    }
  }

  @Test
  void replay_needs_a_session_that_recorded_exchanges() throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      CliRun noFrom = CliRun.of("improve", "--repo", repo.root().toString(), "--proposer", "replay");
      CliRun unknown = CliRun.of("improve", "--repo", repo.root().toString(), "--proposer", "replay", "--from", "2019");
      CliRun fromWithHeuristic = CliRun.of("improve", "--repo", repo.root().toString(), "--from", "2019");
      CliRun modelWithHeuristic = CliRun.of("improve", "--repo", repo.root().toString(), "--model", "gpt-4.1");

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

  private String baseUrl() {
    return "http://127.0.0.1:" + server.port() + ProviderWire.OPENAI_COMPATIBLE.apiPath();
  }
}
