package dev.kaizen.sandbox.docker;

import dev.kaizen.sandbox.SandboxConfigurationException;
import dev.kaizen.sandbox.SandboxSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the image named by {@code sandbox.image} comes from: the {@code host} mode, a Dockerfile in
 * the tree, or an image reference.
 *
 * <p>A Dockerfile is recognised by its file name, see {@link SandboxSettings#dockerfile(String)}.
 */
sealed interface ImageSource {

  /** The tiny local image that runs the host's toolchain from read-only mounts. */
  record Host() implements ImageSource {}

  /** An image the engine has, or can pull. */
  record Reference(String reference) implements ImageSource {
    public Reference {
      Objects.requireNonNull(reference, "reference");
    }
  }

  /**
   * A Dockerfile inside each tree, built from its directory.
   *
   * @param path relative to the tree, with {@code /} as separator, normalised
   */
  record Dockerfile(String path) implements ImageSource {
    public Dockerfile {
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * Reads {@code sandbox.image}.
   *
   * @throws SandboxConfigurationException for a Dockerfile path that is absolute or leaves the tree
   */
  static ImageSource parse(String image) {
    String text = Objects.requireNonNull(image, "image").trim();
    if (text.equals(SandboxSettings.HOST_IMAGE)) return new Host();
    if (SandboxSettings.dockerfile(text).isEmpty()) return new Reference(text);
    Path path = Path.of(text).normalize();
    if (path.isAbsolute() || path.startsWith("..")) {
      throw new SandboxConfigurationException(
          "image: "
              + text
              + " must be a Dockerfile path inside the repository, such as"
              + " Dockerfile or docker/Dockerfile");
    }
    return new Dockerfile(path.toString().replace('\\', '/'));
  }
}
