package dev.kaizen.sandbox.support;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A host directory made visible to sandboxed commands (a bind mount).
 *
 * @param source the directory on the engine's host
 * @param target where the commands see it
 * @param readOnly whether the commands may only read it
 */
public record HostMount(Path source, String target, boolean readOnly) {

  public HostMount {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (!target.startsWith("/")) throw new IllegalArgumentException("not absolute: " + target);
  }

  /** {@code path} read-only at the same place. */
  public static HostMount readOnly(Path path) {
    return new HostMount(path, path.toString(), true);
  }
}
