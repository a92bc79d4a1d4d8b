package dev.kaizen.sandbox.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.sandbox.support.HostMount;
import dev.kaizen.sandbox.support.HostRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bwrap command line, checked without running it. */
class BubblewrapTest {

  private final Bubblewrap bwrap =
      new Bubblewrap(
          Path.of("/usr/bin/bwrap"),
          new HostRoot(Map.of("bin", "usr/bin"), List.of()),
          List.of(HostMount.readOnly(Path.of("/usr"))));

  @Test
  void isolates_every_namespace_drops_capabilities_and_dies_with_kaizen() {
    List<String> argv = bwrap.argv(List.of("mvn", "test"), Path.of("/tmp/tree"), 4096, List.of());

    assertThat(argv.get(0)).isEqualTo("/usr/bin/bwrap");
    assertThat(String.join(" ", argv))
        .contains("--unshare-all --unshare-user --uid 65534 --gid 65534 --cap-drop ALL")
        .contains("--die-with-parent --new-session")
        .contains("--symlink usr/bin /bin")
        .contains("--size 4096 --tmpfs /tmp")
        .contains("--ro-bind /usr /usr")
        .contains("--bind /tmp/tree /tmp/tree --remount-ro / --chdir /tmp/tree -- mvn test")
        .doesNotContain("--share-net");
  }

  @Test
  void mounts_tmp_before_the_tree_so_that_a_tree_in_tmp_stays_visible() {
    List<String> argv =
        bwrap.argv(
            List.of("true"),
            Path.of("/tmp/tree"),
            4096,
            List.of(new HostMount(Path.of("/state/passwd"), "/etc/passwd", true)));

    assertThat(argv.indexOf("--tmpfs")).isLessThan(argv.indexOf("--bind"));
    assertThat(argv.indexOf("/etc/passwd")).isLessThan(argv.indexOf("--remount-ro"));
    assertThat(argv.indexOf("--bind")).isLessThan(argv.indexOf("--remount-ro"));
  }

  @Test
  void reports_a_program_it_cannot_execute_as_a_shell_would() {
    assertThat(Bubblewrap.cannotExec(1, "bwrap: execvp nope: No such file or directory\n"))
        .contains(127);
    assertThat(Bubblewrap.cannotExec(1, "bwrap: execvp /x.sh: Permission denied\n")).contains(126);
    assertThat(Bubblewrap.cannotExec(1, "a build error\n")).isEmpty();
    assertThat(Bubblewrap.cannotExec(0, "bwrap: execvp nope: No such file\n")).isEmpty();
  }

  @Test
  void takes_the_first_bwrap_on_the_path(@TempDir Path dir) throws Exception {
    Path first = Files.createDirectories(dir.resolve("first"));
    Path bwrapHere = Files.writeString(first.resolve("bwrap"), "#!/bin/sh\n");
    bwrapHere.toFile().setExecutable(true);

    assertThat(Bubblewrap.locate(dir.resolve("empty") + ":" + first + ":/usr/bin"))
        .contains(bwrapHere);
  }
}
