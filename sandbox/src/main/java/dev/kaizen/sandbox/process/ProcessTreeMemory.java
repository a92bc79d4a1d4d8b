package dev.kaizen.sandbox.process;

import dev.kaizen.sandbox.support.PeakSampler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The resident memory of a process and all its descendants, read from {@code /proc} by this JVM,
 * never reported by the command.
 *
 * <p>Each reading lists the tree and sums the processes' {@code VmRSS}; the peak is the highest
 * such sum over readings taken every {@link #INTERVAL}, and never less than the {@code VmHWM} (the
 * kernel's own high-water mark) of any single process seen. It is sampled, so it is a lower bound:
 * a tree's peak between two readings, and a process that lived less than an interval, can be
 * missed. Pages shared between processes (libraries, shared memory) are counted once per process;
 * files in a tmpfs are not counted. Under bubblewrap the tree includes bubblewrap's own small
 * processes. A command cannot raise the figure, but it can lower it: by using memory only between
 * readings (it may reset its own {@code VmHWM} through {@code clear_refs}), or, as a plain process,
 * in processes that leave its tree (under bubblewrap, orphans stay in the tree).
 *
 * <p>The tree is walked down from the root through {@code /proc/<pid>/task/<tid>/children}, which
 * reads only the tree's own entries; where the kernel lacks those files, through {@link
 * ProcessHandle#descendants()}, which scans every process on the machine and costs milliseconds on
 * a busy one.
 */
final class ProcessTreeMemory implements PeakSampler.Gauge {

  /** How often the tree is read; a reading costs well under a millisecond for a small tree. */
  static final Duration INTERVAL = Duration.ofMillis(20);

  /** The most processes one reading looks at; a fork bomb's tree is counted in part. */
  static final int MAX_PROCESSES = 4096;

  private static final Path PROC = Path.of("/proc");

  private final ProcessHandle root;
  private final boolean childrenFiles;
  private long highestSingle;

  private ProcessTreeMemory(ProcessHandle root, boolean childrenFiles) {
    this.root = root;
    this.childrenFiles = childrenFiles;
  }

  /** Starts sampling the memory of {@code process}'s tree; the peak is unknown without /proc. */
  static PeakSampler watch(Process process) {
    ProcessHandle root = process.toHandle();
    return PeakSampler.start(
        () -> {
          if (!Files.isReadable(PROC.resolve("self/status"))) return Optional.empty();
          long self = ProcessHandle.current().pid();
          boolean children = Files.isReadable(PROC.resolve(self + "/task/" + self + "/children"));
          return Optional.of(new ProcessTreeMemory(root, children));
        },
        INTERVAL);
  }

  /** The tree's summed resident memory now; empty once no process of it is left to read. */
  @Override
  public OptionalLong read() {
    if (!root.isAlive()) return OptionalLong.empty(); // and its pid may be another's by now
    long total = 0;
    boolean seen = false;
    for (long pid : childrenFiles ? walk(root.pid()) : descendants(root)) {
      Optional<Status> status = Status.of(pid);
      if (status.isEmpty()) continue;
      seen = true;
      total += status.get().rss();
      highestSingle = Math.max(highestSingle, status.get().highWaterMark());
    }
    return seen ? OptionalLong.of(Math.max(total, highestSingle)) : OptionalLong.empty();
  }

  /** {@code root} and its descendants, from the children of each of their threads. */
  static Set<Long> walk(long root) {
    var tree = new LinkedHashSet<Long>();
    var next = new ArrayDeque<Long>();
    next.add(root);
    while (!next.isEmpty() && tree.size() < MAX_PROCESSES) {
      long pid = next.poll();
      if (!tree.add(pid)) continue;
      try (DirectoryStream<Path> threads = Files.newDirectoryStream(PROC.resolve(pid + "/task"))) {
        for (Path thread : threads) {
          for (String child : read(thread.resolve("children")).split(" ")) {
            if (!child.isBlank()) next.add(Long.parseLong(child.trim()));
          }
        }
      } catch (IOException | NumberFormatException gone) {
        // the process ended while it was read; its children were adopted elsewhere
      }
    }
    return tree;
  }

  private static List<Long> descendants(ProcessHandle root) {
    return Stream.concat(Stream.of(root), root.descendants())
        .limit(MAX_PROCESSES)
        .map(ProcessHandle::pid)
        .toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException gone) {
      return "";
    }
  }

  /** The memory lines of one {@code /proc/<pid>/status}, in bytes. */
  record Status(long rss, long highWaterMark) {

    /** Empty when the process is gone, a zombie (no memory lines), or not readable. */
    static Optional<Status> of(long pid) {
      try {
        return parse(Files.readString(PROC.resolve(pid + "/status"), StandardCharsets.ISO_8859_1));
      } catch (IOException | SecurityException gone) {
        return Optional.empty();
      }
    }

    static Optional<Status> parse(String status) {
      long rss = -1;
      long hwm = -1;
      for (String line : status.lines().toList()) {
        if (line.startsWith("VmRSS:")) rss = kibibytes(line);
        else if (line.startsWith("VmHWM:")) hwm = kibibytes(line);
      }
      if (rss < 0) return Optional.empty();
      return Optional.of(new Status(rss << 10, Math.max(hwm, rss) << 10));
    }

    /** {@code VmRSS: 312456 kB}. */
    private static long kibibytes(String line) {
      String value = line.substring(line.indexOf(':') + 1).trim();
      int space = value.indexOf(' ');
      try {
        return Long.parseLong(space < 0 ? value : value.substring(0, space));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
  }
}
