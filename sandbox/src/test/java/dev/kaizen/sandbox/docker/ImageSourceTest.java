package dev.kaizen.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.sandbox.SandboxConfigurationException;
import org.junit.jupiter.api.Test;

class ImageSourceTest {

  @Test
  void host_is_the_host_image_mode() {
    assertThat(ImageSource.parse("host")).isEqualTo(new ImageSource.Host());
  }

  @Test
  void image_references_are_references() {
    for (String reference :
        new String[] {
          "maven:3.9-eclipse-temurin-17",
          "ghcr.io/acme/build:1",
          "localhost:5000/tools",
          "acme/dockerfile",
          "eclipse-temurin@sha256:0123456789abcdef"
        }) {
      assertThat(ImageSource.parse(reference)).isEqualTo(new ImageSource.Reference(reference));
    }
  }

  @Test
  void dockerfile_paths_are_dockerfiles_relative_to_the_tree() {
    assertThat(ImageSource.parse("Dockerfile")).isEqualTo(new ImageSource.Dockerfile("Dockerfile"));
    assertThat(ImageSource.parse("docker/Dockerfile"))
        .isEqualTo(new ImageSource.Dockerfile("docker/Dockerfile"));
    assertThat(ImageSource.parse("./ci/../ci/build.Dockerfile"))
        .isEqualTo(new ImageSource.Dockerfile("ci/build.Dockerfile"));
    assertThat(ImageSource.parse("Dockerfile.kaizen"))
        .isEqualTo(new ImageSource.Dockerfile("Dockerfile.kaizen"));
  }

  @Test
  void refuses_dockerfile_paths_outside_the_tree() {
    for (String outside : new String[] {"/etc/Dockerfile", "../Dockerfile", "a/../../Dockerfile"}) {
      assertThatThrownBy(() -> ImageSource.parse(outside))
          .as(outside)
          .isInstanceOf(SandboxConfigurationException.class)
          .hasMessageContaining("must be a Dockerfile path inside the repository");
    }
  }
}
