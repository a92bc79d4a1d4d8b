package dev.kaizen.sandbox.process;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Kills a process and everything it started. */
final class ProcessTrees {

  /** Rounds of killing; a process may fork between the listing of its tree and its kill. */
  private static final int ROUNDS = 20;

  private ProcessTrees() {}

  /**
   * Kills {@code process}'s descendants, deepest first, then the process itself. The root dies last
   * so that its tree stays reachable while it is being cut down: a child whose parent died first
   * would be adopted by init and escape. Rounds repeat while they find processes forked since the
   * previous round.
   */
  static void kill(Process process) {
    ProcessHandle root = process.toHandle();
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
