package dev.kaizen.sandbox.docker;

import static dev.kaizen.sandbox.testing.TestSandboxes.LIMITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.SandboxConfigurationException;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.testing.TestSandboxes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image other than {@code host} is run as it is, without the host's toolchain; one the engine
 * does not have is pulled. With no registry here, the test builds its image: the engine's own
 * static init binary (tini), alone.
 */
@Tag("docker")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfContainedImageTest {

  private static final String IMAGE = "kaizen-sandbox-test-static:1";
  private static final Path STATIC_BINARY = Path.of("/usr/bin/docker-init");

  @BeforeAll
  void buildImage() throws Exception {
    byte[] binary = Files.readAllBytes(STATIC_BINARY.toRealPath());
    var context = new ByteArrayOutputStream();
    try (var tar = new TarArchiveOutputStream(context)) {
      add(
          tar,
          "Dockerfile",
          "FROM scratch\nCOPY init /init\n".getBytes(StandardCharsets.UTF_8),
          0100644);
      add(tar, "init", binary, 0100755);
    }
    try (DockerClient docker = DockerTestSupport.client()) {
      docker
          .buildImageCmd(new ByteArrayInputStream(context.toByteArray()))
          .withTags(Set.of(IMAGE))
          .withLabels(Map.of(DockerSandbox.LABEL, "true"))
          .withPull(false)
          .withForcerm(true)
          .exec(new BuildImageResultCallback())
          .awaitImageId(1, TimeUnit.MINUTES);
    }
  }

  @AfterAll
  void removeImage() throws Exception {
    try (DockerClient docker = DockerTestSupport.client()) {
      docker.removeImageCmd(IMAGE).withForce(true).exec();
    }
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
        DockerBackend.NAME,
        image,
        Optional.empty(),
        TestSandboxes.STATE_DIRECTORY,
        LIMITS);
  }

  private static void add(TarArchiveOutputStream tar, String name, byte[] content, int mode)
      throws Exception {
    var entry = new TarArchiveEntry(name);
    entry.setSize(content.length);
    entry.setMode(mode);
    tar.putArchiveEntry(entry);
    tar.write(content);
    tar.closeArchiveEntry();
  }
}
