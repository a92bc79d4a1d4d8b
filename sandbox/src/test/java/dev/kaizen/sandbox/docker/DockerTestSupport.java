package dev.kaizen.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Looks at the engine directly, to check what the sandbox left there. */
final class DockerTestSupport {

  private DockerTestSupport() {}

  static DockerClient client() {
    return DockerEngine.fromEnvironment().connect();
  }

  /** The labelled containers that this JVM's sandboxes made and that still exist. */
  static List<Container> containersOfThisJvm() {
    return containersOwnedBy(ProcessHandle.current().pid());
  }

  /** The labelled containers that the process {@code pid} on this host made. */
  static List<Container> containersOwnedBy(long pid) {
    try (DockerClient docker = client()) {
      return docker
          .listContainersCmd()
          .withShowAll(true)
          .withLabelFilter(
              Map.of(
                  DockerSandbox.LABEL,
                  "true",
                  Owner.PID_LABEL,
                  Long.toString(pid),
                  Owner.HOST_LABEL,
                  Owner.hostName()))
          .exec();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Labelled containers whose Kaizen on this host has died. Containers of live processes are not
   * judged: other Kaizen runs may share this engine.
   */
  static List<Container> orphanedContainers() {
    try (DockerClient docker = client()) {
      return docker
          .listContainersCmd()
          .withShowAll(true)
          .withLabelFilter(Map.of(DockerSandbox.LABEL, "true"))
          .exec()
          .stream()
          .filter(
              c ->
                  Owner.fromLabels(c.getLabels())
                      .map(owner -> owner.isDeadOn(Owner.hostName()))
                      .orElse(true))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertNoOrphanedContainer() {
    assertThat(orphanedContainers())
        .as("containers labelled %s whose owner is gone", DockerSandbox.LABEL)
        .isEmpty();
  }

  static void assertNoContainerOfThisJvm() {
    assertThat(containersOfThisJvm())
        .as("containers labelled %s and owned by this JVM", DockerSandbox.LABEL)
        .isEmpty();
  }
}
