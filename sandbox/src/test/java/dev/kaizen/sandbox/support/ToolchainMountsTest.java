package dev.kaizen.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a fake host laid out like Debian: a JDK in /usr whose configuration lives in /etc. */
class ToolchainMountsTest {

  @Test
  void mounts_usr_alternatives_and_the_directories_the_toolchain_links_to(@TempDir Path host)
      throws IOException {
    Path usr = Files.createDirectories(host.resolve("usr"));
    Path alternatives = Files.createDirectories(host.resolve("etc/alternatives"));
    Path conf = Files.createDirectories(host.resolve("etc/jdk/security"));
    Files.writeString(conf.resolve("java.security"), "");
    Files.writeString(conf.getParent().resolve("jvm.cfg"), "");
    Path jdk = Files.createDirectories(usr.resolve("lib/jvm/jdk"));
    Files.createDirectories(jdk.resolve("conf/security"));
    Files.createSymbolicLink(
        jdk.resolve("conf/security/java.security"), conf.resolve("java.security"));
    Files.createDirectories(jdk.resolve("lib"));
    Files.createSymbolicLink(jdk.resolve("lib/jvm.cfg"), conf.getParent().resolve("jvm.cfg"));
    Files.createSymbolicLink(jdk.resolve("lib/src.zip"), host.resolve("missing/src.zip"));
    Path mavenConf = Files.createDirectories(host.resolve("etc/maven"));
    Path maven = Files.createDirectories(usr.resolve("share/maven"));
    Files.createSymbolicLink(maven.resolve("conf"), mavenConf);
    var toolchain = new HostToolchain(jdk, Optional.of(maven));

    List<HostMount> mounts =
        ToolchainMounts.of(
            new HostRoot(java.util.Map.of(), List.of()), toolchain, usr, alternatives);

    assertThat(mounts)
        .extracting(HostMount::target)
        .containsExactly(
            usr.toString(),
            alternatives.toString(),
            host.resolve("etc/jdk").toRealPath().toString(),
            mavenConf.toRealPath().toString());
    assertThat(mounts).allMatch(HostMount::readOnly);
  }

  @Test
  void mounts_a_jdk_outside_usr_where_it_is(@TempDir Path host) throws IOException {
    Path usr = Files.createDirectories(host.resolve("usr"));
    Path jdk = Files.createDirectories(host.resolve("opt/jdk-17"));
    Path link = Files.createSymbolicLink(host.resolve("opt/jdk"), jdk);
    var toolchain = new HostToolchain(link, Optional.empty());

    List<HostMount> mounts =
        ToolchainMounts.of(
            new HostRoot(java.util.Map.of(), List.of()), toolchain, usr, host.resolve("none"));

    assertThat(mounts)
        .contains(
            new HostMount(jdk.toRealPath(), jdk.toRealPath().toString(), true),
            new HostMount(jdk.toRealPath(), link.toString(), true));
  }

  @Test
  void mounts_real_top_level_directories() throws IOException {
    var root = new HostRoot(java.util.Map.of("bin", "usr/bin"), List.of(Path.of("/usr/lib")));

    List<HostMount> mounts =
        ToolchainMounts.of(
            root,
            new HostToolchain(Path.of(System.getProperty("java.home")), Optional.empty()),
            Path.of("/usr"),
            Path.of("/nonexistent"));

    assertThat(mounts).extracting(HostMount::target).startsWith("/usr", "/usr/lib");
  }
}
