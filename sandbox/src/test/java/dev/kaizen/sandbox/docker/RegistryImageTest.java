package dev.kaizen.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kaizen.sandbox.SandboxConfigurationException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pulling an image the engine lacks, against a fake engine on loopback that knows no image and
 * answers pulls as told: slowly, or with an error.
 */
class RegistryImageTest {

  private final CountDownLatch released = new CountDownLatch(1);
  private HttpServer engine;

  @AfterEach
  void stopEngine() {
    released.countDown();
    if (engine != null) engine.stop(0);
  }

  @Test
  void pulls_without_tag_ask_for_latest_and_digests_stay_whole() {
    assertThat(RegistryImage.repositoryAndTag("maven")).containsExactly("maven", "latest");
    assertThat(RegistryImage.repositoryAndTag("maven:3.9")).containsExactly("maven", "3.9");
    assertThat(RegistryImage.repositoryAndTag("localhost:5000/tools"))
        .containsExactly("localhost:5000/tools", "latest");
    assertThat(RegistryImage.repositoryAndTag("localhost:5000/tools:2"))
        .containsExactly("localhost:5000/tools", "2");
    assertThat(RegistryImage.repositoryAndTag("maven@sha256:abc"))
        .containsExactly("maven@sha256:abc", null);
  }

  @Test
  void keeps_the_engines_own_words_from_an_error_answer() {
    var answer =
        new com.github.dockerjava.api.exception.InternalServerErrorException(
            "{\"message\":\"Get \\\"https://registry-1.docker.io/v2/\\\": no such host\"}\n");

    assertThat(RegistryImage.message(answer))
        .isEqualTo("Get \"https://registry-1.docker.io/v2/\": no such host");
  }

  @Test
  void gives_up_on_a_pull_that_does_not_finish_within_its_time() throws Exception {
    startEngine(
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          exchange.getResponseBody().write("{\"status\":\"Pulling from acme/slow\"}\n".getBytes());
          exchange.getResponseBody().flush();
          released.await(60, TimeUnit.SECONDS); // a registry that never finishes
        });
    long started = System.nanoTime();

    try (DockerClient docker = connect()) {
      assertThatThrownBy(() -> RegistryImage.prepare(docker, "acme/slow:1", Duration.ofSeconds(1)))
          .isInstanceOf(SandboxConfigurationException.class)
          .hasMessageStartingWith(
              "image 'acme/slow:1' is not available locally and could not be pulled: no answer"
                  + " within 1 s");
    }

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void reports_the_error_the_engine_gives_while_pulling() throws Exception {
    startEngine(
        exchange -> {
          byte[] body =
              ("{\"errorDetail\":{\"message\":\"pull access denied for acme/private\"},"
                      + "\"error\":\"pull access denied for acme/private\"}\n")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
        });

    try (DockerClient docker = connect()) {
      assertThatThrownBy(
              () -> RegistryImage.prepare(docker, "acme/private:1", Duration.ofSeconds(30)))
          .isInstanceOf(SandboxConfigurationException.class)
          .hasMessageContaining("could not be pulled: pull access denied for acme/private");
    }
  }

  private interface PullAnswer {
    void answer(HttpExchange exchange) throws Exception;
  }

  private void startEngine(PullAnswer pull) throws IOException {
    engine = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    engine.setExecutor(Executors.newCachedThreadPool());
    engine.createContext(
        "/",
        exchange -> {
          try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/images/create")) {
              pull.answer(exchange);
            } else {
              byte[] body = "{\"message\":\"No such image\"}".getBytes(StandardCharsets.UTF_8);
              exchange.sendResponseHeaders(404, body.length);
              exchange.getResponseBody().write(body);
            }
          } catch (Exception e) {
            // the client went away
          }
        });
    engine.start();
  }

  private DockerClient connect() {
    return DockerEngine.at("tcp://127.0.0.1:" + engine.getAddress().getPort()).connect();
  }
}
