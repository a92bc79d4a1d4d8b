package dev.kaizen.agent.config;

import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.SandboxSettings;
import java.util.Objects;

/**
 * The {@code sandbox:} section.
 *
 * @param backend {@code auto} or the name of a registered sandbox backend ({@code docker}, {@code
 *     process})
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
}
