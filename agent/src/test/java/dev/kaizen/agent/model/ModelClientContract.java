package dev.kaizen.agent.model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.testing.ProviderWire;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every provider's client must do, checked against a loopback stub that speaks the provider's
 * HTTP protocol with recorded-looking bodies. Each provider has a subclass that names its {@link
 * ProviderWire} (where its API lives, how it sends the key, what its answers and errors look like)
 * and adds the tests only that provider needs.
 */
abstract class ModelClientContract {

  static final String KEY = "sk-kaizen-test-7f3a9c1e5b2d4068aa";
  static final String SYSTEM = "You improve Java code. Answer with SEARCH/REPLACE blocks only.";
  static final String USER = "Make Report.render faster.";

  static WireMockServer server;

  final RecordingSleeper sleeper = new RecordingSleeper();

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
  void resetStub() {
    server.resetAll();
  }

  // ---- what each provider says

  /** The provider's wire format: where its API lives, how it sends the key, what it answers. */
  abstract ProviderWire wire();

  String provider() {
    return wire().provider();
  }

  String model() {
    return wire().model();
  }

  String apiPath() {
    return wire().apiPath();
  }

  String chatPath() {
    return wire().chatPath();
  }

  String keyVariable() {
    return wire().keyVariable();
  }

  /**
   * The registry the provider is found in: the standard one, unless a subclass adds its own
   * provider.
   */
  ModelProviders providers() {
    return ModelProviders.standard();
  }

  /** Whether the test environment sets {@link #keyVariable()} to {@link #KEY}. */
  boolean keyed() {
    return wire().keyed();
  }

  Map.Entry<String, String> keyHeader(String key) {
    return wire().keyHeader(key);
  }

  String answer(String text, int inputTokens, int outputTokens) {
    return wire().answer(text, inputTokens, outputTokens);
  }

  String error(int status, String message) {
    return wire().error(status, message);
  }

  String maxTokensPattern(int n) {
    return wire().maxTokensPattern(n);
  }

  // ---- helpers

  String baseUrl() {
    return "http://127.0.0.1:" + server.port() + apiPath();
  }

  Map<String, String> env() {
    return keyed() ? Map.of(keyVariable(), KEY) : Map.of();
  }

  ModelClient client(int maxAttempts) {
    return client(maxAttempts, Duration.ofSeconds(10));
  }

  ModelClient client(int maxAttempts, Duration timeout) {
    return client(maxAttempts, timeout, env());
  }

  ModelClient client(int maxAttempts, Duration timeout, Map<String, String> env) {
    ModelConfig config =
        new ModelConfig(provider(), model(), Optional.of(baseUrl()), keyVariable());
    ClientOptions options =
        ClientOptions.DEFAULT
            .withRetry(RetryPolicy.DEFAULT.withMaxAttempts(maxAttempts))
            .withTimeout(timeout)
            .withSleeper(sleeper)
            .withJitter(() -> 0.0);
    return ModelClients.open(config, env, options, providers());
  }

  static ChatRequest request() {
    return ChatRequest.of(SYSTEM, USER, 321, 0.2);
  }

  void stubChat(ResponseDefinitionBuilder response) {
    server.stubFor(post(urlPathEqualTo(chatPath())).willReturn(response));
  }

  ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  int requests() {
    return server.findAll(postRequestedFor(urlPathEqualTo(chatPath()))).size();
  }

  static List<String> messagesOf(Throwable thrown) {
    List<String> all = new ArrayList<>();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      all.add(String.valueOf(t.getMessage()));
      all.add(t.toString());
    }
    return all;
  }

  // ---- the contract

  @Test
  void returns_the_answer_with_the_token_counts_the_provider_reported() {
    stubChat(json(200, answer("Precompile the pattern.", 57, 9)));

    Exchange exchange = client(4).chat(request());

    assertThat(exchange.text()).isEqualTo("Precompile the pattern.");
    assertThat(exchange.inputTokens()).as("input tokens").hasValue(57);
    assertThat(exchange.outputTokens()).as("output tokens").hasValue(9);
    assertThat(exchange.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(exchange.attempts()).isEqualTo(1);
    assertThat(exchange.provider()).isEqualTo(provider());
    assertThat(exchange.model()).isEqualTo(model());
    assertThat(exchange.baseUrl()).startsWith(baseUrl());
    assertThat(sleeper.waits()).as("no waits").isEmpty();

    String sent = server.getAllServeEvents().get(0).getRequest().getBodyAsString();
    assertThat(sent)
        .as("request body")
        .contains(SYSTEM)
        .contains(USER)
        .containsPattern(maxTokensPattern(321));
  }

  @Test
  void reports_an_answer_cut_off_at_the_output_limit_as_truncated() {
    stubChat(json(200, wire().lengthAnswer("Precompile the pattern once and reuse", 57, 321)));

    Exchange exchange = client(4).chat(request());

    assertThat(exchange.finishReason())
        .as("the provider's word for hitting the output limit")
        .isEqualTo(FinishReason.LENGTH);
    assertThat(exchange.truncated()).as("truncated").isTrue();
    assertThat(exchange.text()).isEqualTo("Precompile the pattern once and reuse");
    assertThat(exchange.outputTokens()).as("output tokens").hasValue(321);
    assertThat(requests()).as("a cut-off answer is an answer, not retried").isEqualTo(1);
  }

  @Test
  void sends_the_key_in_the_providers_header() {
    stubChat(json(200, answer("ok", 1, 1)));

    client(1).chat(request());

    Map.Entry<String, String> header = keyHeader(KEY);
    if (keyed()) {
      server.verify(
          1,
          postRequestedFor(urlPathEqualTo(chatPath()))
              .withHeader(header.getKey(), equalTo(header.getValue())));
    } else {
      server.verify(1, postRequestedFor(urlPathEqualTo(chatPath())).withoutHeader(header.getKey()));
    }
  }

  @Test
  void retries_a_rate_limit_after_the_wait_the_provider_asked_for() {
    server.stubFor(
        post(urlPathEqualTo(chatPath()))
            .inScenario("rate limit")
            .whenScenarioStateIs(Scenario.STARTED)
            .willSetStateTo("cleared")
            .willReturn(
                json(429, error(429, "Rate limit reached, please slow down"))
                    .withHeader("Retry-After", "7")));
    server.stubFor(
        post(urlPathEqualTo(chatPath()))
            .inScenario("rate limit")
            .whenScenarioStateIs("cleared")
            .willReturn(json(200, answer("after the wait", 12, 3))));

    Exchange exchange = client(4).chat(request());

    assertThat(exchange.text()).isEqualTo("after the wait");
    assertThat(exchange.attempts()).isEqualTo(2);
    assertThat(sleeper.waits())
        .as("the wait Retry-After asked for")
        .containsExactly(Duration.ofSeconds(7));
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void gives_up_after_the_configured_attempts_when_the_server_keeps_failing() {
    stubChat(json(503, error(503, "The server is overloaded")));

    assertThatThrownBy(() -> client(3).chat(request()))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("gave up after 3 attempts")
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining(baseUrl())
        .hasMessageContaining(model())
        .hasMessageContaining("overloaded");
    assertThat(requests()).isEqualTo(3);
    assertThat(sleeper.waits())
        .as("exponential backoff, no jitter")
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void does_not_retry_a_refused_key() {
    stubChat(json(401, error(401, "Invalid authentication credentials")));

    assertThatThrownBy(() -> client(4).chat(request()))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining(keyVariable())
        .hasMessageContaining("HTTP 401")
        .hasMessageContaining(keyed() ? "refused the API key" : "is not set");
    assertThat(requests()).as("not retried").isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void never_puts_the_key_into_an_exception_message() {
    // Providers whose key is optional send it when its variable is set: every provider gets one
    // here.
    stubChat(json(401, error(401, "Incorrect API key provided: " + KEY)));
    ModelClient client = client(2, Duration.ofSeconds(10), Map.of(keyVariable(), KEY));

    Throwable refused = catchThrowable(() -> client.chat(request()));
    server.resetAll();
    stubChat(json(400, error(400, "bad request from key " + KEY)));
    Throwable rejected = catchThrowable(() -> client.chat(request()));
    server.resetAll();
    stubChat(json(500, error(500, "internal error for " + KEY)));
    Throwable failed = catchThrowable(() -> client.chat(request()));

    for (Throwable t : List.of(refused, rejected, failed)) {
      assertThat(t).isNotNull();
      assertThat(messagesOf(t))
          .as("messages of %s", t.getClass().getSimpleName())
          .noneMatch(m -> m.contains(KEY));
    }
    assertThat(client.toString()).doesNotContain(KEY).contains(keyVariable());
  }

  @Test
  void rejects_an_unknown_model_without_retrying() {
    stubChat(json(404, error(404, "The model " + model() + " does not exist")));

    assertThatThrownBy(() -> client(4).chat(request()))
        .isInstanceOfSatisfying(
            ModelRequestException.class, e -> assertThat(e.status()).isEqualTo(404))
        .hasMessageContaining("HTTP 404")
        .hasMessageContaining(model())
        .hasMessageContaining(baseUrl());
    assertThat(requests()).as("not retried").isEqualTo(1);
  }

  @Test
  void names_the_url_when_nothing_listens_there() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort + apiPath();
    ModelConfig config = new ModelConfig(provider(), model(), Optional.of(url), keyVariable());
    ClientOptions options =
        ClientOptions.DEFAULT
            .withRetry(RetryPolicy.DEFAULT.withMaxAttempts(2))
            .withSleeper(sleeper)
            .withJitter(() -> 0.0);

    assertThatThrownBy(() -> ModelClients.open(config, env(), options, providers()).chat(request()))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("cannot reach " + provider() + " at http://127.0.0.1:" + closedPort)
        .hasMessageContaining("after 2 attempts");
    assertThat(sleeper.waits()).as("retried once").hasSize(1);
  }

  @Test
  void retries_a_timeout_then_says_how_long_it_waited() {
    stubChat(json(200, answer("too late", 1, 1)).withFixedDelay(800));

    assertThatThrownBy(() -> client(2, Duration.ofMillis(200)).chat(request()))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("gave up after 2 attempts")
        .hasMessageContaining("did not answer within 200ms");
    assertThat(sleeper.waits()).hasSize(1);
  }

  private static Throwable catchThrowable(Runnable r) {
    try {
      r.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }
}
