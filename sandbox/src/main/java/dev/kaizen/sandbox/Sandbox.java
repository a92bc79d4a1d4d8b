package dev.kaizen.sandbox;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one command on a directory tree, isolated from the host as far as the backend can.
 *
 * <p>The tree is the only host directory whose contents a command may change; the command runs in
 * it (or in its copy, see {@link #exec}) as its working directory. Expected failures of the command
 * itself (non-zero exit, timeout, out of memory, too much output) are reported in the {@link
 * ExecResult}, never thrown. A {@link SandboxException} means the sandbox itself failed (engine
 * gone); its subtype {@link SandboxConfigurationException} means it cannot work as configured (an
 * unknown image, a Dockerfile that does not build).
 *
 * <p>The sandbox measures, from outside the command, its wall time ({@link ExecResult#elapsed()})
 * and its peak memory ({@link ExecResult#peakMemoryBytes()}), so that nothing the command does can
 * forge them. Peak memory is the most memory the command and everything it started held at once, as
 * the backend can see it: the Docker backend reads the container's memory cgroup (the kernel's
 * high-water mark, counting what the memory limit counts); the process backend samples the process
 * tree's resident memory in {@code /proc} (a lower bound). It is empty where the backend cannot see
 * it, never an error.
 *
 * <p>What a sandbox contains and enforces is in its {@link #capabilities()}, {@link #uncontained()}
 * and {@link #weaknesses()}; callers ask those, never the backend's name. Sandboxes are opened
 * through a {@link SandboxBackend}.
 *
 * <p>Implementations are safe to use from several threads at once. {@link #close()} stops and
 * removes whatever the sandbox still has running; it is safe to call more than once and from a
 * shutdown hook.
 */
public interface Sandbox extends AutoCloseable {

  /**
   * Runs {@code command} on {@code tree}.
   *
   * <p>The command runs on the tree's contents as they are at the call, and when {@code exec}
   * returns the tree holds what the command left there: the files it wrote, changed and deleted.
   * Local backends mount the tree itself; a backend whose engine is on another machine would copy
   * the tree in and the results out. Either way the caller sees the same tree afterwards, and must
   * not change the tree while the command runs. When {@code exec} throws, what the tree holds is
   * unspecified.
   *
   * @param command what to run; its environment is exactly {@link Command#environment()} plus what
   *     the backend needs to find its toolchain (never the host's environment)
   * @param tree an existing directory: the command's working directory, or the original of its copy
   * @param limits resources and time the command may use
   * @return what happened, including timeouts and kills, with the wall time and, when the backend
   *     can measure it, the peak memory
   * @throws IllegalArgumentException when {@code tree} is not a directory
   * @throws SandboxException when the sandbox itself fails
   * @throws SandboxConfigurationException when the configured image cannot be had for this tree (a
   *     Dockerfile image: missing, or does not build)
   */
  ExecResult exec(Command command, Path tree, Limits limits);

  /**
   * The name of the backend that opened this sandbox, as used in {@code kaizen.yml}: for display
   * and records only; callers ask {@link #capabilities()} what it can do.
   */
  String backend();

  /**
   * What this sandbox actually has (a backend may offer less than its best here, but a sandbox of a
   * backend that declares isolation never isolates nothing). A sandbox that does not say is assumed
   * to have {@link Capabilities#NONE} (wrappers should delegate).
   */
  default Capabilities capabilities() {
    return Capabilities.NONE;
  }

  /**
   * What this backend cannot contain, in one line each; empty when it contains everything the
   * sandbox policy names. Shown to the user as a warning. Each attack of {@link #uncontained()} has
   * a line starting with its {@link Attack#keyword()} and a colon.
   */
  List<String> weaknesses();

  /**
   * The attacks this backend does not contain. A backend that does not say is assumed to contain
   * none of them (wrappers should delegate).
   */
  default Set<Attack> uncontained() {
    return EnumSet.allOf(Attack.class);
  }

  /**
   * The loud warning shown when this sandbox is opened though its {@link Capabilities#isolation()}
   * is below {@link Isolation#FULL}: a first line saying so, then {@code why}, then one line per
   * {@link #weaknesses() weakness}. Wrappers should delegate.
   *
   * @param why why this sandbox was chosen, such as what made {@code auto} pass over a stronger one
   */
  default String warning(String why) {
    var text = new StringBuilder();
    if (capabilities().isolation() == Isolation.NONE) {
      text.append("WARNING: THE SANDBOX ISOLATES NOTHING. Commands run by the ")
          .append(backend())
          .append(" backend are not isolated from this machine.\n");
    } else {
      text.append("WARNING: THE SANDBOX IS PARTIAL. Commands run by the ")
          .append(backend())
          .append(" backend are only partly isolated from this machine.\n");
    }
    text.append("  why: ").append(why).append('\n');
    for (String weakness : weaknesses()) text.append("  - ").append(weakness).append('\n');
    text.append("  Use a backend that isolates fully (sandbox.backend: auto picks the strongest")
        .append(" one that runs here).");
    return text.toString();
  }

  /** Stops and removes everything this sandbox started that is still running. */
  @Override
  void close();
}
