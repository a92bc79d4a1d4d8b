package dev.kaizen.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostToolchainTest {

  @Test
  void finds_the_maven_installation_behind_a_linked_mvn(@TempDir Path root) throws IOException {
    Path home = Files.createDirectories(root.resolve("share/maven"));
    Files.createDirectories(home.resolve("lib"));
    Path script = Files.createDirectories(home.resolve("bin")).resolve("mvn");
    Files.writeString(script, "#!/bin/sh\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path bin = Files.createDirectories(root.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("mvn"), script);

    var found = HostToolchain.findMavenHome(root.resolve("nothing-here") + ":" + bin);

    assertThat(found).contains(home.toRealPath());
  }

  @Test
  void finds_no_maven_when_none_is_on_the_path(@TempDir Path root) {
    assertThat(HostToolchain.findMavenHome(root.toString())).isEmpty();
    assertThat(HostToolchain.findMavenHome(null)).isEmpty();
  }

  @Test
  void uses_this_jvms_java_home() {
    assertThat(HostToolchain.ofThisJvm().javaHome())
        .isEqualTo(Path.of(System.getProperty("java.home")));
  }
}
