package dev.kaizen.sandbox;

import static dev.kaizen.sandbox.TestSandboxes.LIMITS;
import static dev.kaizen.sandbox.TestSandboxes.eventually;
import static dev.kaizen.sandbox.TestSandboxes.processesMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link Sandbox} backend promises. A backend's test extends this class and says how to
 * open the backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SandboxContractTest {

  /** The variables a command may see: the toolchain's, and what the engine adds by itself. */
  private static final Set<String> TOOLCHAIN_VARIABLES =
      Set.of("PATH", "HOME", "JAVA_HOME", "LANG", "MAVEN_OPTS", "HOSTNAME");

  protected Sandbox sandbox;

  /** Opens the backend under test with {@code settings}. */
  protected abstract Sandbox open(SandboxSettings settings);

  protected abstract SandboxSettings.Backend backend();

  /** Runs after the shared sandbox was closed: a backend's own checks for leftovers. */
  protected void afterClose() {}

  @BeforeAll
  void openSandbox() {
    sandbox = open(TestSandboxes.settings(backend()));
  }

  @AfterAll
  void closeSandbox() {
    if (sandbox != null) sandbox.close();
    afterClose();
  }

  @Test
  void returns_exit_code_and_both_streams(@TempDir Path tree) {
    ExecResult result = sandbox.exec(Command.shell("echo to-out; echo to-err >&2"), tree, LIMITS);

    assertThat(result.exitCode()).isZero();
    assertThat(result.succeeded()).isTrue();
    assertThat(result.stdout()).isEqualTo("to-out\n");
    assertThat(result.stderr()).isEqualTo("to-err\n");
    assertThat(result.timedOut()).isFalse();
    assertThat(result.oomKilled()).isFalse();
    assertThat(result.truncated()).isFalse();
    assertThat(result.elapsed()).isPositive();
  }

  @Test
  void reports_a_failing_command_as_a_result(@TempDir Path tree) {
    ExecResult result = sandbox.exec(Command.shell("echo broken >&2; exit 3"), tree, LIMITS);

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.stderr()).isEqualTo("broken\n");
    assertThat(result.summary()).startsWith("exit 3 after");
  }

  @Test
  void reports_a_missing_program_as_exit_127(@TempDir Path tree) {
    ExecResult result = sandbox.exec(Command.of("kaizen-no-such-program"), tree, LIMITS);

    assertThat(result.exitCode()).isEqualTo(127);
    assertThat(result.stderr()).contains("kaizen-no-such-program");
  }

  @Test
  void runs_in_the_tree_and_keeps_what_the_command_writes(@TempDir Path tree) throws Exception {
    Files.writeString(tree.resolve("input.txt"), "given\n");

    ExecResult result =
        sandbox.exec(
            Command.shell("cat input.txt > copy.txt && mkdir -p out && echo made > out/new.txt"),
            tree,
            LIMITS);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(tree.resolve("copy.txt")).hasContent("given");
    assertThat(tree.resolve("out/new.txt")).hasContent("made");
  }

  @Test
  void refuses_a_tree_that_is_not_a_directory(@TempDir Path root) throws Exception {
    Path file = Files.writeString(root.resolve("file"), "");

    assertThatThrownBy(() -> sandbox.exec(Command.of("true"), file, LIMITS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sandbox.exec(Command.of("true"), root.resolve("missing"), LIMITS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void kills_a_command_when_its_time_is_up_and_leaves_nothing_running(@TempDir Path tree)
      throws Exception {
    long before = System.nanoTime();

    ExecResult result =
        sandbox.exec(
            Command.shell("sleep 37 & sleep 37"), tree, LIMITS.withTimeout(Duration.ofSeconds(2)));

    Duration wall = Duration.ofNanos(System.nanoTime() - before);
    assertThat(result.timedOut()).isTrue();
    assertThat(result.exitCode()).isEqualTo(137);
    assertThat(result.succeeded()).isFalse();
    assertThat(result.elapsed()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
    assertThat(wall)
        .as("exec returns promptly after the timeout")
        .isLessThan(Duration.ofSeconds(12));
    assertThat(eventually(Duration.ofSeconds(2), () -> processesMatching("sleep 37").isEmpty()))
        .as("no 'sleep 37' is left running: %s", processesMatching("sleep 37"))
        .isTrue();
  }

  @Test
  void keeps_the_tail_of_large_output_and_says_it_was_truncated(@TempDir Path tree) {
    long cap = 64 * 1024;
    var fiftyMegabytes = "head -c 52428800 /dev/zero | tr '\\0' x; echo; echo END-OF-OUTPUT";

    ExecResult result =
        sandbox.exec(Command.shell(fiftyMegabytes), tree, LIMITS.withOutputBytes(cap));

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.truncated()).isTrue();
    assertThat(result.stdout().length()).isLessThanOrEqualTo((int) cap);
    assertThat(result.stdout()).startsWith("xxxx").endsWith("xxxx\nEND-OF-OUTPUT\n");
  }

  @Test
  void does_not_let_the_host_environment_in(@TempDir Path tree) {
    assertThat(System.getenv())
        .as("surefire gives the test JVM variables that must not reach the command")
        .containsKeys("TESTCONTAINERS_RYUK_DISABLED", "DOCKER_HOST", "HOME");

    ExecResult result = sandbox.exec(Command.of("env"), tree, LIMITS);

    Map<String, String> env = parseEnv(result.stdout());
    assertThat(env.keySet()).isSubsetOf(TOOLCHAIN_VARIABLES).contains("PATH", "HOME", "JAVA_HOME");
    assertThat(env.get("HOME")).isNotEqualTo(System.getenv("HOME"));
  }

  @Test
  void passes_the_command_environment(@TempDir Path tree) {
    Command command =
        Command.shell("printf '%s' \"$GREETING\"").withEnv("GREETING", "hello from kaizen");

    ExecResult result = sandbox.exec(command, tree, LIMITS);

    assertThat(result.stdout()).isEqualTo("hello from kaizen");
  }

  @Test
  void runs_the_java_of_the_toolchain(@TempDir Path tree) {
    ExecResult result = sandbox.exec(Command.of("java", "-version"), tree, LIMITS);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stderr()).contains("version \"" + System.getProperty("java.version") + "\"");
  }

  @Test
  void runs_commands_from_several_threads_without_mixing_them_up(@TempDir Path root)
      throws Exception {
    int threads = 4;
    var pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<ExecResult>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Path tree = Files.createDirectories(root.resolve("tree-" + i));
        Command command =
            Command.shell("echo $ID > id.txt; sleep 1; cat id.txt").withEnv("ID", "job-" + i);
        results.add(pool.submit(() -> sandbox.exec(command, tree, LIMITS)));
      }
      for (int i = 0; i < threads; i++) {
        ExecResult result = results.get(i).get(2, TimeUnit.MINUTES);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo("job-" + i + "\n");
        assertThat(root.resolve("tree-" + i + "/id.txt")).hasContent("job-" + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void builds_a_maven_project_offline(@TempDir Path tree) throws Exception {
    MavenFixture.writeTo(tree);

    ExecResult result = sandbox.exec(Command.of("mvn", "-o", "-B", "-q", "test"), tree, LIMITS);

    assertThat(result.exitCode())
        .as("mvn -o -B -q test\nstdout:\n%s\nstderr:\n%s", result.stdout(), result.stderr())
        .isZero();
    try (Stream<Path> reports = Files.list(tree.resolve("target/surefire-reports"))) {
      assertThat(reports.map(p -> p.getFileName().toString()))
          .contains("TEST-fixture.AdderTest.xml");
    }
  }

  @Test
  void close_stops_running_commands_and_can_be_repeated(@TempDir Path tree) throws Exception {
    Sandbox own = open(TestSandboxes.settings(backend()));
    var pool = Executors.newSingleThreadExecutor();
    try {
      Future<ExecResult> running =
          pool.submit(() -> own.exec(Command.of("sleep", "38"), tree, LIMITS));
      assertThat(eventually(Duration.ofSeconds(30), () -> !processesMatching("sleep 38").isEmpty()))
          .as("the command started")
          .isTrue();

      own.close();

      assertThatThrownBy(() -> running.get(15, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(SandboxException.class);
      assertThat(eventually(Duration.ofSeconds(2), () -> processesMatching("sleep 38").isEmpty()))
          .as("no 'sleep 38' is left running: %s", processesMatching("sleep 38"))
          .isTrue();
      own.close();
      assertThatThrownBy(() -> own.exec(Command.of("true"), tree, LIMITS))
          .isInstanceOf(SandboxException.class)
          .hasMessageContaining("closed");
    } finally {
      own.close();
      pool.shutdownNow();
    }
  }

  private static Map<String, String> parseEnv(String output) {
    return Arrays.stream(output.split("\n"))
        .filter(line -> line.contains("="))
        .collect(
            Collectors.toMap(
                l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
  }
}
