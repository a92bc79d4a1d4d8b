package dev.kaizen.sandbox.docker;

import dev.kaizen.sandbox.Limits;
import java.nio.file.Path;
import java.util.List;

/** The image a command on a given tree runs in: the same one always, or one built from the tree. */
interface ImageResolver {

  /**
   * The image for a command on {@code workspace}, built or pulled first when needed.
   *
   * @throws dev.kaizen.sandbox.SandboxConfigurationException when it cannot be had
   */
  ContainerImage resolve(Path workspace, Limits limits);

  /** What {@code sandbox.image} named, for messages. */
  String describe();

  /** What the image mode cannot contain beyond the container policy; usually nothing. */
  default List<String> weaknesses() {
    return List.of();
  }

  /** An image prepared once, for every tree. */
  static ImageResolver fixed(ContainerImage image) {
    return new ImageResolver() {
      @Override
      public ContainerImage resolve(Path workspace, Limits limits) {
        return image;
      }

      @Override
      public String describe() {
        return image.reference();
      }
    };
  }
}
