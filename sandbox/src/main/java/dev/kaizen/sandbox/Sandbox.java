package dev.kaizen.sandbox;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * Runs one command on a directory tree, isolated from the host as far as the backend can.
 *
 * <p>The tree is the only host directory the command may write to; the command sees it as its
 * working directory. Expected failures of the command itself (non-zero exit, timeout, out of
 * memory, too much output) are reported in the {@link ExecResult}, never thrown. A {@link
 * SandboxException} means the sandbox itself failed (engine gone); its subtype {@link
 * SandboxConfigurationException} means it cannot work as configured (an unknown image, a Dockerfile
 * that does not build).
 *
 * <p>The sandbox measures, from outside the command, its wall time ({@link ExecResult#elapsed()})
 * and its peak memory ({@link ExecResult#peakMemoryBytes()}), so that nothing the command does can
 * forge them. Peak memory is the most memory the command and everything it started held at once,
 * as the backend can see it: the Docker backend reads the container's memory cgroup (the kernel's
 * high-water mark, counting what the memory limit counts); the process backend samples the process
 * tree's resident memory in {@code /proc} (a lower bound). It is empty where the backend cannot
 * see it, never an error.
 *
 * <p>Implementations are safe to use from several threads at once. {@link #close()} stops and
 * removes whatever the sandbox still has running; it is safe to call more than once and from a
 * shutdown hook.
 */
public interface Sandbox extends AutoCloseable {

  /**
   * Runs {@code command} with {@code tree} as its working directory.
   *
   * @param command what to run; its environment is exactly {@link Command#environment()} plus what
   *     the backend needs to find its toolchain (never the host's environment)
   * @param tree an existing directory, mounted read-write; the command's files end up here
   * @param limits resources and time the command may use
   * @return what happened, including timeouts and kills, with the wall time and, when the backend
   *     can measure it, the peak memory
   * @throws SandboxException when the sandbox itself fails
   * @throws SandboxConfigurationException when the configured image cannot be had for this tree (a
   *     Dockerfile image: missing, or does not build)
   */
  ExecResult exec(Command command, Path tree, Limits limits);

  /** The backend's short name, as used in {@code kaizen.yml}: {@code docker} or {@code process}. */
  String backend();

  /**
   * What this backend cannot contain, in one line each; empty when it contains everything the
   * sandbox policy names. Shown to the user as a warning. Each attack of {@link #uncontained()} has
   * a line starting with its {@link Attack#keyword()} and a colon.
   */
  java.util.List<String> weaknesses();

  /**
   * The attacks this backend does not contain. A backend that does not say is assumed to contain
   * none of them (wrappers should delegate).
   */
  default Set<Attack> uncontained() {
    return EnumSet.allOf(Attack.class);
  }

  /** Stops and removes everything this sandbox started that is still running. */
  @Override
  void close();
}
