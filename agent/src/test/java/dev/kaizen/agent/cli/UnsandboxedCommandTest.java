package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.testing.GitFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that run candidates, on a machine where nothing isolates: no Docker engine answers and
 * the only {@code bwrap} cannot create namespaces. Each run is a child JVM whose environment says
 * so ({@code DOCKER_HOST}, and a broken {@code bwrap} first on {@code PATH}).
 */
class UnsandboxedCommandTest {

  private static final String KAIZEN_YML =
      """
      evals:
        - id: size
          type: command
          command: "echo '{\\"bytes\\": 120}'"
          metrics:
            - {name: bytes, better: lower, role: target}
      """;

  @TempDir Path tmp;
  private Path tree;
  private Path bin;

  @BeforeEach
  void a_machine_where_nothing_isolates() throws Exception {
    tree = Files.createDirectories(tmp.resolve("tree"));
    Files.writeString(tree.resolve("hello.txt"), "hello from the tree\n");
    bin = Files.createDirectories(tmp.resolve("bin"));
    Path bwrap = bin.resolve("bwrap");
    Files.writeString(
        bwrap, "#!/bin/sh\necho 'bwrap: setting up uid map: Permission denied' >&2\nexit 1\n");
    bwrap.toFile().setExecutable(true);
  }

  @Test
  void sandbox_exec_exits_3_with_one_line_saying_what_is_missing_and_how_to_opt_in()
      throws Exception {
    Run run = kaizen("sandbox", "exec", "--tree", tree.toString(), "--", "cat", "hello.txt");

    assertThat(run.exitCode()).as(run.output()).isEqualTo(Main.ENVIRONMENT);
    assertOneLineRefusal(run);
    assertThat(run.output()).doesNotContain("hello from the tree");
  }

  @Test
  void sandbox_exec_with_allow_unsandboxed_runs_plain_processes_and_warns() throws Exception {
    Run run =
        kaizen(
            "sandbox",
            "exec",
            "--allow-unsandboxed",
            "--tree",
            tree.toString(),
            "--",
            "cat",
            "hello.txt");

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("hello from the tree")
        .contains("[unsafe-process sandbox] exit 0")
        .contains("WARNING: THE SANDBOX ISOLATES NOTHING")
        .contains("running without isolation was allowed (--allow-unsandboxed)")
        .contains("  - environment:", "  - network:", "  - reads:", "  - writes:");
  }

  @Test
  void eval_exits_3_with_the_same_line_and_runs_with_allow_unsandboxed() throws Exception {
    Path repo;
    try (GitFixture git = GitFixture.init(tmp.resolve("repo"))) {
      git.write("kaizen.yml", KAIZEN_YML).commitAll("a repository with one command eval");
      repo = git.root();
    }

    Run refused = kaizen("eval", "--repo", repo.toString());
    Run allowed = kaizen("eval", "--allow-unsandboxed", "--repo", repo.toString());

    assertThat(refused.exitCode()).as(refused.output()).isEqualTo(Main.ENVIRONMENT);
    assertOneLineRefusal(refused);
    assertThat(allowed.exitCode()).as(allowed.output()).isZero();
    assertThat(allowed.output())
        .contains("WARNING: THE SANDBOX ISOLATES NOTHING")
        .contains("in the unsafe-process sandbox");
  }

  private void assertOneLineRefusal(Run run) {
    List<String> errors = run.output().lines().filter(l -> l.startsWith("kaizen: ")).toList();
    assertThat(errors).as(run.output()).hasSize(1);
    assertThat(errors.get(0))
        .startsWith(
            "kaizen: no sandbox backend that isolates can run here: no Docker engine answers at"
                + " unix://"
                + tmp.resolve("no-engine.sock"))
        .contains("the process backend needs bubblewrap, and " + bin.resolve("bwrap"))
        .contains("bwrap: setting up uid map: Permission denied")
        .endsWith(
            "opt in to running candidates without isolation with sandbox.backend: unsafe-process"
                + " or --allow-unsandboxed");
    assertThat(run.output()).doesNotContain("WARNING");
  }

  /** Kaizen in a child JVM on this machine where nothing isolates, stdout and stderr merged. */
  private Run kaizen(String... args) throws Exception {
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    var pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("DOCKER_HOST", "unix://" + tmp.resolve("no-engine.sock"));
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
    return new Run(p.exitValue(), output);
  }

  private record Run(int exitCode, String output) {}
}
