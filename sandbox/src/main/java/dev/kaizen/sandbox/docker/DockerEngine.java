package dev.kaizen.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.kaizen.sandbox.SandboxUnavailableException;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where the Docker engine is, and whether it answers.
 *
 * <p>{@link #fromEnvironment()} honours {@code DOCKER_HOST}, {@code DOCKER_TLS_VERIFY} and {@code
 * DOCKER_CERT_PATH} (and docker-java's own properties); without them the engine is expected at
 * {@code unix:///var/run/docker.sock}.
 */
public final class DockerEngine {

  /** How long {@link #ping} may take before the engine counts as absent. */
  public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

  private final DockerClientConfig config;

  private DockerEngine(DockerClientConfig config) {
    this.config = config;
  }

  /** The engine named by the environment, or the local default socket. */
  public static DockerEngine fromEnvironment() {
    return new DockerEngine(DefaultDockerClientConfig.createDefaultConfigBuilder().build());
  }

  /** The engine at {@code host}, for example {@code unix:///var/run/docker.sock}. */
  public static DockerEngine at(String host) {
    Objects.requireNonNull(host, "host");
    return new DockerEngine(
        DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(host).build());
  }

  /** The engine's address, as a URI string. */
  public String host() {
    return config.getDockerHost().toString();
  }

  /**
   * Checks that the engine answers within {@code timeout}. The ping runs on its own daemon thread:
   * over a Unix socket the transport's response timeout does not apply, and an engine that accepts
   * connections but never answers (starting, or hung) would otherwise block for ever.
   *
   * @throws SandboxUnavailableException saying how to start an engine when none answers
   */
  public void ping(Duration timeout) {
    var http = httpClient(timeout);
    var client = DockerClientImpl.getInstance(config, http);
    var ping = new FutureTask<Void>(() -> client.pingCmd().exec(), null);
    var thread = new Thread(ping, "kaizen-docker-ping");
    thread.setDaemon(true);
    thread.start();
    try {
      ping.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw unavailable(e.getCause() instanceof Exception cause ? cause : e);
    } catch (TimeoutException e) {
      throw unavailable(new TimeoutException("no answer within " + timeout.toMillis() + " ms"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(e);
    } finally {
      ping.cancel(true);
      closeQuietly(client);
      closeQuietly(http);
    }
  }

  /** A client whose calls block as long as the engine takes (waits last as long as the job). */
  DockerClient connect() {
    return DockerClientImpl.getInstance(config, httpClient(null));
  }

  SandboxUnavailableException unavailable(Exception cause) {
    return new SandboxUnavailableException(
        "no Docker engine answers at "
            + host()
            + " ("
            + describe(cause)
            + "): start one (sudo dockerd &) or set DOCKER_HOST, or use sandbox.backend: process",
        cause);
  }

  private ZerodepDockerHttpClient httpClient(Duration timeout) {
    var builder =
        new ZerodepDockerHttpClient.Builder()
            .dockerHost(config.getDockerHost())
            .sslConfig(config.getSSLConfig())
            .maxConnections(256);
    if (timeout != null) {
      builder.connectionTimeout(timeout).responseTimeout(timeout);
    }
    return builder.build();
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException | RuntimeException e) {
      // the probe is over either way
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  @Override
  public String toString() {
    return "DockerEngine[" + host() + "]";
  }
}
