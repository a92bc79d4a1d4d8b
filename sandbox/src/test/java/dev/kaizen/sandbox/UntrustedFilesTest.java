package dev.kaizen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UntrustedFilesTest {

  @TempDir Path root;
  @TempDir Path host;

  @Test
  void reads_a_regular_file_below_the_root() throws Exception {
    Files.createDirectories(root.resolve("target/reports"));
    Files.writeString(root.resolve("target/reports/a.xml"), "<a/>");

    assertThat(UntrustedFiles.readString(root, Path.of("target/reports/a.xml"), 100))
        .isEqualTo("<a/>");
    assertThat(UntrustedFiles.readString(root, root.resolve("target/reports/a.xml"), 100))
        .isEqualTo("<a/>");
  }

  @Test
  void attack_a_link_to_a_host_file_is_refused_without_reading_it() throws Exception {
    Path secret = Files.writeString(host.resolve("secret"), "sk-planted");
    Files.createSymbolicLink(root.resolve("results.json"), secret);

    assertThatThrownBy(() -> UntrustedFiles.readString(root, Path.of("results.json"), 100))
        .isInstanceOf(UntrustedFiles.UnsafeFileException.class)
        .hasMessageContaining("a symbolic link")
        .hasMessageNotContaining("sk-planted");
  }

  @Test
  void attack_a_linked_folder_on_the_way_is_refused() throws Exception {
    Files.writeString(host.resolve("pom.xml"), "<secret/>");
    Files.createSymbolicLink(root.resolve("target"), host);

    assertThatThrownBy(() -> UntrustedFiles.readString(root, Path.of("target/pom.xml"), 100))
        .isInstanceOf(UntrustedFiles.UnsafeFileException.class)
        .hasMessageContaining("a symbolic link in its path");
  }

  @Test
  void attack_a_path_that_climbs_out_of_the_root_is_refused() throws Exception {
    Files.writeString(host.resolve("x"), "host");

    assertThatThrownBy(
            () -> UntrustedFiles.readString(root, root.relativize(host.resolve("x")), 100))
        .isInstanceOf(UntrustedFiles.UnsafeFileException.class)
        .hasMessageContaining("not a file below");
  }

  @Test
  void attack_a_pipe_is_refused_instead_of_blocking_the_host() throws Exception {
    Process mkfifo = new ProcessBuilder("mkfifo", root.resolve("fifo").toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> UntrustedFiles.readString(root, Path.of("fifo"), 100))
        .isInstanceOf(UntrustedFiles.UnsafeFileException.class)
        .hasMessageContaining("not a regular file");
  }

  @Test
  void attack_a_huge_file_is_refused() throws Exception {
    Files.write(root.resolve("big"), new byte[1001]);

    assertThatThrownBy(() -> UntrustedFiles.readString(root, Path.of("big"), 1000))
        .isInstanceOf(UntrustedFiles.UnsafeFileException.class)
        .hasMessageContaining("larger than 1000 bytes");
  }

  @Test
  void a_missing_file_and_bytes_that_are_not_utf8_are_plain_io_errors() throws Exception {
    Files.write(root.resolve("latin1"), new byte[] {(byte) 0xE9, 'a'});

    assertThatThrownBy(() -> UntrustedFiles.readString(root, Path.of("none"), 100))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> UntrustedFiles.readString(root, Path.of("latin1"), 100))
        .isInstanceOf(CharacterCodingException.class);
  }
}
