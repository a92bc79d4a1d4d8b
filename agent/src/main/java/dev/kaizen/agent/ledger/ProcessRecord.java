package dev.kaizen.agent.ledger;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The process that runs (or ran) a session, as {@code session.json} and the workspace's lock keep
 * it.
 *
 * @param pid the operating system's process id
 * @param host the name of the machine it runs on
 */
public record ProcessRecord(long pid, String host) {

  public ProcessRecord {
    Objects.requireNonNull(host, "host");
  }

  /** This process, on this machine. */
  public static ProcessRecord current() {
    return new ProcessRecord(ProcessHandle.current().pid(), hostName());
  }

  /**
   * Whether the process is known to be gone: it ran on this machine and no process of its id is
   * alive. A process of another machine is never known to be gone.
   */
  public boolean gone() {
    return host.equals(hostName()) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  /** {@code pid 4242 on build-7}. */
  @Override
  public String toString() {
    return "pid " + pid + " on " + host;
  }

  /**
   * This machine's name, without asking a name server: the kernel's, else {@code HOSTNAME}, else
   * what the JVM resolves.
   */
  static String hostName() {
    try {
      Path kernel = Path.of("/proc/sys/kernel/hostname");
      if (Files.isReadable(kernel)) {
        String name = Files.readString(kernel).strip();
        if (!name.isEmpty()) return name;
      }
    } catch (IOException e) {
      // fall through
    }
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) return env.strip();
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
