package dev.kaizen.sandbox.docker;

import static dev.kaizen.sandbox.testing.TestSandboxes.LIMITS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.testing.RequiresDocker;
import dev.kaizen.sandbox.testing.TestSandboxes;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox policy, observed from inside the container, in the details only Docker has (cgroup
 * values, capability sets); the attacks every backend faces are in {@link DockerSandboxTest}. No
 * test sends any network traffic.
 */
@RequiresDocker
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockerPolicyTest {

  private DockerSandbox sandbox;

  @BeforeAll
  void openSandbox() {
    sandbox = DockerSandbox.open(TestSandboxes.settings(DockerBackend.NAME));
  }

  @AfterAll
  void closeSandbox() {
    sandbox.close();
    DockerTestSupport.assertNoContainerOfThisJvm();
  }

  @Test
  void runs_as_an_unprivileged_user_without_capabilities(@TempDir Path tree) {
    ExecResult result = sandbox.exec(Command.of("cat", "/proc/self/status"), tree, LIMITS);

    List<String> status = result.stdout().lines().toList();
    assertThat(field(status, "Uid")).doesNotStartWith("0\t").doesNotStartWith("0 ");
    assertThat(field(status, "CapEff")).isEqualTo("0000000000000000");
    assertThat(field(status, "CapPrm")).isEqualTo("0000000000000000");
    assertThat(field(status, "CapBnd")).isEqualTo("0000000000000000");
    assertThat(field(status, "NoNewPrivs")).isEqualTo("1");
  }

  @Test
  void may_write_the_tree_and_tmp(@TempDir Path tree) throws Exception {
    ExecResult result =
        sandbox.exec(
            Command.shell("echo a > in-tree && echo b > /tmp/in-tmp && cat /tmp/in-tmp"),
            tree,
            LIMITS);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).isEqualTo("b\n");
    assertThat(tree.resolve("in-tree")).hasContent("a");
    long owner =
        ((Number)
                Files.getAttribute(tree.resolve("in-tree"), "unix:uid", LinkOption.NOFOLLOW_LINKS))
            .longValue();
    assertThat(owner)
        .as("the file belongs to the sandbox user")
        .isEqualTo(ContainerUser.forThisProcess().uid());
  }

  @Test
  void applies_memory_cpu_and_pids_limits(@TempDir Path tree) {
    String readCgroups =
        "cd /sys/fs/cgroup; for f in memory/memory.limit_in_bytes cpu/cpu.cfs_quota_us"
            + " cpu/cpu.cfs_period_us pids/pids.max memory.max cpu.max pids.max;"
            + " do [ -r $f ] && echo \"$f=$(cat $f)\"; done; true";

    ExecResult result =
        sandbox.exec(
            Command.shell(readCgroups),
            tree,
            LIMITS.withMemoryBytes(96L << 20).withCpus(0.5).withPids(48));

    Map<String, String> cgroup =
        result
            .stdout()
            .lines()
            .map(line -> line.split("=", 2))
            .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
    long memory = 96L << 20;
    if (cgroup.containsKey("memory/memory.limit_in_bytes")) { // cgroup v1, as on this machine
      assertThat(cgroup)
          .containsEntry("memory/memory.limit_in_bytes", Long.toString(memory))
          .containsEntry("cpu/cpu.cfs_quota_us", "50000")
          .containsEntry("cpu/cpu.cfs_period_us", "100000")
          .containsEntry("pids/pids.max", "48");
    } else {
      assertThat(cgroup)
          .containsEntry("memory.max", Long.toString(memory))
          .containsEntry("cpu.max", "50000 100000")
          .containsEntry("pids.max", "48");
    }
  }

  @Test
  void measures_peak_memory_as_the_limit_counts_it_files_in_tmp_included(@TempDir Path tree) {
    long file = 96L << 20;

    ExecResult result =
        sandbox.exec(
            Command.shell("head -c " + file + " /dev/zero > /tmp/fill && sleep 0.3"), tree, LIMITS);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.peakMemoryBytes())
        .as("the cgroup's high-water mark: %s", result.summary())
        .isPresent();
    assertThat(result.peakMemoryBytes().getAsLong())
        .as("the tmpfs /tmp is memory of the container: %s", result.summary())
        .isBetween(file, LIMITS.memoryBytes());
  }

  @Test
  void holds_a_fork_bomb_to_its_pids_limit(@TempDir Path tree) {
    // The bomb runs in the background; the foreground samples the cgroup's process count with
    // shell builtins only (it cannot fork any more either) and reports the peak.
    String bombAndWatch =
        "f=/sys/fs/cgroup/pids/pids.current; [ -r $f ] || f=/sys/fs/cgroup/pids.current;"
            + " bomb() { while true; do bomb & done; }; bomb &"
            + " peak=0; i=0; while [ $i -lt 3000 ]; do read n < $f;"
            + " [ $n -gt $peak ] && peak=$n; i=$((i+1)); done; echo peak=$peak";

    ExecResult result =
        sandbox.exec(
            Command.shell(bombAndWatch),
            tree,
            LIMITS.withPids(32).withTimeout(Duration.ofSeconds(30)));

    assertThat(result.stderr()).as("forks were refused").containsIgnoringCase("fork");
    int peak = Integer.parseInt(result.stdout().trim().replace("peak=", ""));
    assertThat(peak).as("processes at the peak").isBetween(16, 32);
  }

  @Test
  void kills_a_fork_bomb_when_its_time_is_up(@TempDir Path tree) {
    ExecResult result =
        sandbox.exec(
            // dash exits when a fork fails, so the bomb runs beside a process that waits
            Command.shell("bomb() { while true; do bomb & done; }; bomb & exec sleep 39"),
            tree,
            LIMITS.withPids(32).withTimeout(Duration.ofSeconds(2)));

    assertThat(result.timedOut()).isTrue();
    assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(10));
    assertThat(DockerTestSupport.containersOfThisJvm()).isEmpty();
    assertThat(sandbox.exec(Command.of("true"), tree, LIMITS).succeeded())
        .as("the sandbox still works")
        .isTrue();
  }

  @Test
  void runs_the_hosts_maven(@TempDir Path tree) {
    ExecResult result = sandbox.exec(Command.of("mvn", "-v"), tree, LIMITS);

    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
    assertThat(result.stdout()).contains("Apache Maven").contains(System.getProperty("java.home"));
  }

  @Test
  void offers_the_maven_repository_read_only(@TempDir Path tree) {
    ExecResult result =
        sandbox.exec(
            Command.shell("echo \"$MAVEN_OPTS\"; ls /m2/org/junit/jupiter/junit-jupiter/5.14.4"),
            tree,
            LIMITS);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout())
        .startsWith("-Dmaven.repo.local=/m2\n")
        .contains("junit-jupiter-5.14.4.pom");
  }

  private static String field(List<String> status, String name) {
    return status.stream()
        .filter(line -> line.startsWith(name + ":"))
        .map(line -> line.substring(name.length() + 1).trim())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in /proc/self/status"));
  }
}
