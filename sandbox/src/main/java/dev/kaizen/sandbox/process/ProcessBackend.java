package dev.kaizen.sandbox.process;

import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.Isolation;
import dev.kaizen.sandbox.SandboxBackend;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.SandboxUnavailableException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Commands as child processes of this JVM ({@link ProcessSandbox}), as two backends that never turn
 * into each other.
 *
 * <ul>
 *   <li>{@value #NAME} ({@link #ProcessBackend()}): under bubblewrap, partial isolation with no
 *       resource limit. It needs a {@code bwrap} that can create namespaces here: without one it is
 *       {@link #unavailable()} and {@link #open} fails closed, saying what to do; it never runs
 *       plain processes.
 *   <li>{@value #UNSAFE_NAME} ({@link #plain()}): plain processes that isolate nothing, for those
 *       who opt in by naming it (or {@code --allow-unsandboxed}); always available.
 * </ul>
 */
public final class ProcessBackend implements SandboxBackend {

  /** The bubblewrap backend's name in {@code kaizen.yml}. */
  public static final String NAME = "process";

  /** The plain-process backend's name in {@code kaizen.yml}: no isolation, asked for by name. */
  public static final String UNSAFE_NAME = "unsafe-process";

  /** What the bubblewrap backend offers: partial isolation, and no resource limit. */
  public static final Capabilities CAPABILITIES =
      new Capabilities(Isolation.PARTIAL, false, false, false, false, false);

  /** How bubblewrap is found and tried; empty for plain processes. */
  private final Optional<Supplier<Bubblewrap.Probe>> bubblewrap;

  /** The {@value #NAME} backend: bubblewrap found on {@code PATH} (or in {@code /usr/bin}). */
  public ProcessBackend() {
    this(Optional.of(Bubblewrap::probe));
  }

  private ProcessBackend(Optional<Supplier<Bubblewrap.Probe>> bubblewrap) {
    this.bubblewrap = bubblewrap;
  }

  /** The {@value #UNSAFE_NAME} backend: plain processes, even where bubblewrap works. */
  public static ProcessBackend plain() {
    return new ProcessBackend(Optional.empty());
  }

  /** The {@value #NAME} backend, as {@link #ProcessBackend()} makes it. */
  public static ProcessBackend bubblewrap() {
    return new ProcessBackend();
  }

  /**
   * The {@value #NAME} backend with the {@code bwrap} at {@code executable} instead of the one on
   * {@code PATH} (for tests and embedders); tried once per JVM like any other.
   */
  public static ProcessBackend bubblewrapAt(Path executable) {
    Objects.requireNonNull(executable, "executable");
    return new ProcessBackend(Optional.of(() -> Bubblewrap.probe(executable)));
  }

  @Override
  public String name() {
    return bubblewrap.isPresent() ? NAME : UNSAFE_NAME;
  }

  @Override
  public Capabilities capabilities() {
    return bubblewrap.isPresent() ? CAPABILITIES : Capabilities.NONE;
  }

  /**
   * Empty for plain processes; for bubblewrap, empty when it works here, otherwise why not (not
   * installed, or it cannot create namespaces) and what to do.
   */
  @Override
  public Optional<String> unavailable() {
    if (bubblewrap.isEmpty()) return Optional.empty();
    Bubblewrap.Probe probe = bubblewrap.get().get();
    return probe.works() ? Optional.empty() : Optional.of(needsBubblewrap(probe));
  }

  /**
   * Opens a sandbox of this backend.
   *
   * @throws SandboxUnavailableException for {@value #NAME}, when bubblewrap does not work here
   */
  @Override
  public ProcessSandbox open(SandboxSettings settings) {
    if (bubblewrap.isEmpty()) return ProcessSandbox.plain(settings);
    return ProcessSandbox.bubblewrap(settings, bubblewrap.get().get());
  }

  /** Why the {@value #NAME} backend cannot run, after a failed {@code probe}, in one line. */
  static String needsBubblewrap(Bubblewrap.Probe probe) {
    return "the " + NAME + " backend needs bubblewrap, and " + probe.verdict();
  }

  @Override
  public String toString() {
    return "ProcessBackend[" + name() + "]";
  }
}
