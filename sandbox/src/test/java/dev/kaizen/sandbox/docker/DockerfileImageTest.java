package dev.kaizen.sandbox.docker;

import static dev.kaizen.sandbox.testing.TestSandboxes.LIMITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Image;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.SandboxConfigurationException;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.testing.RequiresDocker;
import dev.kaizen.sandbox.testing.TestSandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code image: docker/Dockerfile}: the image is built from the tree with the classic builder. No
 * registry is reachable, so the Dockerfiles start {@code FROM} Kaizen's own host image and add the
 * engine's static init binary (tini), which runs without the host's toolchain.
 */
@RequiresDocker
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockerfileImageTest {

  /** Labels every image this class builds, so that they can all be removed. */
  private final String run = UUID.randomUUID().toString();

  private DockerSandbox sandbox;
  private DockerClient docker;

  @BeforeAll
  void openSandbox() {
    DockerSandbox.open(TestSandboxes.settings(DockerBackend.NAME)).close(); // host image
    sandbox =
        DockerSandbox.open(
            new SandboxSettings(
                DockerBackend.NAME,
                "docker/Dockerfile",
                Optional.empty(),
                TestSandboxes.STATE_DIRECTORY,
                LIMITS));
    docker = DockerTestSupport.client();
  }

  @AfterAll
  void removeImages() throws Exception {
    sandbox.close();
    for (Image image : builtImages()) {
      docker.removeImageCmd(image.getId()).withForce(true).exec();
    }
    assertThat(builtImages()).isEmpty();
    docker.close();
    DockerTestSupport.assertNoContainerOfThisJvm();
  }

  @Test
  void builds_the_dockerfile_of_the_tree_and_runs_commands_in_its_image(@TempDir Path tree)
      throws Exception {
    writeProject(tree, "first");

    ExecResult result = sandbox.exec(Command.of("/init", "--version"), tree, LIMITS);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).contains("tini version");
    assertThat(sandbox.image()).isEqualTo("docker/Dockerfile");
    Image built = image("first");
    assertThat(built.getRepoTags()[0]).startsWith(DockerfileImage.REPOSITORY + ":");
    assertThat(built.getLabels())
        .containsEntry(DockerSandbox.LABEL, "true")
        .containsEntry(DockerfileImage.DOCKERFILE_LABEL, "docker/Dockerfile")
        .containsKey(DockerfileImage.CONTEXT_LABEL);
    try (var files = Files.list(tree.resolve("docker"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("the build leaves nothing in the tree")
          .containsExactlyInAnyOrder("Dockerfile", "init");
    }
  }

  @Test
  void reuses_the_image_while_the_build_context_is_unchanged_and_rebuilds_when_it_changes(
      @TempDir Path root) throws Exception {
    Path baseline = writeProject(Files.createDirectories(root.resolve("baseline")), "reuse");
    Path sameCopy = writeProject(Files.createDirectories(root.resolve("candidate")), "reuse");
    Path changed = writeProject(Files.createDirectories(root.resolve("changed")), "changed");

    sandbox.exec(Command.of("/init", "--version"), baseline, LIMITS);
    String first = imageOf("reuse");
    sandbox.exec(Command.of("/init", "--version"), sameCopy, LIMITS);
    String again = imageOf("reuse");
    ExecResult afterChange = sandbox.exec(Command.of("/init", "--version"), changed, LIMITS);

    assertThat(again).as("the same context reuses the image").isEqualTo(first);
    assertThat(afterChange.exitCode()).as(afterChange.stderr()).isZero();
    assertThat(imageOf("changed")).as("a changed context builds another").isNotEqualTo(first);
  }

  @Test
  void says_which_dockerfile_is_missing(@TempDir Path tree) {
    assertThatThrownBy(() -> sandbox.exec(Command.of("/init"), tree, LIMITS))
        .isInstanceOf(SandboxConfigurationException.class)
        .hasMessageContaining("image: docker/Dockerfile names no Dockerfile in " + tree);
  }

  @Test
  void reports_a_dockerfile_that_does_not_build_as_a_configuration_error(@TempDir Path tree)
      throws Exception {
    Files.createDirectories(tree.resolve("docker"));
    Files.writeString(
        tree.resolve("docker/Dockerfile"),
        "FROM " + HostImage.NAME + "\nLABEL dev.kaizen.test=" + run + "\nCOPY missing /missing\n");

    assertThatThrownBy(() -> sandbox.exec(Command.of("/init"), tree, LIMITS))
        .isInstanceOf(SandboxConfigurationException.class)
        .hasMessageContaining("image: docker/Dockerfile does not build")
        .hasMessageContaining("missing");
    DockerTestSupport.assertNoContainerOfThisJvm();
  }

  /** A tree whose docker/Dockerfile copies tini and carries {@code variant} in a label. */
  private Path writeProject(Path tree, String variant) throws Exception {
    Path dir = Files.createDirectories(tree.resolve("docker"));
    Files.writeString(
        dir.resolve("Dockerfile"),
        "FROM "
            + HostImage.NAME
            + "\nLABEL dev.kaizen.test="
            + run
            + " dev.kaizen.test.variant="
            + variant
            + "\nCOPY init /init\n");
    Files.copy(Path.of("/usr/bin/docker-init").toRealPath(), dir.resolve("init"));
    return tree;
  }

  private String imageOf(String variant) {
    return image(variant).getId();
  }

  private Image image(String variant) {
    List<Image> images =
        docker
            .listImagesCmd()
            .withLabelFilter(Map.of("dev.kaizen.test", run, "dev.kaizen.test.variant", variant))
            .exec();
    assertThat(images).as("images of variant %s", variant).hasSize(1);
    return images.get(0);
  }

  private List<Image> builtImages() {
    return docker.listImagesCmd().withLabelFilter(Map.of("dev.kaizen.test", run)).exec();
  }
}
