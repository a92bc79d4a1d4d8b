package dev.kaizen.agent.config;

import dev.kaizen.agent.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a {@code kaizen.yml} from a file: one named on the command line, or one in a tree. */
public final class ConfigFiles {

  /** The name of the configuration at a repository's root. */
  public static final String NAME = "kaizen.yml";

  private ConfigFiles() {}

  /**
   * Reads {@code file} over {@code defaults}.
   *
   * @throws UsageException when it does not exist or cannot be read (naming it as {@code --config})
   * @throws ConfigException when it is not a valid configuration
   */
  public static KaizenConfig read(Path file, KaizenConfig defaults, Extensions extensions) {
    if (!Files.exists(file)) throw new UsageException("--config " + file + ": no such file");
    return read(file, defaults, extensions, "--config " + file + ": ");
  }

  /**
   * The configuration of a plain folder (no repository needed): {@code configFile} when given, else
   * the folder's own {@code kaizen.yml}, else the defaults of the project it shows.
   */
  public static KaizenConfig forTree(Path dir, Optional<Path> configFile, Extensions extensions) {
    KaizenConfig defaults = ProjectDefaults.detect(dir, extensions.evalTypes());
    Path file = configFile.orElse(dir.resolve(NAME));
    if (!Files.isRegularFile(file)) {
      if (configFile.isPresent()) throw new UsageException("--config " + file + ": no such file");
      return defaults;
    }
    return read(file, defaults, extensions, "cannot read " + file + ": ");
  }

  private static KaizenConfig read(
      Path file, KaizenConfig defaults, Extensions extensions, String unreadable) {
    try {
      String text = Files.readString(file);
      return ConfigReader.read(
          text, file.getFileName().toString(), file.toString(), defaults, extensions);
    } catch (IOException e) {
      throw new UsageException(unreadable + e.getMessage());
    }
  }
}
