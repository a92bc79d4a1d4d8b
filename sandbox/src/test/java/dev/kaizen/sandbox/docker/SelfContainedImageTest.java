package dev.kaizen.sandbox.docker;

import static dev.kaizen.sandbox.testing.TestSandboxes.LIMITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.SandboxConfigurationException;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.testing.RequiresDocker;
import dev.kaizen.sandbox.testing.TestSandboxes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * An image other than {@code host} is run as it is, without the host's toolchain; one the engine
 * does not have is pulled. With no registry here, the test builds its image: the engine's own
 * static init binary (tini), alone. That image is a fixture, so Testcontainers builds it; what is
 * tested is Kaizen's sandbox running it.
 */
@RequiresDocker
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfContainedImageTest {

  private static final String IMAGE = "kaizen-sandbox-test-static:1";
  private static final Path STATIC_BINARY = Path.of("/usr/bin/docker-init");

  /** A fixture, not what the class tests: built through Testcontainers and removed afterwards. */
  @BeforeAll
  void buildImage() throws Exception {
    new ImageFromDockerfile(IMAGE, false)
        .withFileFromPath("init", STATIC_BINARY.toRealPath())
        .withDockerfileFromBuilder(
            dockerfile ->
                dockerfile
                    .from("scratch")
                    .copy("init", "/init")
                    .label(DockerSandbox.LABEL, "true")
                    .build())
        .get(1, TimeUnit.MINUTES);
  }

  @AfterAll
  void removeImage() {
    DockerClientFactory.instance().client().removeImageCmd(IMAGE).withForce(true).exec();
    DockerTestSupport.assertNoContainerOfThisJvm();
  }

  @Test
  void runs_a_local_image_without_the_hosts_toolchain(@TempDir Path tree) {
    try (var sandbox = DockerSandbox.open(settingsFor(IMAGE))) {
      ExecResult version = sandbox.exec(Command.of("/init", "--version"), tree, LIMITS);
      ExecResult shell = sandbox.exec(Command.of("/bin/sh", "-c", "true"), tree, LIMITS);

      assertThat(version.exitCode()).as(version.stderr()).isZero();
      assertThat(version.stdout()).contains("tini version");
      assertThat(shell.exitCode()).as("no /bin/sh: the host's /usr is not mounted").isEqualTo(127);
    }
  }

  @Test
  void refuses_promptly_an_image_that_is_neither_local_nor_pullable() {
    long started = System.nanoTime();

    assertThatThrownBy(() -> DockerSandbox.open(settingsFor("kaizen-no-such-image:0")))
        .isInstanceOf(SandboxConfigurationException.class)
        .hasMessageStartingWith(
            "image 'kaizen-no-such-image:0' is not available locally and could not be pulled: ");

    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("no registry answers here: the pull fails at once")
        .isLessThan(Duration.ofSeconds(15));
    DockerTestSupport.assertNoContainerOfThisJvm();
  }

  private static SandboxSettings settingsFor(String image) {
    return new SandboxSettings(
        DockerBackend.NAME, image, Optional.empty(), TestSandboxes.STATE_DIRECTORY, LIMITS);
  }
}
