package dev.kaizen.sandbox.docker;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The process that started a container, as recorded in the container's labels, so that containers
 * left behind by a process that died can be recognised and removed.
 *
 * @param host the host name of the machine the process runs on
 * @param pid its process id
 * @param start when it started, in epoch milliseconds; 0 when unknown (guards against pid reuse)
 */
record Owner(String host, long pid, long start) {

  static final String HOST_LABEL = "dev.kaizen.sandbox.owner-host";
  static final String PID_LABEL = "dev.kaizen.sandbox.owner-pid";
  static final String START_LABEL = "dev.kaizen.sandbox.owner-start";

  Owner {
    Objects.requireNonNull(host, "host");
  }

  /** This JVM. */
  static Owner current() {
    ProcessHandle self = ProcessHandle.current();
    return new Owner(hostName(), self.pid(), startOf(self));
  }

  /** Reads the owner back from a container's labels; empty when they do not name one. */
  static Optional<Owner> fromLabels(Map<String, String> labels) {
    if (labels == null) return Optional.empty();
    String host = labels.get(HOST_LABEL);
    String pid = labels.get(PID_LABEL);
    if (host == null || pid == null) return Optional.empty();
    try {
      long start = Long.parseLong(labels.getOrDefault(START_LABEL, "0"));
      return Optional.of(new Owner(host, Long.parseLong(pid), start));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  Map<String, String> labels() {
    return Map.of(
        HOST_LABEL, host, PID_LABEL, Long.toString(pid), START_LABEL, Long.toString(start));
  }

  /**
   * Whether this owner ran on {@code thisHost} and is gone: no process has its pid, or the one that
   * has it started at another time. Owners on other hosts are never judged.
   */
  boolean isDeadOn(String thisHost) {
    if (!host.equals(thisHost)) return false;
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) return true;
    long started = startOf(process.get());
    return start != 0 && started != 0 && started != start;
  }

  static String hostName() {
    try {
      String name = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
      if (!name.isEmpty()) return name;
    } catch (IOException | RuntimeException notLinux) {
      // fall through
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  private static long startOf(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }
}
