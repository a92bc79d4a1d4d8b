package dev.kaizen.sandbox.process;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Kills a process and everything it started. */
final class ProcessTrees {

  /** Rounds of killing; a process may fork between the listing of its tree and its kill. */
  private static final int ROUNDS = 20;

  /** How long to wait for a killed root to be gone before looking for its marked orphans. */
  private static final long ROOT_EXIT_SECONDS = 5;

  private ProcessTrees() {}

  /**
   * Kills {@code process}'s tree, then every process whose arguments hold {@code marker} and its
   * tree. A root killed while it was forking can leave a child that was never its descendant when
   * the tree was listed and is adopted by init once the root dies; a marker in the command line
   * (bubblewrap's child keeps its parent's) finds it. The sweep waits for the root to be gone: by
   * then any fork it was in has finished and its children are visible.
   */
  static void kill(Process process, Optional<String> marker) {
    kill(process);
    if (marker.isEmpty()) return;
    boolean interrupted = false;
    try {
      process.waitFor(ROOT_EXIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      interrupted = true; // sweep all the same, then pass the interrupt on
    }
    ProcessHandle.allProcesses().filter(p -> carries(p, marker.get())).forEach(ProcessTrees::kill);
    if (interrupted) Thread.currentThread().interrupt();
  }

  private static boolean carries(ProcessHandle process, String marker) {
    return process
        .info()
        .arguments()
        .map(args -> Arrays.asList(args).contains(marker))
        .orElse(false);
  }

  /**
   * Kills {@code process}'s descendants, deepest first, then the process itself. The root dies last
   * so that its tree stays reachable while it is being cut down: a child whose parent died first
   * would be adopted by init and escape. Rounds repeat while they find processes forked since the
   * previous round.
   */
  static void kill(Process process) {
    kill(process.toHandle());
  }

  private static void kill(ProcessHandle root) {
    Set<Long> killed = new HashSet<>();
    for (int round = 0; round < ROUNDS; round++) {
      List<ProcessHandle> fresh =
          root.descendants()
              .filter(p -> !killed.contains(p.pid()))
              .sorted(Comparator.comparingInt(ProcessTrees::depth).reversed())
              .toList();
      if (fresh.isEmpty()) break;
      for (ProcessHandle p : fresh) {
        p.destroyForcibly();
        killed.add(p.pid());
      }
    }
    root.destroyForcibly();
  }

  private static int depth(ProcessHandle process) {
    int depth = 0;
    for (var parent = process.parent(); parent.isPresent(); parent = parent.get().parent()) {
      depth++;
    }
    return depth;
  }
}
