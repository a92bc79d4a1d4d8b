package dev.kaizen.agent.config;

import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.SandboxSettings;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code sandbox:} section.
 *
 * @param backend {@code auto} (Docker, else bubblewrap; fails when neither runs) or the name of a
 *     registered sandbox backend ({@code docker}, {@code process} for bubblewrap, {@code
 *     unsafe-process} for plain processes that isolate nothing)
 * @param image {@code host} or an image reference
 * @param limits the limits every eval command runs under
 */
public record SandboxConfig(String backend, String image, Limits limits) {

  public static final SandboxConfig DEFAULT =
      new SandboxConfig(SandboxSettings.AUTO, SandboxSettings.HOST_IMAGE, Limits.DEFAULT);

  public SandboxConfig {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * As when the backend was an enum ({@code backend=AUTO}): {@link KaizenConfig#suiteHash()} hashes
   * this text, and the hashes of existing caches and calibrations stay what they were.
   */
  @Override
  public String toString() {
    return "SandboxConfig[backend="
        + backend.toUpperCase(Locale.ROOT)
        + ", image="
        + image
        + ", limits="
        + limits
        + "]";
  }
}
