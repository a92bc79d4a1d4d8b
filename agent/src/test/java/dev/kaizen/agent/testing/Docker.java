package dev.kaizen.agent.testing;

import com.github.dockerjava.api.model.Container;
import java.util.List;
import org.testcontainers.DockerClientFactory;

/**
 * Asks the Docker engine what tests need to know, through Testcontainers' client: the same engine
 * ({@code DOCKER_HOST}) that {@code @RequiresDocker} checked, without the docker command line. The
 * client is a shared singleton and is never closed here.
 */
public final class Docker {

  private Docker() {}

  /**
   * Ids of every container (running or not) that carries the sandbox's label and was started by
   * this JVM: other Kaizen processes on the machine (a second build, a calibration) are not ours to
   * count.
   */
  public static List<String> sandboxContainers() {
    return sandboxContainersOf(ProcessHandle.current().pid());
  }

  /**
   * Ids of the sandbox's containers that process {@code pid} started (short, as docker ps prints
   * them).
   */
  public static List<String> sandboxContainersOf(long pid) {
    List<Container> containers =
        DockerClientFactory.instance()
            .client()
            .listContainersCmd()
            .withShowAll(true)
            .withLabelFilter(List.of(SandboxLabel.KEY, SandboxLabel.OWNER_PID + "=" + pid))
            .exec();
    return containers.stream().map(c -> c.getId().substring(0, 12)).toList();
  }

  /** The commands of the sandbox's containers that process {@code pid} started. */
  public static List<String> sandboxCommandsOf(long pid) {
    return DockerClientFactory.instance()
        .client()
        .listContainersCmd()
        .withShowAll(true)
        .withLabelFilter(List.of(SandboxLabel.KEY, SandboxLabel.OWNER_PID + "=" + pid))
        .exec()
        .stream()
        .map(c -> String.valueOf(c.getCommand()))
        .toList();
  }

  /** The label the docker sandbox puts on every container it starts. */
  static final class SandboxLabel {
    static final String KEY = "dev.kaizen.sandbox";
    static final String OWNER_PID = "dev.kaizen.sandbox.owner-pid";
  }
}
