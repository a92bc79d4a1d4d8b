package dev.kaizen.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.sandbox.support.HostRoot;
import dev.kaizen.sandbox.support.HostToolchain;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

class HostImageTest {

  @Test
  void root_file_system_holds_the_links_and_a_user_list_but_no_tmp() throws IOException {
    var root = new HostRoot(Map.of("bin", "usr/bin", "lib64", "usr/lib64"), List.of());

    Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
    Map<String, String> contents = new LinkedHashMap<>();
    try (var tar =
        new TarArchiveInputStream(new ByteArrayInputStream(HostImage.rootFileSystem(root)))) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        entries.put(e.getName(), e);
        if (e.isFile())
          contents.put(e.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
      }
    }

    assertThat(entries.get("bin").isSymbolicLink()).isTrue();
    assertThat(entries.get("bin").getLinkName()).isEqualTo("usr/bin");
    assertThat(entries.get("lib64").getLinkName()).isEqualTo("usr/lib64");
    assertThat(contents.get("etc/passwd")).contains("nobody:x:65534:65534:");
    assertThat(entries)
        .as("a /tmp in the image would give the tmpfs its 0755 mode")
        .doesNotContainKeys("tmp", "tmp/");
  }

  @Test
  void environment_is_the_toolchain_and_nothing_else() {
    var toolchain =
        new HostToolchain(
            Path.of("/usr/lib/jvm/java-17"), Optional.of(Path.of("/usr/share/maven")));

    assertThat(HostImage.environment(toolchain))
        .containsOnly(
            Map.entry("PATH", HostImage.PATH),
            Map.entry("JAVA_HOME", "/usr/lib/jvm/java-17"),
            Map.entry("LANG", "C.UTF-8"));
  }

  @Test
  void tools_outside_usr_go_first_on_the_path() {
    var toolchain = new HostToolchain(Path.of("/opt/jdk"), Optional.of(Path.of("/opt/maven")));

    assertThat(HostImage.environment(toolchain).get("PATH"))
        .isEqualTo("/opt/jdk/bin:/opt/maven/bin:" + HostImage.PATH);
  }
}
