package dev.kaizen.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoriesTest {

  @TempDir Path tmp;

  @Test
  void deletes_a_folder_with_read_only_folders_inside_and_never_follows_links() throws Exception {
    Path outside = Files.writeString(tmp.resolve("outside.txt"), "keep me");
    Path tree = Files.createDirectories(tmp.resolve("tree/target/classes"));
    Files.writeString(tree.resolve("A.class"), "x");
    Files.createSymbolicLink(tmp.resolve("tree/link"), outside);
    Files.setPosixFilePermissions(tree, PosixFilePermissions.fromString("r-xr-xr-x"));

    Directories.delete(tmp.resolve("tree"));

    assertThat(tmp.resolve("tree")).doesNotExist();
    assertThat(outside).hasContent("keep me");
  }

  @Test
  void a_missing_path_is_fine() throws Exception {
    Directories.delete(tmp.resolve("missing"));
    Directories.deleteQuietly(tmp.resolve("missing"));
    assertThat(tmp.resolve("missing")).doesNotExist();
  }
}
