package dev.kaizen.sandbox.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProcessTreeMemoryTest {

  @Test
  void reads_resident_memory_and_its_high_water_mark_from_proc_status() {
    String status =
        "Name:\tjava\nState:\tS (sleeping)\nVmPeak:\t 3891180 kB\nVmSize:\t 3825644 kB\n"
            + "VmHWM:\t  356412 kB\nVmRSS:\t  351240 kB\nThreads:\t19\n";

    var parsed = ProcessTreeMemory.Status.parse(status).orElseThrow();

    assertThat(parsed.rss()).isEqualTo(351240L * 1024);
    assertThat(parsed.highWaterMark()).isEqualTo(356412L * 1024);
  }

  @Test
  void a_zombie_has_no_memory_to_read() {
    String zombie = "Name:\tsh\nState:\tZ (zombie)\nTgid:\t4242\nThreads:\t1\n";

    assertThat(ProcessTreeMemory.Status.parse(zombie)).isEmpty();
  }

  @Test
  void walks_a_process_tree_down_from_its_root() throws Exception {
    Process shell = new ProcessBuilder("sh", "-c", "sleep 31 & sleep 32 & wait").start();
    try {
      List<Long> sleeps = List.of();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (sleeps.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
        sleeps = shell.descendants().map(ProcessHandle::pid).toList();
      }

      assertThat(ProcessTreeMemory.walk(shell.pid()))
          .as("the shell and both of its sleeps")
          .containsExactlyInAnyOrderElementsOf(
              Stream.concat(Stream.of(shell.pid()), sleeps.stream()).toList())
          .hasSize(3);
    } finally {
      ProcessTrees.kill(shell);
    }
  }

  @Test
  void reads_this_jvm_from_proc() {
    var self = ProcessTreeMemory.Status.of(ProcessHandle.current().pid()).orElseThrow();

    assertThat(self.rss()).as("this JVM is resident").isGreaterThan(1L << 20);
    assertThat(self.highWaterMark()).isGreaterThanOrEqualTo(self.rss());
  }
}
