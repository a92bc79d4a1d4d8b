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
    try (DockerClient docker = client()) {
      return docker
          .listContainersCmd()
          .withShowAll(true)
          .withLabelFilter(
              Map.of(
                  DockerSandbox.LABEL,
                  "true",
                  Owner.PID_LABEL,
                  Long.toString(ProcessHandle.current().pid())))
          .exec();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertNoContainerOfThisJvm() {
    assertThat(containersOfThisJvm())
        .as("containers labelled %s and owned by this JVM", DockerSandbox.LABEL)
        .isEmpty();
  }
}
