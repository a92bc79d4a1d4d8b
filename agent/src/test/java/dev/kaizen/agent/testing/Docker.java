package dev.kaizen.agent.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Asks the Docker engine, through its command line, what tests need to know. */
public final class Docker {

  private Docker() {}

  /**
   * Ids of every container (running or not) that carries the sandbox's label and was started by
   * this JVM: other Kaizen processes on the machine (a second build, a calibration) are not ours
   * to count.
   */
  public static List<String> sandboxContainers() {
    return sandboxContainersOf(ProcessHandle.current().pid());
  }

  /** Ids of the sandbox's containers that process {@code pid} started. */
  public static List<String> sandboxContainersOf(long pid) {
    return lines("docker", "ps", "-aq", "--filter", "label=" + SandboxLabel.KEY,
        "--filter", "label=" + SandboxLabel.OWNER_PID + "=" + pid);
  }

  private static List<String> lines(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
      }
      return out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run docker: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The label the docker sandbox puts on every container it starts. */
  static final class SandboxLabel {
    static final String KEY = "dev.kaizen.sandbox";
    static final String OWNER_PID = "dev.kaizen.sandbox.owner-pid";
  }
}
