package dev.kaizen.sandbox.docker;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A host directory made visible in the container.
 *
 * @param source the directory on the engine's host
 * @param target where the container sees it
 * @param readOnly whether the container may only read it
 */
record HostMount(Path source, String target, boolean readOnly) {

  HostMount {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (!target.startsWith("/")) throw new IllegalArgumentException("not absolute: " + target);
  }

  /** {@code path} read-only at the same place. */
  static HostMount readOnly(Path path) {
    return new HostMount(path, path.toString(), true);
  }
}
