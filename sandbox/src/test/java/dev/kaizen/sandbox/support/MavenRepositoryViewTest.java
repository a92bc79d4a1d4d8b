package dev.kaizen.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.sandbox.SandboxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenRepositoryViewTest {

  @TempDir Path root;
  private Path repository;
  private Path view;

  @BeforeEach
  void repository() throws IOException {
    repository = Files.createDirectories(root.resolve("repository"));
    view = root.resolve("state/m2");
    Path jar = write("org/example/lib/1.0/lib-1.0.jar", "jar bytes");
    write("org/example/lib/1.0/lib-1.0.pom", "<project/>");
    Files.setPosixFilePermissions(
        repository.resolve("org"), PosixFilePermissions.fromString("rwxr-x---"));
    Files.setPosixFilePermissions(jar.getParent(), PosixFilePermissions.fromString("rwxr-x---"));
  }

  @Test
  void links_every_file_under_directories_anyone_may_enter() throws IOException {
    var stats = MavenRepositoryView.sync(repository, view);

    assertThat(stats.linked()).isEqualTo(2);
    Path jar = view.resolve("org/example/lib/1.0/lib-1.0.jar");
    assertThat(Files.isSameFile(jar, repository.resolve("org/example/lib/1.0/lib-1.0.jar")))
        .isTrue();
    for (Path dir : new Path[] {view, view.resolve("org"), jar.getParent()}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
          .as("permissions of %s", dir)
          .isEqualTo("rwxr-xr-x");
    }
  }

  @Test
  void copies_files_that_others_may_not_read_and_makes_the_copy_readable() throws IOException {
    Path secret = write("org/example/lib/1.0/private.jar", "private");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));

    var stats = MavenRepositoryView.sync(repository, view);

    Path copy = view.resolve("org/example/lib/1.0/private.jar");
    assertThat(stats.copied()).isEqualTo(1);
    assertThat(Files.isSameFile(copy, secret)).isFalse();
    assertThat(copy).hasContent("private");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)))
        .isEqualTo("rw-r--r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
        .isEqualTo("rw-------");
  }

  @Test
  void copies_when_hard_links_fail() throws IOException {
    var stats =
        MavenRepositoryView.sync(
            repository,
            view,
            (link, existing) -> {
              throw new IOException("Invalid cross-device link");
            });

    assertThat(stats.copied()).isEqualTo(2);
    assertThat(view.resolve("org/example/lib/1.0/lib-1.0.pom")).hasContent("<project/>");
  }

  @Test
  void adds_only_what_is_missing_on_the_next_sync() throws IOException {
    MavenRepositoryView.sync(repository, view);
    write("org/example/lib/2.0/lib-2.0.jar", "new");

    var stats = MavenRepositoryView.sync(repository, view);

    assertThat(stats).isEqualTo(new MavenRepositoryView.Stats(1, 0, 2, 0));
    assertThat(view.resolve("org/example/lib/2.0/lib-2.0.jar")).hasContent("new");
  }

  @Test
  void keeps_copies_that_are_current_and_replaces_those_that_changed() throws IOException {
    MavenRepositoryView.Linker noLinks =
        (link, existing) -> {
          throw new IOException("no links");
        };
    MavenRepositoryView.sync(repository, view, noLinks);
    write("org/example/lib/1.0/lib-1.0.pom", "<project>changed</project>");

    var stats = MavenRepositoryView.sync(repository, view, noLinks);

    assertThat(stats.copied()).isEqualTo(1);
    assertThat(stats.kept()).isEqualTo(1);
    assertThat(view.resolve("org/example/lib/1.0/lib-1.0.pom"))
        .hasContent("<project>changed</project>");
  }

  @Test
  void relinks_a_file_the_repository_replaced() throws IOException {
    MavenRepositoryView.sync(repository, view);
    Path pom = repository.resolve("org/example/lib/1.0/lib-1.0.pom");
    Files.delete(pom);
    write("org/example/lib/1.0/lib-1.0.pom", "<project>v2</project>");

    MavenRepositoryView.sync(repository, view);

    assertThat(Files.isSameFile(view.resolve("org/example/lib/1.0/lib-1.0.pom"), pom)).isTrue();
  }

  @Test
  void removes_what_the_repository_no_longer_has() throws IOException {
    MavenRepositoryView.sync(repository, view);
    Files.delete(repository.resolve("org/example/lib/1.0/lib-1.0.pom"));
    Files.delete(repository.resolve("org/example/lib/1.0/lib-1.0.jar"));
    Files.delete(repository.resolve("org/example/lib/1.0"));

    var stats = MavenRepositoryView.sync(repository, view);

    assertThat(view.resolve("org/example/lib/1.0")).doesNotExist();
    assertThat(view.resolve("org/example/lib")).isDirectory();
    assertThat(stats.removed()).isEqualTo(3);
  }

  @Test
  void refuses_a_repository_that_does_not_exist() {
    assertThatThrownBy(() -> MavenRepositoryView.sync(root.resolve("missing"), view))
        .isInstanceOf(SandboxException.class)
        .hasMessageContaining("missing");
  }

  private Path write(String relative, String content) throws IOException {
    Path file = repository.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    return file;
  }
}
