package dev.kaizen.sandbox.copying;

import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxBackend;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.process.ProcessBackend;
import java.util.Optional;

/**
 * A backend that works on a copy of the tree, as one whose engine is on another machine must: each
 * command runs as a plain process in a fresh temporary copy, and what it left there is synced back
 * into the tree. It exists to prove that the {@link Sandbox#exec} contract allows such a backend,
 * and as the example of adding one: it is registered with {@code
 * SandboxBackends.standard().with(new CopyingBackend())} and needs nothing else.
 *
 * <p>It isolates nothing and promises nothing: {@link Capabilities#NONE}, and a weakness for every
 * attack.
 */
final class CopyingBackend implements SandboxBackend {

  /** Its name, as {@code sandbox.backend} would give it. */
  static final String NAME = "copying";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Capabilities capabilities() {
    return Capabilities.NONE;
  }

  @Override
  public Optional<String> unavailable() {
    return Optional.empty();
  }

  /** A sandbox whose commands run, as plain processes, in copies of their trees. */
  @Override
  public Sandbox open(SandboxSettings settings) {
    return new CopyingSandbox(ProcessBackend.plain().open(settings));
  }
}
