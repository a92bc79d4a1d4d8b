package dev.kaizen.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerUserTest {

  @Test
  void root_runs_commands_as_nobody_who_gets_the_tree() {
    ContainerUser user = ContainerUser.forHostUser(0, 0);

    assertThat(user.spec()).isEqualTo("65534:65534");
    assertThat(user.ownsTree()).isTrue();
    assertThat(user.needsReadableView()).isTrue();
  }

  @Test
  void another_user_runs_commands_as_itself() {
    ContainerUser user = ContainerUser.forHostUser(1000, 1001);

    assertThat(user.spec()).isEqualTo("1000:1001");
    assertThat(user.ownsTree()).isFalse();
    assertThat(user.needsReadableView()).isFalse();
  }

  @Test
  void claiming_a_tree_hands_every_entry_to_the_user(@TempDir Path root) throws Exception {
    Path outside = Files.writeString(root.resolve("outside"), "not the tree's");
    Path tree = Files.createDirectories(root.resolve("tree"));
    Path file = Files.writeString(Files.createDirectories(tree.resolve("a/b")).resolve("f"), "x");
    Path link = Files.createSymbolicLink(tree.resolve("link"), outside);
    Object outsideOwner = Files.getAttribute(outside, "unix:uid");
    ContainerUser user = new ContainerUser(65534, 65534, true);

    user.claim(tree);

    for (Path p : new Path[] {tree, tree.resolve("a"), tree.resolve("a/b"), file, link}) {
      assertThat(Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS))
          .as("%s", p)
          .isEqualTo(65534);
      assertThat(Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS))
          .as("%s", p)
          .isEqualTo(65534);
    }
    assertThat(Files.getAttribute(outside, "unix:uid"))
        .as("links are not followed: the link's target keeps its owner")
        .isEqualTo(outsideOwner);
  }
}
