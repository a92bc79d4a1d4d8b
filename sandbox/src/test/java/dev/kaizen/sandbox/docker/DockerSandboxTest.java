package dev.kaizen.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.testing.RequiresDocker;
import dev.kaizen.sandbox.testing.SandboxContractTest;

/** The sandbox contract and the attack suite, run in containers of the host image. */
@RequiresDocker
class DockerSandboxTest extends SandboxContractTest {

  @Override
  protected Sandbox open(SandboxSettings settings) {
    return DockerSandbox.open(settings);
  }

  @Override
  protected String backend() {
    return DockerBackend.NAME;
  }

  @Override
  protected String childBackend() {
    return "docker";
  }

  @Override
  protected void afterChildKilled(long childPid) {
    assertThat(DockerTestSupport.containersOwnedBy(childPid))
        .as("the killed child's container is still there until a sandbox opens")
        .hasSize(1);
  }

  @Override
  protected void assertNothingLeftBy(long childPid) {
    assertThat(DockerTestSupport.containersOwnedBy(childPid))
        .as("the new sandbox removed the killed child's container")
        .isEmpty();
  }

  /** After the whole suite: nothing of this JVM, and no container of a dead Kaizen, remains. */
  @Override
  protected void afterClose() {
    DockerTestSupport.assertNoContainerOfThisJvm();
    DockerTestSupport.assertNoOrphanedContainer();
  }
}
