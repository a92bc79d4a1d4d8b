package dev.kaizen.sandbox.testing;

import static dev.kaizen.sandbox.testing.TestSandboxes.LIMITS;
import static dev.kaizen.sandbox.testing.TestSandboxes.eventually;
import static dev.kaizen.sandbox.testing.TestSandboxes.processesMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.sandbox.Attack;
import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Isolation;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxException;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.UntrustedFiles;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * What every {@link Sandbox} backend promises, and the attack suite. A backend's test extends this
 * class and says how to open the backend (shared with other modules through the test-jar).
 *
 * <p>Each attack test first asks whether the backend claims to contain the attack ({@link
 * Sandbox#uncontained()}): if it does, the attack is run and its containment asserted; if not, the
 * test asserts that the warning the user sees names it. Attacks are never run unconstrained.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SandboxContractTest {

  /**
   * The variables a command may see: the toolchain's, and what the backend adds by itself (Docker's
   * HOSTNAME, bubblewrap's PWD).
   */
  private static final Set<String> TOOLCHAIN_VARIABLES =
      Set.of("PATH", "HOME", "JAVA_HOME", "LANG", "MAVEN_OPTS", "HOSTNAME", "PWD");

  protected Sandbox sandbox;

  /** Opens the backend under test with {@code settings}. */
  protected abstract Sandbox open(SandboxSettings settings);

  /** The backend's name, as {@link SandboxSettings#backend()} gives it. */
  protected abstract String backend();

  /**
   * The backend as {@link SandboxChild} names it, for attacks that need a Kaizen process to kill;
   * asked only when the backend claims to contain {@link Attack#HOST_ENVIRONMENT} or {@link
   * Attack#ORPHANS}.
   */
  protected abstract String childBackend();

  /** Runs after the shared sandbox was closed: a backend's own checks for leftovers. */
  protected void afterClose() {}

  /**
   * Called when the child that ran a command was killed, before a new sandbox opens: what the
   * backend still holds of the child (Docker: its container, until the next sandbox removes it).
   */
  protected void afterChildKilled(long childPid) {}

  /** Called once a new sandbox has opened after the child was killed: nothing of it may remain. */
  protected void assertNothingLeftBy(long childPid) {}

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
  void leaves_results_in_its_results_directory_outside_the_tree(@TempDir Path root)
      throws Exception {
    Path tree = Files.createDirectories(root.resolve("tree"));
    Path results = Files.createDirectories(root.resolve("results"));

    ExecResult result =
        sandbox.exec(
            Command.shell("echo ok > \"$KAIZEN_RESULTS/out.json\"").withResults(results),
            tree,
            LIMITS);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(UntrustedFiles.readString(results, Path.of("out.json"), 100)).isEqualTo("ok\n");
    try (var left = Files.list(tree)) {
      assertThat(left).as("nothing written in the tree").isEmpty();
    }
  }

  @Test
  void refuses_a_results_directory_inside_the_tree(@TempDir Path tree) throws Exception {
    Path inside = Files.createDirectories(tree.resolve("results"));

    assertThatThrownBy(() -> sandbox.exec(Command.of("true").withResults(inside), tree, LIMITS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the tree");
  }

  @Test
  void attack_a_result_linked_to_a_host_file_is_never_read_by_the_host(@TempDir Path root)
      throws Exception {
    Path tree = Files.createDirectories(root.resolve("tree"));
    Path results = Files.createDirectories(root.resolve("results"));
    String secret = marker("secret");
    Path planted = Files.writeString(root.resolve("host-secret.txt"), secret);

    ExecResult result =
        sandbox.exec(
            Command.shell(
                    "ln -s "
                        + planted
                        + " \"$KAIZEN_RESULTS/out.json\" && mkdir \"$KAIZEN_RESULTS/d\" && ln -s"
                        + " /proc/self/cwd \"$KAIZEN_RESULTS/cwd\"")
                .withResults(results),
            tree,
            LIMITS);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThatThrownBy(() -> UntrustedFiles.readString(results, Path.of("out.json"), 1000))
        .isInstanceOf(UntrustedFiles.UnsafeFileException.class)
        .hasMessageContaining("symbolic link")
        .hasMessageNotContaining(secret);
    assertThatThrownBy(() -> UntrustedFiles.readString(results, Path.of("cwd/pom.xml"), 1000))
        .isInstanceOf(UntrustedFiles.UnsafeFileException.class);
    assertThatThrownBy(() -> UntrustedFiles.readString(results, Path.of("d"), 1000))
        .isInstanceOf(UntrustedFiles.UnsafeFileException.class)
        .hasMessageContaining("not a regular file");
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

  // ---- Peak memory, measured by the sandbox ----------------------------------------------

  @Test
  void measures_the_peak_memory_the_command_really_used(@TempDir Path tree) throws Exception {
    ExecResult result = sandbox.exec(holdHeap(tree, 300, Duration.ofSeconds(1)), tree, LIMITS);

    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
    assertThat(result.stdout()).as("the program ran").isEqualTo("holding its heap\n");
    assertThat(result.peakMemoryBytes()).as("measured: %s", result.summary()).isPresent();
    assertThat(result.peakMemoryBytes().getAsLong())
        .as("a JVM that touched all of its 300 MiB heap: %s", result.summary())
        .isBetween(300L << 20, LIMITS.memoryBytes());
    assertThat(result.summary()).matches("exit 0 after \\d+ ms, peak \\d+ MiB");
  }

  @Test
  void reports_a_small_peak_or_none_for_a_trivial_command(@TempDir Path tree) {
    ExecResult result = sandbox.exec(Command.of("true"), tree, LIMITS);

    assertThat(result.exitCode()).isZero();
    result
        .peakMemoryBytes()
        .ifPresent(peak -> assertThat(peak).as(result.summary()).isLessThan(64L << 20));
  }

  @Test
  void reports_the_peak_of_a_command_killed_when_its_time_is_up(@TempDir Path tree)
      throws Exception {
    ExecResult result =
        sandbox.exec(
            holdHeap(tree, 300, Duration.ofMinutes(2)),
            tree,
            LIMITS.withTimeout(Duration.ofSeconds(6)));

    assertThat(result.timedOut()).as(result.stdout() + result.stderr()).isTrue();
    assertThat(result.stdout()).as("it held its heap when it was killed").contains("holding");
    assertThat(result.peakMemoryBytes()).as("measured: %s", result.summary()).isPresent();
    assertThat(result.peakMemoryBytes().getAsLong())
        .as("measured until the kill: %s", result.summary())
        .isBetween(300L << 20, LIMITS.memoryBytes());
    assertThat(result.summary()).startsWith("timed out after").contains(", peak ");
  }

  // ---- The attack suite ------------------------------------------------------------------

  @Test
  void declares_what_it_cannot_contain_and_warns_about_each() {
    List<String> weaknesses = sandbox.weaknesses();
    for (Attack attack : sandbox.uncontained()) {
      assertThat(weaknesses)
          .as("a weakness line names %s as '%s:'", attack, attack.keyword())
          .anyMatch(attack::isNamedBy);
    }
    for (Attack attack : Attack.values()) {
      if (!sandbox.uncontained().contains(attack)) {
        assertThat(weaknesses)
            .as("no weakness line claims %s, which the backend contains", attack)
            .noneMatch(attack::isNamedBy);
      }
    }
  }

  @Test
  void claims_no_isolation_or_limit_that_the_attacks_it_contains_do_not_back() {
    Capabilities claimed = sandbox.capabilities();
    Set<Attack> uncontained = sandbox.uncontained();

    assertThat(claimed.memoryLimit())
        .as("a memory limit is claimed exactly when a memory hog is contained (and tried below)")
        .isEqualTo(!uncontained.contains(Attack.MEMORY_HOG));
    assertThat(claimed.pidsLimit())
        .as("a pids limit is claimed exactly when a fork bomb is contained (and tried below)")
        .isEqualTo(!uncontained.contains(Attack.FORK_BOMB));
    if (claimed.isolation() != Isolation.NONE) {
      assertThat(uncontained)
          .as("%s isolation hides the host's network, files, processes and users", claimed)
          .doesNotContain(
              Attack.NETWORK,
              Attack.HOST_READS,
              Attack.HOST_WRITES,
              Attack.HOST_ENVIRONMENT,
              Attack.PRIVILEGES);
    }
    if (claimed.isolation() == Isolation.FULL) {
      assertThat(uncontained).as("full isolation contains every attack").isEmpty();
    }
  }

  @Test
  void attack_fork_bomb_is_held_to_the_pids_limit(@TempDir Path tree) throws Exception {
    if (!claimsToContain(Attack.FORK_BOMB)) return;
    String marker = marker("fork-bomb");
    // exec replaces the shell without forking: the bomb rages beside a process that sleeps 3 s.
    String bomb = ": " + marker + "; bomb() { while true; do bomb & done; }; bomb & exec sleep 3";

    ExecResult result =
        sandbox.exec(
            Command.shell(bomb), tree, LIMITS.withPids(32).withTimeout(Duration.ofSeconds(30)));

    assertThat(result.stderr()).as("forks were refused").containsIgnoringCase("fork");
    assertThat(result.timedOut()).as("the sleep beside the bomb ended by itself").isFalse();
    assertThat(result.exitCode()).as(result.summary()).isZero();
    assertNothingRunning(marker);
  }

  @Test
  void attack_memory_hog_is_killed_and_reported_as_oom_killed(@TempDir Path tree) {
    if (!claimsToContain(Attack.MEMORY_HOG)) return;

    ExecResult result =
        sandbox.exec(
            Command.of("tail", "/dev/zero"),
            tree,
            LIMITS.withMemoryBytes(64L << 20).withTimeout(Duration.ofSeconds(60)));

    assertThat(result.oomKilled()).as(result.summary()).isTrue();
    assertThat(result.timedOut()).isFalse();
    assertThat(result.exitCode()).isEqualTo(137);
    assertThat(result.summary()).isEqualTo("killed: out of memory");
  }

  @Test
  void attack_endless_cpu_loop_is_killed_when_its_time_is_up(@TempDir Path tree) throws Exception {
    if (!claimsToContain(Attack.ENDLESS_LOOP)) return;
    String marker = marker("cpu-loop");
    long before = System.nanoTime();

    ExecResult result =
        sandbox.exec(
            Command.shell(": " + marker + "; while :; do :; done"),
            tree,
            LIMITS.withTimeout(Duration.ofSeconds(2)));

    Duration wall = Duration.ofNanos(System.nanoTime() - before);
    assertThat(result.timedOut()).isTrue();
    assertThat(result.exitCode()).isEqualTo(137);
    assertThat(result.summary()).startsWith("timed out after");
    assertThat(result.elapsed()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
    assertThat(wall)
        .as("exec returns promptly after the timeout")
        .isLessThan(Duration.ofSeconds(12));
    assertNothingRunning(marker);
  }

  @Test
  void attack_sleep_is_killed_when_its_time_is_up_and_leaves_nothing_running(@TempDir Path tree)
      throws Exception {
    if (!claimsToContain(Attack.ENDLESS_LOOP)) return;
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
    assertNothingRunning("sleep 37");
  }

  @Test
  void attack_a_detached_process_does_not_outlive_the_command(@TempDir Path tree) throws Exception {
    if (!claimsToContain(Attack.DETACHED)) return;
    String seconds = "302." + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);

    ExecResult result = sandbox.exec(detachedSleep(seconds), tree, LIMITS);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).as("the detached process was running").isEqualTo("detached\n");
    assertNothingRunning("sleep " + seconds);
  }

  @Test
  void attack_a_gigabyte_of_output_keeps_only_its_tail_and_not_in_kaizens_heap(@TempDir Path tree) {
    if (!claimsToContain(Attack.OUTPUT_FLOOD)) return;
    long cap = 64 * 1024;
    long heapBefore = usedHeapAfterGc();
    long before = System.nanoTime();

    ExecResult result =
        sandbox.exec(
            Command.shell("yes kaizen | head -c 1200M; echo; echo END-OF-OUTPUT"),
            tree,
            LIMITS.withOutputBytes(cap).withTimeout(Duration.ofMinutes(2)));

    Duration wall = Duration.ofNanos(System.nanoTime() - before);
    long heapGrowth = usedHeapAfterGc() - heapBefore;
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.truncated()).isTrue();
    assertThat(result.stdout().length()).isLessThanOrEqualTo((int) cap);
    assertThat(result.stdout()).contains("kaizen\nkaizen\n").endsWith("\nEND-OF-OUTPUT\n");
    assertThat(heapGrowth)
        .as("heap in use after a GC grew by %d bytes for 1.2 GB of output", heapGrowth)
        .isLessThan(32L << 20);
    assertThat(wall)
        .as("1.2 GB of output is drained in reasonable time")
        .isLessThan(Duration.ofSeconds(60));
  }

  @Test
  void attack_writes_outside_the_tree_fail(@TempDir Path tree) {
    if (!claimsToContain(Attack.HOST_WRITES)) return;
    String name = marker("outside");
    String writes =
        "repo=${MAVEN_OPTS#-Dmaven.repo.local=}; for d in / /usr /etc \"$JAVA_HOME\" \"$repo\"; do"
            + " if touch \"$d/"
            + name
            + "\" 2>/dev/null; then echo \"WROTE $d\"; else echo \"refused $d\"; fi; done";

    ExecResult result = sandbox.exec(Command.shell(writes), tree, LIMITS);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).doesNotContain("WROTE").contains("refused /usr", "refused /etc");
    assertThat(result.stdout().lines().filter(l -> l.startsWith("refused "))).hasSize(5);
    for (Path dir :
        List.of(
            Path.of("/"),
            Path.of("/usr"),
            Path.of("/etc"),
            Path.of(System.getProperty("java.home")),
            TestSandboxes.MAVEN_REPOSITORY)) {
      assertThat(dir.resolve(name)).as("nothing reached the host").doesNotExist();
    }
  }

  @Test
  void attack_reading_the_hosts_files_outside_the_tree_finds_nothing(@TempDir Path root)
      throws Exception {
    if (!claimsToContain(Attack.HOST_READS)) return;
    Path tree = Files.createDirectories(root.resolve("tree"));
    String secret = marker("secret");
    Path planted = Files.writeString(root.resolve("host-secret.txt"), secret);

    ExecResult result =
        sandbox.exec(
            Command.shell("cat " + planted + "; ls -a " + root + "; cat /etc/shadow"),
            tree,
            LIMITS);

    assertThat(result.stdout()).doesNotContain(secret).doesNotContain("host-secret.txt");
    assertThat(result.stdout()).doesNotContain("root:");
  }

  @Test
  void attack_filling_tmp_stops_at_its_size_in_a_tmp_of_its_own(@TempDir Path tree) {
    if (!claimsToContain(Attack.TMP_FILL)) return;
    String name = marker("tmp");

    ExecResult result =
        sandbox.exec(
            Command.shell("echo mine > /tmp/" + name + "; head -c 8388608 /dev/zero > /tmp/big"),
            tree,
            LIMITS.withTmpBytes(4L << 20));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stderr()).contains("No space left on device");
    assertThat(Path.of("/tmp", name)).as("the command's /tmp is not the host's").doesNotExist();
  }

  @Test
  void attack_reading_kaizens_environment_finds_no_planted_secret() throws Exception {
    if (!claimsToContain(Attack.HOST_ENVIRONMENT)) return;
    String secret = marker("api-key");

    String output;
    try (var child =
        ChildJvm.start(
            SandboxChild.class,
            Map.of(SandboxChild.SECRET_VARIABLE, secret),
            childBackend(),
            "env")) {
      output = child.awaitOutput(120);
    }

    assertThat(output)
        .as("the Kaizen process had the secret")
        .contains(SandboxChild.HOST_SECRET + "true");
    assertThat(output).contains("exit=0");
    String env =
        output.substring(
            output.indexOf(SandboxChild.ENV_BEGIN), output.indexOf(SandboxChild.ENV_END));
    assertThat(env)
        .as("the command's environment, and every environment it could read in /proc")
        .contains("PATH=")
        .doesNotContain(secret)
        .doesNotContain(SandboxChild.SECRET_VARIABLE);
  }

  @Test
  void attack_privileges_the_command_is_not_root_and_has_no_capabilities(@TempDir Path tree) {
    if (!claimsToContain(Attack.PRIVILEGES)) return;

    ExecResult result = sandbox.exec(Command.of("cat", "/proc/self/status"), tree, LIMITS);

    List<String> status = result.stdout().lines().toList();
    assertThat(field(status, "Uid").split("\\s+")).doesNotContain("0");
    assertThat(field(status, "CapEff")).isEqualTo("0000000000000000");
  }

  @Test
  void attack_network_sees_no_interface_but_loopback(@TempDir Path tree) {
    if (!claimsToContain(Attack.NETWORK)) return;

    ExecResult result = sandbox.exec(Command.of("cat", "/proc/net/dev"), tree, LIMITS);

    List<String> interfaces =
        result.stdout().lines().skip(2).map(line -> line.split(":")[0].trim()).toList();
    assertThat(interfaces).containsExactly("lo");
  }

  @Test
  void attack_a_killed_kaizen_leaves_nothing_running() throws Exception {
    if (!claimsToContain(Attack.ORPHANS)) return;
    String seconds = "300." + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
    String command = "sleep " + seconds;

    try (var child = ChildJvm.start(SandboxChild.class, Map.of(), childBackend(), "nap", seconds)) {
      // Wait for the command itself, not just a launcher whose command line names it: a launcher
      // killed before it has set itself up (bubblewrap's die-with-parent) cannot be held to it.
      assertThat(
              eventually(
                  Duration.ofSeconds(60),
                  () ->
                      processesMatching(command).stream()
                          .anyMatch(line -> line.startsWith(command))))
          .as("the child started '%s':\n%s", command, child.output())
          .isTrue();
      long pid = child.pid();

      child.kill();
      afterChildKilled(pid);
      open(TestSandboxes.settings(backend())).close();

      assertThat(eventually(Duration.ofSeconds(10), () -> processesMatching(command).isEmpty()))
          .as("'%s' is gone: %s", command, processesMatching(command))
          .isTrue();
      assertNothingLeftBy(pid);
    }
  }

  /**
   * A command that leaves {@code sleep <seconds>} running detached from it (a subshell that exits
   * at once leaves its background child to init: a double fork), waits until it sleeps, says {@code
   * detached} and ends; the detached process's pid is in the tree's {@code detached.pid}.
   */
  public static Command detachedSleep(String seconds) {
    return Command.shell(
        "(sh -c 'echo $$ > detached.pid; exec sleep "
            + seconds
            + "' </dev/null >/dev/null 2>&1 &);"
            + " until grep -qx sleep /proc/$(cat detached.pid 2>/dev/null)/comm 2>/dev/null;"
            + " do sleep 0.05; done; echo detached");
  }

  /**
   * A JVM whose heap of {@code mebibytes} is all touched at its start, then says so and holds it
   * for {@code hold}: memory the command really uses, known in advance, and not reported by it.
   */
  private static Command holdHeap(Path tree, int mebibytes, Duration hold) throws Exception {
    Files.writeString(
        tree.resolve("Hold.java"),
        "public class Hold { public static void main(String[] args) throws Exception {"
            + " System.out.println(\"holding its heap\"); System.out.flush();"
            + " Thread.sleep(Long.parseLong(args[0])); } }");
    String heap = mebibytes + "m";
    return Command.of(
        "java",
        "-Xms" + heap,
        "-Xmx" + heap,
        "-XX:+AlwaysPreTouch",
        "-XX:+UseSerialGC",
        "Hold.java",
        Long.toString(hold.toMillis()));
  }

  /**
   * Whether the backend claims to contain {@code attack}; when it does not, asserts that the
   * warning the user sees names it.
   */
  private boolean claimsToContain(Attack attack) {
    if (!sandbox.uncontained().contains(attack)) return true;
    assertThat(sandbox.warning("the contract test"))
        .as("the warning names %s", attack)
        .contains("  - " + attack.keyword() + ":");
    return false;
  }

  private static void assertNothingRunning(String marker) throws InterruptedException {
    assertThat(eventually(Duration.ofSeconds(5), () -> processesMatching(marker).isEmpty()))
        .as("nothing with '%s' is left running: %s", marker, processesMatching(marker))
        .isTrue();
  }

  private static String marker(String what) {
    return "kaizen-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String field(List<String> status, String name) {
    return status.stream()
        .filter(line -> line.startsWith(name + ":"))
        .map(line -> line.substring(name.length() + 1).trim())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in /proc/self/status"));
  }

  private static Map<String, String> parseEnv(String output) {
    return Arrays.stream(output.split("\n"))
        .filter(line -> line.contains("="))
        .collect(
            Collectors.toMap(
                l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
  }
}
