package dev.kaizen.sandbox.process;

import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.Isolation;
import dev.kaizen.sandbox.SandboxBackend;
import dev.kaizen.sandbox.SandboxSettings;
import java.util.Optional;

/**
 * The {@code process} backend: commands as child processes of this JVM ({@link ProcessSandbox}),
 * under bubblewrap where it works (partial isolation) and otherwise as plain processes (none). It
 * limits neither memory, processes nor CPU, and always runs.
 */
public final class ProcessBackend implements SandboxBackend {

  /** Its name in {@code kaizen.yml}. */
  public static final String NAME = "process";

  /** The most it offers: bubblewrap's partial isolation, and no resource limit. */
  public static final Capabilities CAPABILITIES =
      new Capabilities(Isolation.PARTIAL, false, false, false, false, false);

  private enum Mode {
    BUBBLEWRAP_WHERE_IT_WORKS,
    PLAIN,
    BUBBLEWRAP
  }

  private final Mode mode;

  /** Bubblewrap where it works here, otherwise plain processes: what {@code kaizen.yml} gets. */
  public ProcessBackend() {
    this(Mode.BUBBLEWRAP_WHERE_IT_WORKS);
  }

  private ProcessBackend(Mode mode) {
    this.mode = mode;
  }

  /** Plain processes, even where bubblewrap works (see {@link ProcessSandbox#plain}). */
  public static ProcessBackend plain() {
    return new ProcessBackend(Mode.PLAIN);
  }

  /** Bubblewrap only, unavailable where it does not work: see {@link ProcessSandbox#bubblewrap}. */
  public static ProcessBackend bubblewrap() {
    return new ProcessBackend(Mode.BUBBLEWRAP);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Capabilities capabilities() {
    return mode == Mode.PLAIN ? Capabilities.NONE : CAPABILITIES;
  }

  /** Always empty, except for {@link #bubblewrap()} where bubblewrap does not work. */
  @Override
  public Optional<String> unavailable() {
    if (mode != Mode.BUBBLEWRAP) return Optional.empty();
    Bubblewrap.Probe probe = Bubblewrap.probe();
    return probe.works() ? Optional.empty() : Optional.of(probe.verdict());
  }

  @Override
  public ProcessSandbox open(SandboxSettings settings) {
    return switch (mode) {
      case BUBBLEWRAP_WHERE_IT_WORKS -> new ProcessSandbox(settings);
      case PLAIN -> ProcessSandbox.plain(settings);
      case BUBBLEWRAP -> ProcessSandbox.bubblewrap(settings);
    };
  }

  @Override
  public String toString() {
    return "ProcessBackend[" + NAME + ", " + mode.name().toLowerCase(java.util.Locale.ROOT) + "]";
  }
}
