package dev.kaizen.sandbox.copying;

import static dev.kaizen.sandbox.testing.TestSandboxes.LIMITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.sandbox.Attack;
import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.SandboxUnavailableException;
import dev.kaizen.sandbox.backends.SandboxBackends;
import dev.kaizen.sandbox.testing.SandboxContractTest;
import dev.kaizen.sandbox.testing.TestSandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox contract for a backend that runs each command on a copy of its tree, registered with
 * the standard backends and opened through the registry like any other.
 */
class CopyingSandboxTest extends SandboxContractTest {

  private static final SandboxBackends BACKENDS =
      SandboxBackends.standard().with(new CopyingBackend());

  private final List<String> warnings = new ArrayList<>();

  @Override
  protected Sandbox open(SandboxSettings settings) {
    return BACKENDS.open(settings, warnings::add);
  }

  @Override
  protected String backend() {
    return CopyingBackend.NAME;
  }

  /** Never asked for: the backend claims to contain no attack, so no attack runs in a child. */
  @Override
  protected String childBackend() {
    return CopyingBackend.NAME;
  }

  @Test
  void is_a_registered_backend_that_isolates_nothing_and_warns_about_every_attack() {
    assertThat(BACKENDS.names()).containsExactly("docker", "process", "unsafe-process", "copying");
    assertThat(sandbox).isInstanceOf(CopyingSandbox.class);
    assertThat(sandbox.capabilities()).isEqualTo(Capabilities.NONE);
    assertThat(sandbox.uncontained()).isEqualTo(EnumSet.allOf(Attack.class));
    assertThat(warnings)
        .as("the warning of the sandbox the suite opened")
        .first()
        .asString()
        .startsWith("WARNING: THE SANDBOX ISOLATES NOTHING")
        .contains("  why: sandbox.backend is copying\n")
        .contains("  - network:", "  - orphans:", "  - time:");
  }

  @Test
  void runs_on_a_copy_and_leaves_the_tree_as_the_command_left_the_copy(@TempDir Path tree)
      throws Exception {
    Files.writeString(tree.resolve("changed.txt"), "before\n");
    Files.writeString(tree.resolve("kept.txt"), "kept\n");
    Files.writeString(tree.resolve("deleted.txt"), "deleted\n");
    Files.createDirectories(tree.resolve("gone/deep"));
    Files.writeString(tree.resolve("gone/deep/file.txt"), "in a deleted directory\n");
    Files.writeString(tree.resolve("run.sh"), "echo run\n");
    Files.createSymbolicLink(tree.resolve("link"), Path.of("kept.txt"));

    ExecResult result =
        sandbox.exec(
            Command.shell(
                "pwd > where.txt; echo after > changed.txt; rm deleted.txt; rm -r gone;"
                    + " mkdir -p made/deep; echo new > made/deep/new.txt; chmod +x run.sh;"
                    + " ln -s made/deep/new.txt new-link; cat link"),
            tree,
            LIMITS);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).as("the link was copied as a link").isEqualTo("kept\n");
    assertThat(Path.of(Files.readString(tree.resolve("where.txt")).trim()))
        .as("the command ran elsewhere")
        .isNotEqualTo(tree.toRealPath());
    assertThat(tree.resolve("changed.txt")).hasContent("after");
    assertThat(tree.resolve("kept.txt")).hasContent("kept");
    assertThat(tree.resolve("deleted.txt")).doesNotExist();
    assertThat(tree.resolve("gone")).doesNotExist();
    assertThat(tree.resolve("made/deep/new.txt")).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tree.resolve("run.sh"))))
        .startsWith("rwx");
    assertThat(Files.readSymbolicLink(tree.resolve("new-link")))
        .isEqualTo(Path.of("made/deep/new.txt"));
    assertThat(Files.readSymbolicLink(tree.resolve("link"))).isEqualTo(Path.of("kept.txt"));
  }

  @Test
  void leaves_no_copy_behind(@TempDir Path tree) throws Exception {
    ExecResult result = sandbox.exec(Command.of("pwd"), tree, LIMITS);

    assertThat(Path.of(result.stdout().trim())).doesNotExist();
  }

  @Test
  void is_chosen_by_auto_only_when_nothing_that_isolates_is_registered_and_that_is_allowed()
      throws Exception {
    var only = SandboxBackends.of(new CopyingBackend()).allowingUnsandboxed();
    var chosen = new ArrayList<String>();

    try (Sandbox auto = only.open(TestSandboxes.settings(SandboxSettings.AUTO), chosen::add)) {
      assertThat(auto.backend()).isEqualTo(CopyingBackend.NAME);
    }
    assertThat(chosen).singleElement().asString().contains("ISOLATES NOTHING");
    assertThatThrownBy(
            () ->
                SandboxBackends.of(new CopyingBackend())
                    .open(TestSandboxes.settings(SandboxSettings.AUTO), chosen::add))
        .as("not allowed, auto opens nothing that isolates nothing")
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessage(
            "no registered sandbox backend isolates. Opt in to running candidates without"
                + " isolation with sandbox.backend: copying or --allow-unsandboxed");
  }
}
