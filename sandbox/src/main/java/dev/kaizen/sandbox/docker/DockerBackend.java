package dev.kaizen.sandbox.docker;

import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.Isolation;
import dev.kaizen.sandbox.SandboxBackend;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.SandboxUnavailableException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code docker} backend: a fresh locked-down container per command ({@link DockerSandbox}),
 * with full isolation, memory, pids and CPU limits and GPU requests. It is available when the
 * engine answers within {@link DockerEngine#PROBE_TIMEOUT}.
 */
public final class DockerBackend implements SandboxBackend {

  /** Its name in {@code kaizen.yml}. */
  public static final String NAME = "docker";

  /** What every Docker sandbox has. */
  public static final Capabilities CAPABILITIES =
      new Capabilities(Isolation.FULL, true, true, true, true, false);

  private final Supplier<DockerEngine> engine;

  /** On the engine the environment names when asked ({@code DOCKER_HOST}, or the local socket). */
  public DockerBackend() {
    this.engine = DockerEngine::fromEnvironment;
  }

  /** On {@code engine}, whatever the environment says. */
  public DockerBackend(DockerEngine engine) {
    Objects.requireNonNull(engine, "engine");
    this.engine = () -> engine;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  /** Empty when the engine answers a ping in time; otherwise how to start one. */
  @Override
  public Optional<String> unavailable() {
    try {
      engine.get().ping(DockerEngine.PROBE_TIMEOUT);
      return Optional.empty();
    } catch (SandboxUnavailableException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** See {@link DockerSandbox#open(SandboxSettings, DockerEngine)}. */
  @Override
  public DockerSandbox open(SandboxSettings settings) {
    return DockerSandbox.open(settings, engine.get());
  }

  @Override
  public String toString() {
    return "DockerBackend[" + NAME + "]";
  }
}
