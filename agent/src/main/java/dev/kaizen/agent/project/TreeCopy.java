package dev.kaizen.agent.project;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.evals.FreshTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of plain folders for the sandbox to work on, so the original is never changed. */
public final class TreeCopy {

  private TreeCopy() {}

  /**
   * Copies {@code source} into a new temporary folder, leaving out {@code .git} folders below it;
   * links are copied as links, never followed. The caller deletes the copy.
   */
  public static Path withoutGit(Path source) {
    try {
      Path target = Files.createTempDirectory("kaizen-sandbox-exec-");
      FreshTrees.copyInto(source, target);
      return target;
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot copy " + source + " for the sandbox: " + e.getMessage(), e);
    }
  }
}
