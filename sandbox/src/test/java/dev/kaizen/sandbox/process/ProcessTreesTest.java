package dev.kaizen.sandbox.process;

import static dev.kaizen.sandbox.testing.TestSandboxes.eventually;
import static dev.kaizen.sandbox.testing.TestSandboxes.processesMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProcessTreesTest {

  private static final String MARKER = "KAIZEN_RUN_processtreestest";

  @AfterEach
  void noOrphanIsLeft() {
    // A failed test must not leave its sleeper behind for the next one to find.
    ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(line -> line.contains("sleep 41")).orElse(false))
        .forEach(ProcessHandle::destroyForcibly);
  }

  /** The sleeper itself, not only a shell whose command line names it and may still fork it. */
  private static boolean sleeperRuns() {
    return processesMatching("sleep 41").contains("sleep 41");
  }

  @Test
  void kills_the_whole_tree() throws Exception {
    Process process = new ProcessBuilder("sh", "-c", "sleep 41; true").start();
    assertThat(eventually(Duration.ofSeconds(10), ProcessTreesTest::sleeperRuns)).isTrue();

    ProcessTrees.kill(process, Optional.empty());

    assertThat(eventually(Duration.ofSeconds(5), () -> processesMatching("sleep 41").isEmpty()))
        .as("left running: %s", processesMatching("sleep 41"))
        .isTrue();
  }

  @Test
  void kills_a_marked_orphan_that_left_the_tree_before_the_kill() throws Exception {
    // The subshell exits at once, so its child is adopted by init: no longer the root's
    // descendant, as a bubblewrap child is when its parent dies while starting it.
    String orphan = "(sh -c 'sleep 41; true' " + MARKER + " &); sleep 60";
    Process process = new ProcessBuilder("sh", "-c", orphan).start();
    assertThat(eventually(Duration.ofSeconds(10), ProcessTreesTest::sleeperRuns)).isTrue();
    assertThat(process.toHandle().descendants())
        .noneMatch(p -> p.info().commandLine().orElse("").contains("sleep 41"));

    ProcessTrees.kill(process, Optional.of(MARKER));

    assertThat(eventually(Duration.ofSeconds(5), () -> processesMatching("sleep 41").isEmpty()))
        .as("left running: %s", processesMatching("sleep 41"))
        .isTrue();
  }
}
