package dev.kaizen.sandbox.docker;

import dev.kaizen.sandbox.support.HostMount;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An image ready to run commands, with what it needs from the host.
 *
 * @param reference the image, as the engine knows it
 * @param mounts read-only host directories the image's toolchain needs (none for a full image)
 * @param environment toolchain variables the image does not define itself
 */
record ContainerImage(String reference, List<HostMount> mounts, Map<String, String> environment) {

  ContainerImage {
    Objects.requireNonNull(reference, "reference");
    mounts = List.copyOf(Objects.requireNonNull(mounts, "mounts"));
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
  }

  /** An image that brings its own toolchain and environment. */
  static ContainerImage selfContained(String reference) {
    return new ContainerImage(reference, List.of(), Map.of());
  }
}
