package dev.kaizen.sandbox.backends;

import dev.kaizen.sandbox.Isolation;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxBackend;
import dev.kaizen.sandbox.SandboxConfigurationException;
import dev.kaizen.sandbox.SandboxException;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.SandboxUnavailableException;
import dev.kaizen.sandbox.docker.DockerBackend;
import dev.kaizen.sandbox.process.ProcessBackend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The sandbox backends, by name: the one place that turns {@code sandbox.backend} into a {@link
 * Sandbox}. Immutable; {@link #with} returns a new registry.
 *
 * <p>{@value SandboxSettings#AUTO} opens the available backend ({@link
 * SandboxBackend#unavailable()} empty) with the strongest {@link Isolation}, the first registered
 * among equals: with the {@link #standard()} backends, Docker when an engine answers within its
 * probe time, and otherwise the process backend. A named backend insists: when it cannot run, its
 * {@link SandboxBackend#open} fails with {@link SandboxUnavailableException}. Whenever the opened
 * sandbox isolates less than fully, a loud warning ({@link Sandbox#warning(String)}: what it cannot
 * contain, and why it was chosen) goes to {@code warnings}.
 */
public final class SandboxBackends {

  private final List<SandboxBackend> backends;

  private SandboxBackends(List<SandboxBackend> backends) {
    this.backends = List.copyOf(backends);
  }

  /** {@code docker}, then {@code process}: what {@code kaizen.yml} can name. */
  public static SandboxBackends standard() {
    return new SandboxBackends(List.of(new DockerBackend(), new ProcessBackend()));
  }

  /** Exactly {@code backends}, in this order (for tests and embedders). */
  public static SandboxBackends of(SandboxBackend... backends) {
    SandboxBackends registry = new SandboxBackends(List.of());
    for (SandboxBackend backend : backends) registry = registry.with(backend);
    return registry;
  }

  /**
   * This registry with {@code backend}: in place of the backend of the same name, or after the
   * others.
   *
   * @throws IllegalArgumentException when its name is blank or {@value SandboxSettings#AUTO}
   */
  public SandboxBackends with(SandboxBackend backend) {
    Objects.requireNonNull(backend, "backend");
    String name = Objects.requireNonNull(backend.name(), "backend.name()");
    if (name.isBlank() || !name.equals(name.trim()) || name.equals(SandboxSettings.AUTO)) {
      throw new IllegalArgumentException("not a name for a sandbox backend: '" + name + "'");
    }
    var list = new ArrayList<>(backends);
    int at = names().indexOf(name);
    if (at >= 0) {
      list.set(at, backend);
    } else {
      list.add(backend);
    }
    return new SandboxBackends(list);
  }

  /** The registered backends' names, in order ({@value SandboxSettings#AUTO} is not one). */
  public List<String> names() {
    return backends.stream().map(SandboxBackend::name).toList();
  }

  /**
   * Reads {@code sandbox.backend} as written: {@value SandboxSettings#AUTO} or a registered name.
   *
   * @return the name, trimmed
   * @throws IllegalArgumentException naming what is expected, such as {@code unknown sandbox
   *     backend 'vm' (expected auto, docker or process)}
   */
  public String parse(String text) {
    String name = Objects.requireNonNull(text, "text").trim();
    if (name.equals(SandboxSettings.AUTO) || names().contains(name)) return name;
    throw new IllegalArgumentException(
        "unknown sandbox backend '" + text + "' (expected " + expected() + ")");
  }

  /**
   * The sandbox {@code settings} ask for.
   *
   * @param warnings receives what the user must know: the warning of a sandbox that isolates less
   *     than fully
   * @throws IllegalArgumentException when {@code settings} name no registered backend
   * @throws SandboxUnavailableException when the named backend cannot run here (no Docker engine
   *     answers: the message says how to start one), or with {@code auto}, when none can
   * @throws SandboxConfigurationException when the backend cannot work as configured (an image
   *     neither local nor pullable, a Dockerfile path that leaves the tree); {@code auto} does not
   *     hide these
   * @throws SandboxException when the backend runs but its sandbox cannot be prepared (an
   *     unreadable Maven repository); {@code auto} does not hide these either
   */
  public Sandbox open(SandboxSettings settings, Consumer<String> warnings) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(warnings, "warnings");
    String name = parse(settings.backend());
    if (!name.equals(SandboxSettings.AUTO)) {
      return warned(backend(name).open(settings), "sandbox.backend is " + name, warnings);
    }
    List<String> passedOver = new ArrayList<>();
    for (SandboxBackend backend : strongestFirst()) {
      Optional<String> unavailable = backend.unavailable();
      if (unavailable.isPresent()) {
        passedOver.add(unavailable.get());
        continue;
      }
      String why =
          passedOver.isEmpty()
              ? "no registered backend isolates fully"
              : String.join("; ", passedOver);
      return warned(backend.open(settings), why, warnings);
    }
    throw new SandboxUnavailableException(
        "no sandbox backend can run here: " + String.join("; ", passedOver));
  }

  private List<SandboxBackend> strongestFirst() {
    return backends.stream()
        .sorted(Comparator.comparing((SandboxBackend b) -> b.capabilities().isolation()).reversed())
        .toList();
  }

  private SandboxBackend backend(String name) {
    return backends.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
  }

  private String expected() {
    List<String> all = new ArrayList<>();
    all.add(SandboxSettings.AUTO);
    all.addAll(names());
    if (all.size() == 1) return all.get(0);
    return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
  }

  private static Sandbox warned(Sandbox sandbox, String why, Consumer<String> warnings) {
    if (sandbox.capabilities().isolation() != Isolation.FULL) {
      warnings.accept(sandbox.warning(why));
    }
    return sandbox;
  }

  @Override
  public String toString() {
    return "SandboxBackends" + names();
  }
}
