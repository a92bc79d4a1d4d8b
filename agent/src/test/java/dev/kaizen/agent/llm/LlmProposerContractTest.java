package dev.kaizen.agent.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kaizen.agent.BudgetExhaustedException;
import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.budget.Budget;
import dev.kaizen.agent.budget.Prices;
import dev.kaizen.agent.config.BudgetConfig;
import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.ledger.ExchangeRecord;
import dev.kaizen.agent.model.ClientOptions;
import dev.kaizen.agent.model.ModelClient;
import dev.kaizen.agent.model.ModelClients;
import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.agent.model.RetryPolicy;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Hotspot;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.agent.propose.ProposalContext;
import dev.kaizen.agent.propose.SessionNotes;
import dev.kaizen.agent.testing.ProviderWire;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code llm} proposer against a loopback stub of each provider's HTTP API: a good answer
 * becomes a patch, a SEARCH that does not match is repaired in a second round that quotes what
 * failed, a rate limit is retried, repeated server errors give up cleanly, a budget stops before
 * the call, and a replay of the recorded exchanges makes the same proposal with no model.
 */
class LlmProposerContractTest {

  static final String KEY = "sk-kaizen-llm-test-0b8e51d2c7a94f36";

  static final String GOOD_ANSWER = SlowReportRepo.MODEL_FIX;
  static final String MISMATCHED_ANSWER = SlowReportRepo.MODEL_FIX_MISMATCHED;

  static WireMockServer server;

  @TempDir Path tree;
  final List<ExchangeRecord> recorded = new ArrayList<>();
  final List<Duration> waits = new ArrayList<>();

  @BeforeAll
  static void startStub() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
  }

  @AfterAll
  static void stopStub() {
    server.stop();
  }

  @BeforeEach
  void writeTree() throws IOException {
    server.resetAll();
    for (var file : SlowReportRepo.files().entrySet()) {
      Path path = tree.resolve(file.getKey());
      Files.createDirectories(path.getParent() == null ? tree : path.getParent());
      Files.writeString(path, file.getValue());
    }
  }

  @ParameterizedTest
  @EnumSource(ProviderWire.class)
  void applies_a_good_answer(ProviderWire wire) {
    answerInTurn(wire, ok(wire, GOOD_ANSWER, 1200, 180));

    Proposal proposal =
        proposer(wire, 2, BudgetConfig.DEFAULT).propose(goal(), context()).orElseThrow();

    assertThat(proposal.unusable()).isEmpty();
    assertThat(proposal.summary()).isEqualTo("Build the line with a StringBuilder");
    assertThat(proposal.rationale())
        .startsWith("Concatenating with += copies")
        .endsWith("amortised constant time.");
    FileEdit edit = proposal.patch().edits().get(0);
    assertThat(edit.path()).isEqualTo(SlowReportRepo.REPORT);
    assertThat(edit.after()).contains("out.append(i).append(',');").doesNotContain("out += i");
    assertThat(proposal.provenance().proposer()).isEqualTo("llm");
    assertThat(proposal.provenance().source()).isEqualTo(wire.provider() + "/" + wire.model());
    assertThat(proposal.provenance().promptTemplate())
        .hasValueSatisfying(t -> assertThat(t).matches("propose@sha256:[0-9a-f]{12}"));
    assertThat(proposal.provenance().tokens()).isEqualTo(1380);
    assertThat(requests()).hasSize(1);
    String sent = requests().get(0).getBodyAsString();
    assertThat(sent)
        .as("the prompt holds the goal and the file in full")
        .contains("make Report.render faster")
        .contains("out += i");
    assertThat(recorded)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.round()).isEqualTo(1);
              assertThat(r.answer()).isEqualTo(GOOD_ANSWER);
              assertThat(r.inputTokens()).isEqualTo(1200);
              assertThat(r.outputTokens()).isEqualTo(180);
              assertThat(r.provider()).isEqualTo(wire.provider());
            });
  }

  @ParameterizedTest
  @EnumSource(ProviderWire.class)
  void repairs_a_search_that_does_not_match_in_a_second_round_that_quotes_what_failed(
      ProviderWire wire) {
    answerInTurn(wire, ok(wire, MISMATCHED_ANSWER, 1200, 180), ok(wire, GOOD_ANSWER, 1500, 180));

    Proposal proposal =
        proposer(wire, 2, BudgetConfig.DEFAULT).propose(goal(), context()).orElseThrow();

    assertThat(proposal.unusable()).isEmpty();
    assertThat(proposal.patch().edits().get(0).after()).contains("StringBuilder");
    assertThat(requests()).hasSize(2);
    String repair = requests().get(1).getBodyAsString();
    assertThat(repair)
        .as("the repair round quotes the failed SEARCH's nearest lines and says why")
        .contains("nothing changed")
        .contains("String out = \\\"\\\";")
        .contains("SEARCH");
    assertThat(repair).as("the conversation carries the first answer").contains("new String()");
    assertThat(recorded).extracting(ExchangeRecord::round).containsExactly(1, 2);
    assertThat(recorded.get(1).template()).startsWith("repair@sha256:");
    assertThat(proposal.transcript())
        .contains("Round 1")
        .contains("Round 2")
        .contains("new String()");
  }

  @ParameterizedTest
  @EnumSource(ProviderWire.class)
  void retries_a_rate_limit_and_then_proposes(ProviderWire wire) {
    answerInTurn(
        wire,
        aResponse()
            .withStatus(429)
            .withHeader("Content-Type", "application/json")
            .withHeader("Retry-After", "2")
            .withBody(wire.error(429, "Rate limit reached for requests")),
        ok(wire, GOOD_ANSWER, 1200, 180));

    Proposal proposal =
        proposer(wire, 2, BudgetConfig.DEFAULT).propose(goal(), context()).orElseThrow();

    assertThat(proposal.patch().edits()).hasSize(1);
    assertThat(requests()).hasSize(2);
    assertThat(waits).containsExactly(Duration.ofSeconds(2));
    assertThat(recorded).singleElement().satisfies(r -> assertThat(r.attempts()).isEqualTo(2));
  }

  @ParameterizedTest
  @EnumSource(ProviderWire.class)
  void gives_up_cleanly_when_the_server_keeps_failing(ProviderWire wire) {
    server.stubFor(
        post(urlPathEqualTo(wire.chatPath()))
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "application/json")
                    .withBody(wire.error(503, "The server is overloaded"))));

    assertThatThrownBy(() -> proposer(wire, 2, BudgetConfig.DEFAULT).propose(goal(), context()))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("503")
        .hasMessageContaining("127.0.0.1:" + server.port())
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    assertThat(requests()).hasSize(3);
    assertThat(recorded).as("no answer, nothing recorded as answered").isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ProviderWire.class)
  void stops_before_the_call_when_the_budget_cannot_pay_for_it(ProviderWire wire) {
    answerInTurn(wire, ok(wire, GOOD_ANSWER, 1200, 180));
    var tight = new BudgetConfig(5, 900, 20, Duration.ofHours(1));

    assertThatThrownBy(() -> proposer(wire, 2, tight).propose(goal(), context()))
        .isInstanceOf(BudgetExhaustedException.class)
        .hasMessageContaining("budget.max-tokens");
    assertThat(requests()).as("the budget holds before the call, not after").isEmpty();
  }

  @Test
  void stops_a_repair_round_the_budget_cannot_pay_for_and_keeps_what_was_spent_recorded() {
    ProviderWire wire = ProviderWire.OPENAI_COMPATIBLE;
    answerInTurn(wire, ok(wire, MISMATCHED_ANSWER, 3000, 900), ok(wire, GOOD_ANSWER, 3000, 180));
    // room for the first call (a prompt of about 2000 tokens and an answer), not for a second after
    // 3900 were spent
    var budget = new BudgetConfig(5, 4200, 20, Duration.ofHours(1));

    assertThatThrownBy(() -> proposer(wire, 2, budget).propose(goal(), context()))
        .isInstanceOf(BudgetExhaustedException.class);
    assertThat(requests()).hasSize(1);
    assertThat(recorded).as("the answered exchange is in the ledger").hasSize(1);
  }

  @Test
  void gives_up_on_an_answer_without_edits_after_the_repair_rounds_and_keeps_it() {
    ProviderWire wire = ProviderWire.OPENAI_COMPATIBLE;
    String prose =
        "Summary: Use a faster loop\nRationale: It would be faster.\n\nI would rewrite the loop to be faster.";
    server.stubFor(post(urlPathEqualTo(wire.chatPath())).willReturn(ok(wire, prose, 1000, 40)));

    Proposal proposal =
        proposer(wire, 2, BudgetConfig.DEFAULT).propose(goal(), context()).orElseThrow();

    assertThat(proposal.unusable())
        .hasValueSatisfying(
            why -> assertThat(why).contains("after 2 repair round(s)").contains("no edits"));
    assertThat(proposal.patch().edits()).isEmpty();
    assertThat(proposal.transcript()).contains("I would rewrite the loop");
    assertThat(requests()).hasSize(3);
    assertThat(requests().get(1).getBodyAsString()).contains("holds no edits");
  }

  @Test
  void applies_a_whole_method_answer_without_a_path_to_the_one_file_shown() {
    ProviderWire wire = ProviderWire.OLLAMA;
    String answer =
        """
        Summary: Render with a StringBuilder
        Rationale: No quadratic copying.

        ```java
        public static String render(int count) {
          StringBuilder out = new StringBuilder();
          for (int i = 0; i < count; i++) {
            out.append(i).append(',');
          }
          return out.toString();
        }
        ```
        """;
    answerInTurn(wire, ok(wire, answer, 800, 90));
    var hot =
        new SessionNotes(
            List.of(),
            List.of(),
            List.of(
                new Hotspot(SlowReportRepo.REPORT, "demo.Report#render(int count)", 8, 14, 0.9)),
            List.of());
    var ctx =
        new ProposalContext(
            tree,
            CodeIndex.build(tree),
            Set.of(),
            path -> path.startsWith("src/test/"),
            1,
            hot,
            recorded::add);

    Proposal proposal = proposer(wire, 0, BudgetConfig.DEFAULT).propose(goal(), ctx).orElseThrow();

    assertThat(proposal.unusable()).isEmpty();
    FileEdit edit = proposal.patch().edits().get(0);
    assertThat(edit.path()).isEqualTo(SlowReportRepo.REPORT);
    assertThat(edit.after())
        .contains("out.append(i).append(',');")
        .contains("/** Renders numbers as a comma-separated line. */");
    assertThat(requests().get(0).getBodyAsString()).contains("90.0%  " + SlowReportRepo.REPORT);
  }

  @Test
  void replay_makes_the_same_proposal_from_the_recorded_exchanges_without_a_model() {
    ProviderWire wire = ProviderWire.OPENAI_COMPATIBLE;
    answerInTurn(wire, ok(wire, MISMATCHED_ANSWER, 1200, 180), ok(wire, GOOD_ANSWER, 1500, 180));
    Proposal original =
        proposer(wire, 2, BudgetConfig.DEFAULT).propose(goal(), context()).orElseThrow();
    List<ExchangeRecord> recording = List.copyOf(recorded);
    server.stop();
    try {
      var replayClient = new ReplayClient("20261127-090000-abcd", recording);
      var replay =
          new LlmProposer(
              "replay",
              replayClient,
              budget(BudgetConfig.DEFAULT),
              PromptTemplates.packaged(),
              settings(2));
      recorded.clear();

      Proposal again = replay.propose(goal(), context()).orElseThrow();

      assertThat(again.key()).isEqualTo(original.key());
      assertThat(again.patch()).isEqualTo(original.patch());
      assertThat(again.summary()).isEqualTo(original.summary());
      assertThat(replayClient.served()).isEqualTo(2);
      assertThat(replayClient.mismatches()).as("the replay asked exactly what was asked").isZero();
      assertThat(recorded)
          .extracting(ExchangeRecord::requestHash)
          .containsExactlyElementsOf(recording.stream().map(ExchangeRecord::requestHash).toList());
      assertThat(replay.propose(goal(), context(2)))
          .as("nothing recorded for iteration 2: nothing more to propose")
          .isEmpty();
    } finally {
      server.start();
    }
  }

  @Test
  void
      replay_answers_each_iteration_and_round_with_what_was_recorded_there_and_says_when_it_diverges()
          throws Exception {
    ProviderWire wire = ProviderWire.OPENAI_COMPATIBLE;
    answerInTurn(wire, ok(wire, GOOD_ANSWER, 1200, 180));
    Proposal recordedProposal =
        proposer(wire, 2, BudgetConfig.DEFAULT).propose(goal(), context()).orElseThrow();
    List<ExchangeRecord> recording = List.copyOf(recorded);
    recorded.clear();
    // The tree moved on since (another change was accepted first this time): the recorded SEARCH no
    // longer matches.
    Files.writeString(
        tree.resolve(SlowReportRepo.REPORT),
        SlowReportRepo.SLOW_REPORT.replace("String out = \"\";", "String out = new String();"));
    var replayClient = new ReplayClient("20261127-090000-abcd", recording);
    var replay =
        new LlmProposer(
            "replay",
            replayClient,
            budget(BudgetConfig.DEFAULT),
            PromptTemplates.packaged(),
            settings(2));

    Proposal diverged = replay.propose(goal(), context()).orElseThrow();

    assertThat(recordedProposal.unusable()).isEmpty();
    assertThat(diverged.unusable())
        .hasValueSatisfying(
            why ->
                assertThat(why)
                    .contains("the replay needs an answer the recorded session never got")
                    .contains("iteration 1, round 2"));
    assertThat(replayClient.served()).isEqualTo(1);
    assertThat(replayClient.mismatches()).as("the file in the prompt changed").isEqualTo(1);
    assertThat(server.getAllServeEvents()).as("no model was asked").hasSize(1);
  }

  // ---- helpers

  private static Goal goal() {
    return new Goal("make Report.render faster");
  }

  private ProposalContext context() {
    return context(1);
  }

  private ProposalContext context(int iteration) {
    return new ProposalContext(
        tree,
        CodeIndex.build(tree),
        Set.of(),
        path -> path.startsWith("src/test/") || path.equals("kaizen.yml"),
        iteration,
        SessionNotes.EMPTY,
        recorded::add);
  }

  private LlmProposer proposer(ProviderWire wire, int repairRounds, BudgetConfig limits) {
    String baseUrl = "http://127.0.0.1:" + server.port() + wire.apiPath();
    var config =
        new ModelConfig(wire.provider(), wire.model(), Optional.of(baseUrl), wire.keyVariable());
    ClientOptions options =
        ClientOptions.DEFAULT
            .withRetry(RetryPolicy.DEFAULT.withMaxAttempts(3))
            .withTimeout(Duration.ofSeconds(10))
            .withSleeper(waits::add)
            .withJitter(() -> 0.0);
    Map<String, String> env = wire.keyed() ? Map.of(wire.keyVariable(), KEY) : Map.of();
    ModelClient client = ModelClients.open(config, env, options);
    return new LlmProposer(
        "llm", client, budget(limits), PromptTemplates.packaged(), settings(repairRounds));
  }

  private static Budget budget(BudgetConfig limits) {
    return new Budget(limits, Prices.ZERO, Clock.systemUTC(), Instant.now());
  }

  private static LlmSettings settings(int repairRounds) {
    return new LlmSettings(1000, 0.2, repairRounds, 8000);
  }

  private static ResponseDefinitionBuilder ok(ProviderWire wire, String text, int in, int out) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(wire.answer(text, in, out));
  }

  /** Answers the chat path with {@code responses} in turn; the last one again after that. */
  private static void answerInTurn(ProviderWire wire, ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      String state = i == 0 ? STARTED : "answer-" + i;
      var stub =
          post(urlPathEqualTo(wire.chatPath()))
              .inScenario("chat")
              .whenScenarioStateIs(state)
              .willReturn(responses[i]);
      if (i + 1 < responses.length) stub = stub.willSetStateTo("answer-" + (i + 1));
      server.stubFor(stub);
    }
  }

  private static List<LoggedRequest> requests() {
    var newestFirst =
        new ArrayList<>(server.getAllServeEvents().stream().map(e -> e.getRequest()).toList());
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }
}
