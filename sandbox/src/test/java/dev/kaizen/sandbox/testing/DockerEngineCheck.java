package dev.kaizen.sandbox.testing;

import java.net.URI;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Fails a test class before it starts when no Docker engine answers, saying how to start one: a
 * missing engine is a failure, never a skip, so that no build goes green without running its Docker
 * tests. Asks Testcontainers' {@link DockerClientFactory} once per test run (see the surefire
 * configuration for the variables that keep it offline). When {@code DOCKER_HOST} is set, only the
 * engine there counts: the sandbox uses it, while Testcontainers, when it does not answer, falls
 * back to the default socket.
 */
public final class DockerEngineCheck implements BeforeAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(DockerEngineCheck.class);

  private final BooleanSupplier engineAnswers;

  /** Asks Testcontainers whether an engine answers, at {@code DOCKER_HOST} when that is set. */
  public DockerEngineCheck() {
    this(DockerEngineCheck::engineAnswersAtDockerHost);
  }

  DockerEngineCheck(BooleanSupplier engineAnswers) {
    this.engineAnswers = engineAnswers;
  }

  private static boolean engineAnswersAtDockerHost() {
    DockerClientFactory factory = DockerClientFactory.instance();
    return factory.isDockerAvailable()
        && isDockerHost(System.getenv("DOCKER_HOST"), factory.getTransportConfig().getDockerHost());
  }

  /** Whether {@code found} is the engine {@code dockerHost} names; any engine when it is unset. */
  static boolean isDockerHost(String dockerHost, URI found) {
    return dockerHost == null
        || dockerHost.isBlank()
        || URI.create(dockerHost.strip()).equals(found);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    boolean available =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent("available", key -> engineAnswers.getAsBoolean(), Boolean.class);
    if (!available) {
      throw new IllegalStateException(
          context.getDisplayName()
              + " needs a Docker engine and none answers at "
              + System.getenv().getOrDefault("DOCKER_HOST", "unix:///var/run/docker.sock")
              + ": start one (sudo dockerd &) or set DOCKER_HOST; tests tagged docker are never"
              + " skipped (exclude them with -DexcludedGroups=docker)");
    }
  }
}
