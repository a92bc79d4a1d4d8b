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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The sandbox backends, by name: the one place that turns {@code sandbox.backend} into a {@link
 * Sandbox}. Immutable; {@link #with} and {@link #allowingUnsandboxed()} return a new registry.
 *
 * <p>Isolation fails closed. {@value SandboxSettings#AUTO} opens the available backend ({@link
 * SandboxBackend#unavailable()} empty) with the strongest {@link Isolation}, the first registered
 * among equals, but never one that isolates nothing ({@link Isolation#NONE}): with the {@link
 * #standard()} backends, Docker when an engine answers within its probe time, else the process
 * backend when bubblewrap works, else a {@link SandboxUnavailableException} that says what is
 * missing and how to opt in to running without isolation. Only a registry {@link
 * #allowingUnsandboxed()} lets {@code auto} fall back to a backend that isolates nothing ({@code
 * unsafe-process}). A named backend insists: when it cannot run, its {@link SandboxBackend#open}
 * fails with {@link SandboxUnavailableException}; naming one that isolates nothing is the other way
 * to opt in.
 *
 * <p>A sandbox that isolates nothing though its backend declared isolation is closed and refused:
 * no backend degrades to plain processes unasked. Whenever the opened sandbox isolates less than
 * fully, a loud warning ({@link Sandbox#warning(String)}: what it cannot contain, and why it was
 * chosen) goes to {@code warnings}.
 */
public final class SandboxBackends {

  private final List<SandboxBackend> backends;
  private final boolean unsandboxedAllowed;

  private SandboxBackends(List<SandboxBackend> backends, boolean unsandboxedAllowed) {
    this.backends = List.copyOf(backends);
    this.unsandboxedAllowed = unsandboxedAllowed;
  }

  /**
   * {@code docker}, {@code process} (bubblewrap) and {@code unsafe-process} (plain processes): what
   * {@code kaizen.yml} can name.
   */
  public static SandboxBackends standard() {
    return new SandboxBackends(
        List.of(new DockerBackend(), new ProcessBackend(), ProcessBackend.plain()), false);
  }

  /** Exactly {@code backends}, in this order (for tests and embedders). */
  public static SandboxBackends of(SandboxBackend... backends) {
    SandboxBackends registry = new SandboxBackends(List.of(), false);
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
    return new SandboxBackends(list, unsandboxedAllowed);
  }

  /**
   * This registry, in which {@value SandboxSettings#AUTO} falls back to the first available backend
   * that isolates nothing when no backend that isolates can run here (what {@code
   * --allow-unsandboxed} asks). Named backends are opened as before.
   */
  public SandboxBackends allowingUnsandboxed() {
    return new SandboxBackends(backends, true);
  }

  /** Whether {@value SandboxSettings#AUTO} may open a backend that isolates nothing. */
  public boolean unsandboxedAllowed() {
    return unsandboxedAllowed;
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
   *     backend 'vm' (expected auto, docker, process or unsafe-process)}
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
   *     answers, bubblewrap is missing or cannot create namespaces: the message says what to do);
   *     with {@code auto}, when no backend that isolates can run and running without isolation was
   *     not allowed (the message says what is missing and how to opt in); and when a backend that
   *     declared isolation opened a sandbox that isolates nothing
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
      return opened(backend(name), settings, "sandbox.backend is " + name, warnings);
    }
    List<String> passedOver = new ArrayList<>();
    for (SandboxBackend backend : strongestFirst()) {
      if (isolatesNothing(backend)) continue;
      Optional<String> unavailable = backend.unavailable();
      if (unavailable.isPresent()) {
        passedOver.add(oneLine(unavailable.get()));
        continue;
      }
      String why =
          passedOver.isEmpty()
              ? "no registered backend isolates fully"
              : String.join("; ", passedOver);
      return opened(backend, settings, why, warnings);
    }
    String missing =
        passedOver.isEmpty()
            ? "no registered sandbox backend isolates"
            : "no sandbox backend that isolates can run here: " + String.join("; ", passedOver);
    Optional<SandboxBackend> unsafe =
        backends.stream()
            .filter(SandboxBackends::isolatesNothing)
            .filter(b -> b.unavailable().isEmpty())
            .findFirst();
    if (unsafe.isEmpty()) throw new SandboxUnavailableException(missing);
    if (!unsandboxedAllowed) {
      throw new SandboxUnavailableException(
          missing
              + (passedOver.isEmpty() ? ". Opt in" : ". Fix one of them, or opt in")
              + " to running candidates without isolation with sandbox.backend: "
              + unsafe.get().name()
              + " or --allow-unsandboxed");
    }
    return opened(
        unsafe.get(),
        settings,
        missing + "; running without isolation was allowed (--allow-unsandboxed)",
        warnings);
  }

  /**
   * Opens {@code backend}'s sandbox, refusing one that isolates nothing though the backend declared
   * isolation, and warns when it isolates less than fully.
   */
  private static Sandbox opened(
      SandboxBackend backend, SandboxSettings settings, String why, Consumer<String> warnings) {
    Sandbox sandbox = backend.open(settings);
    if (sandbox.capabilities().isolation() == Isolation.NONE && !isolatesNothing(backend)) {
      sandbox.close();
      throw new SandboxUnavailableException(
          "the "
              + backend.name()
              + " backend declares "
              + backend.capabilities().isolation().name().toLowerCase(Locale.ROOT)
              + " isolation but opened a sandbox that isolates nothing; refused (name a backend"
              + " that isolates nothing to run without isolation)");
    }
    if (sandbox.capabilities().isolation() != Isolation.FULL) {
      warnings.accept(sandbox.warning(why));
    }
    return sandbox;
  }

  private static boolean isolatesNothing(SandboxBackend backend) {
    return backend.capabilities().isolation() == Isolation.NONE;
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

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  @Override
  public String toString() {
    return "SandboxBackends" + names() + (unsandboxedAllowed ? " allowing unsandboxed" : "");
  }
}
