package dev.kaizen.sandbox;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to build a sandbox: which backend, which image, where the host's toolchain state lives.
 *
 * @param backend {@value #AUTO}, which opens the available backend with the strongest isolation
 *     (warning loudly when that is below full isolation, and failing when none isolates), or the
 *     name of a registered {@link SandboxBackend}, which insists on it
 * @param image {@code host} (a tiny local image; the host's JDK and Maven mounted read-only), or an
 *     image reference the engine can run
 * @param mavenRepository the host's local Maven repository, made available read-only to commands
 *     (as {@code -Dmaven.repo.local}); empty when the commands do not use Maven
 * @param stateDirectory a directory the sandbox may keep its own state in (for example a readable
 *     view of the Maven repository)
 * @param limits the limits used when a caller has none of its own
 */
public record SandboxSettings(
    String backend,
    String image,
    Optional<Path> mavenRepository,
    Path stateDirectory,
    Limits limits) {

  /**
   * The backend name that lets the registry choose: the strongest backend that isolates and runs
   * here.
   */
  public static final String AUTO = "auto";

  /** The image mode that needs no registry. */
  public static final String HOST_IMAGE = "host";

  public SandboxSettings {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(mavenRepository, "mavenRepository");
    Objects.requireNonNull(stateDirectory, "stateDirectory");
    Objects.requireNonNull(limits, "limits");
    if (backend.isBlank()) throw new IllegalArgumentException("backend must not be blank");
    if (image.isBlank()) throw new IllegalArgumentException("image must not be blank");
  }

  /**
   * The Dockerfile that {@code image} names, as written (relative to the tree), when it names one:
   * a file called {@code Dockerfile}, {@code Dockerfile.<suffix>} or {@code <name>.Dockerfile},
   * alone or after a relative path such as {@code docker/Dockerfile}. None of these can be an image
   * reference, whose names are lower case.
   */
  public static Optional<String> dockerfile(String image) {
    String text = Objects.requireNonNull(image, "image").trim();
    String name = text.substring(text.lastIndexOf('/') + 1);
    boolean named =
        name.equals("Dockerfile") || name.startsWith("Dockerfile.") || name.endsWith(".Dockerfile");
    return named ? Optional.of(text) : Optional.empty();
  }
}
