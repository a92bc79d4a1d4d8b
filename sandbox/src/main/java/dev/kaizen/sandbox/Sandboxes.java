package dev.kaizen.sandbox;

import dev.kaizen.sandbox.docker.DockerEngine;
import dev.kaizen.sandbox.docker.DockerSandbox;
import dev.kaizen.sandbox.process.ProcessSandbox;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Makes the {@link Sandbox} that {@link SandboxSettings} ask for.
 *
 * <p>{@code auto} uses Docker when an engine answers within {@link DockerEngine#PROBE_TIMEOUT}, and
 * otherwise the process backend; {@code docker} and {@code process} insist. Whenever the process
 * backend is chosen, a loud warning that it isolates nothing goes to {@code warnings}.
 */
public final class Sandboxes {

  private Sandboxes() {}

  /**
   * The sandbox {@code settings} ask for.
   *
   * @param warnings receives what the user must know, such as the process backend isolating nothing
   * @throws SandboxUnavailableException when {@code docker} is asked for and no engine answers; the
   *     message says how to start one
   * @throws SandboxException when the engine answers but the sandbox cannot be prepared (a missing
   *     image, an unreadable Maven repository); {@code auto} does not hide these
   */
  public static Sandbox open(SandboxSettings settings, Consumer<String> warnings) {
    return open(settings, warnings, DockerEngine.fromEnvironment());
  }

  static Sandbox open(SandboxSettings settings, Consumer<String> warnings, DockerEngine engine) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(warnings, "warnings");
    return switch (settings.backend()) {
      case DOCKER -> DockerSandbox.open(settings, engine);
      case PROCESS -> warned(process(settings), "sandbox.backend is process", warnings);
      case AUTO -> {
        try {
          engine.ping(DockerEngine.PROBE_TIMEOUT);
        } catch (SandboxUnavailableException e) {
          yield warned(process(settings), e.getMessage(), warnings);
        }
        yield DockerSandbox.open(settings, engine);
      }
    };
  }

  /**
   * A Docker sandbox on the engine named by the environment ({@code DOCKER_HOST}, else {@code
   * unix:///var/run/docker.sock}).
   *
   * @throws SandboxUnavailableException when no engine answers
   */
  public static Sandbox docker(SandboxSettings settings) {
    return DockerSandbox.open(settings);
  }

  /** A process sandbox, which isolates nothing; its {@link Sandbox#weaknesses()} say what. */
  public static Sandbox process(SandboxSettings settings) {
    return new ProcessSandbox(settings);
  }

  /** The warning shown whenever commands run unisolated. */
  static String processWarning(String why, Sandbox sandbox) {
    var text = new StringBuilder();
    text.append("WARNING: THE SANDBOX ISOLATES NOTHING. Commands run as plain processes on this")
        .append(" machine, with its network, its files and no resource limits.\n")
        .append("  why: ")
        .append(why)
        .append('\n');
    for (String weakness : sandbox.weaknesses()) text.append("  - ").append(weakness).append('\n');
    text.append("  Run a Docker engine (sudo dockerd &, or DOCKER_HOST) to isolate them.");
    return text.toString();
  }

  private static Sandbox warned(Sandbox sandbox, String why, Consumer<String> warnings) {
    warnings.accept(processWarning(why, sandbox));
    return sandbox;
  }
}
