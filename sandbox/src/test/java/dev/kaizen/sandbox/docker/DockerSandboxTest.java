package dev.kaizen.sandbox.docker;

import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxContractTest;
import dev.kaizen.sandbox.SandboxSettings;
import org.junit.jupiter.api.Tag;

/** The sandbox contract, run in containers of the host image. */
@Tag("docker")
class DockerSandboxTest extends SandboxContractTest {

  @Override
  protected Sandbox open(SandboxSettings settings) {
    return DockerSandbox.open(settings);
  }

  @Override
  protected SandboxSettings.Backend backend() {
    return SandboxSettings.Backend.DOCKER;
  }

  @Override
  protected void afterClose() {
    DockerTestSupport.assertNoContainerOfThisJvm();
  }
}
