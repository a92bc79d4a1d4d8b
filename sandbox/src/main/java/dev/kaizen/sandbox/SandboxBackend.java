package dev.kaizen.sandbox;

import java.util.Optional;

/**
 * A way of running commands isolated, named in {@code kaizen.yml} as {@code sandbox.backend}: the
 * extension point behind {@link Sandbox}.
 *
 * <p>A backend is registered with {@code dev.kaizen.sandbox.backends.SandboxBackends}, which is the
 * only place that knows backends by name: {@code auto} opens the available backend with the
 * strongest {@link Capabilities#isolation()} (never one of {@link Isolation#NONE} unless that was
 * allowed), and any sandbox below {@link Isolation#FULL} is opened with its {@link
 * Sandbox#warning(String)}. Everything else asks an opened sandbox for its {@link
 * Sandbox#capabilities()}.
 *
 * <p>A backend never claims a protection it does not give: what its sandboxes contain is checked by
 * the attack suite of the contract test, and a backend that declares isolation must never open a
 * sandbox that isolates nothing (the registry refuses one that does). Where it cannot isolate, it
 * is {@link #unavailable()} and {@link #open} fails.
 */
public interface SandboxBackend {

  /** The name written in {@code kaizen.yml} ({@code sandbox.backend}); never {@code auto}. */
  String name();

  /**
   * The most this backend offers where it works fully; an opened sandbox may have less (see {@link
   * Sandbox#capabilities()}), but never {@link Isolation#NONE} unless this says so.
   */
  Capabilities capabilities();

  /**
   * Empty when this backend can run commands here now; otherwise why not, in a sentence that says
   * what to do about it. Quick and bounded in time (a probe, not a build).
   */
  Optional<String> unavailable();

  /**
   * Opens a sandbox with {@code settings}.
   *
   * @throws SandboxUnavailableException when the backend cannot run here, saying why
   * @throws SandboxConfigurationException when it cannot work as configured (an unknown image)
   * @throws SandboxException when it fails to prepare
   */
  Sandbox open(SandboxSettings settings);
}
