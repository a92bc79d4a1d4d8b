package dev.kaizen.sandbox;

import dev.kaizen.sandbox.docker.DockerEngine;
import dev.kaizen.sandbox.docker.DockerSandbox;
import dev.kaizen.sandbox.process.ProcessSandbox;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Makes the {@link Sandbox} that {@link SandboxSettings} ask for.
 *
 * <p>{@code auto} uses Docker when an engine answers within {@link DockerEngine#PROBE_TIMEOUT}, and
 * otherwise the process backend; {@code docker} and {@code process} insist. The process backend
 * runs commands under bubblewrap where it works, otherwise as plain processes. Whenever it is
 * chosen, a loud warning goes to {@code warnings}: what it cannot contain, and why.
 */
public final class Sandboxes {

  private Sandboxes() {}

  /**
   * The sandbox {@code settings} ask for.
   *
   * @param warnings receives what the user must know, such as the process backend isolating nothing
   * @throws SandboxUnavailableException when {@code docker} is asked for and no engine answers; the
   *     message says how to start one
   * @throws SandboxConfigurationException when the image is neither local nor pullable, or the
   *     Dockerfile path leaves the tree; {@code auto} does not hide these
   * @throws SandboxException when the engine answers but the sandbox cannot be prepared (an
   *     unreadable Maven repository); {@code auto} does not hide these either
   */
  public static Sandbox open(SandboxSettings settings, Consumer<String> warnings) {
    return open(settings, warnings, DockerEngine.fromEnvironment());
  }

  static Sandbox open(SandboxSettings settings, Consumer<String> warnings, DockerEngine engine) {
    return open(settings, warnings, engine, Sandboxes::process);
  }

  static Sandbox open(
      SandboxSettings settings,
      Consumer<String> warnings,
      DockerEngine engine,
      Function<SandboxSettings, Sandbox> processBackend) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(warnings, "warnings");
    return switch (settings.backend()) {
      case DOCKER -> DockerSandbox.open(settings, engine);
      case PROCESS ->
          warned(processBackend.apply(settings), "sandbox.backend is process", warnings);
      case AUTO -> {
        try {
          engine.ping(DockerEngine.PROBE_TIMEOUT);
        } catch (SandboxUnavailableException e) {
          yield warned(processBackend.apply(settings), e.getMessage(), warnings);
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
   * @throws SandboxConfigurationException when the image is neither local nor pullable
   */
  public static Sandbox docker(SandboxSettings settings) {
    return DockerSandbox.open(settings);
  }

  /**
   * A process sandbox: under bubblewrap where it works, otherwise plain processes that isolate
   * nothing; its {@link Sandbox#weaknesses()} say what it cannot contain.
   */
  public static Sandbox process(SandboxSettings settings) {
    return new ProcessSandbox(settings);
  }

  /** The warning shown whenever commands run outside Docker. */
  static String processWarning(String why, Sandbox sandbox) {
    var text = new StringBuilder();
    boolean bubblewrap =
        sandbox instanceof ProcessSandbox process
            && process.mode() == ProcessSandbox.Mode.BUBBLEWRAP;
    if (bubblewrap) {
      text.append("WARNING: THE SANDBOX IS PARTIAL. Commands run under bubblewrap: no network,")
          .append(" the host's files hidden or read-only, a private /tmp, no capabilities; but")
          .append(" no memory, process or CPU limits.\n");
    } else {
      text.append("WARNING: THE SANDBOX ISOLATES NOTHING. Commands run as plain processes on this")
          .append(" machine, with its network, its files and no resource limits.\n");
    }
    text.append("  why: ").append(why).append('\n');
    if (sandbox instanceof ProcessSandbox process) {
      text.append("  bubblewrap: ").append(process.modeReason()).append('\n');
    }
    for (String weakness : sandbox.weaknesses()) text.append("  - ").append(weakness).append('\n');
    text.append("  Run a Docker engine (sudo dockerd &, or DOCKER_HOST) to ")
        .append(bubblewrap ? "contain them fully." : "isolate them.");
    return text.toString();
  }

  private static Sandbox warned(Sandbox sandbox, String why, Consumer<String> warnings) {
    warnings.accept(processWarning(why, sandbox));
    return sandbox;
  }
}
