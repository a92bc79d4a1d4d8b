package dev.kaizen.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.testing.RequiresDocker;
import dev.kaizen.sandbox.testing.TestSandboxes;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening a sandbox removes what sandboxes of dead processes on this host left behind. */
@RequiresDocker
class LeftoverContainersTest {

  /** Above the largest pid Linux hands out (2^22), so no process has it. */
  private static final long DEAD_PID = 4_194_305L;

  private final SandboxSettings settings = TestSandboxes.settings(DockerBackend.NAME);
  private DockerClient docker;
  private String leftover;

  @BeforeEach
  void connect() {
    DockerSandbox.open(settings).close(); // makes sure the host image exists
    docker = DockerTestSupport.client();
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (leftover != null) {
      try {
        docker.removeContainerCmd(leftover).withForce(true).exec();
      } catch (NotFoundException alreadyGone) {
        // the sandbox removed it
      }
    }
    docker.close();
  }

  @Test
  void removes_containers_whose_owner_died() {
    leftover = labelledContainer(new Owner(Owner.hostName(), DEAD_PID, 1L));

    DockerSandbox.open(settings).close();

    assertThatThrownBy(() -> docker.inspectContainerCmd(leftover).exec())
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void removes_containers_whose_owner_pid_now_belongs_to_another_process() {
    Owner self = Owner.current();
    leftover = labelledContainer(new Owner(self.host(), self.pid(), self.start() - 60_000));

    DockerSandbox.open(settings).close();

    assertThatThrownBy(() -> docker.inspectContainerCmd(leftover).exec())
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void keeps_containers_whose_owner_is_alive() {
    leftover = labelledContainer(Owner.current());

    DockerSandbox.open(settings).close();

    assertThat(docker.inspectContainerCmd(leftover).exec().getId()).isEqualTo(leftover);
  }

  @Test
  void keeps_containers_of_other_hosts() {
    leftover = labelledContainer(new Owner("another-host", DEAD_PID, 1L));

    DockerSandbox.open(settings).close();

    assertThat(docker.inspectContainerCmd(leftover).exec().getId()).isEqualTo(leftover);
  }

  /** A created, never started container labelled as the sandbox labels its own. */
  private String labelledContainer(Owner owner) {
    Map<String, String> labels = new HashMap<>(owner.labels());
    labels.put(DockerSandbox.LABEL, "true");
    return docker
        .createContainerCmd(HostImage.NAME)
        .withEntrypoint("/bin/true")
        .withLabels(labels)
        .withNetworkDisabled(true)
        .exec()
        .getId();
  }
}
