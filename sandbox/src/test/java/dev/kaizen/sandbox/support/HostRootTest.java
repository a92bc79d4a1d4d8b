package dev.kaizen.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostRootTest {

  @Test
  void sees_which_top_level_directories_are_links(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("usr/bin"));
    Files.createSymbolicLink(root.resolve("bin"), Path.of("usr/bin"));
    Files.createDirectories(root.resolve("lib"));

    HostRoot scanned = HostRoot.scan(root);

    assertThat(scanned.links()).isEqualTo(Map.of("bin", "usr/bin"));
    assertThat(scanned.directories()).containsExactly(root.resolve("lib"));
    assertThat(scanned.fingerprint()).isEqualTo("bin->usr/bin");
  }
}
