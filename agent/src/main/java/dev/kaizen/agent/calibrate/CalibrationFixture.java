package dev.kaizen.agent.calibrate;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Kaizen's own CPU-bound calibration fixture: a one-class benchmark ({@code Spin.java}, xorshift
 * rounds, no allocation, no I/O) with its {@code kaizen.yml}, written as a fresh git repository,
 * for {@code kaizen calibrate --fixture}.
 */
public final class CalibrationFixture {

  private static final String RESOURCES = "/dev/kaizen/agent/calibrate/fixture/";

  private CalibrationFixture() {}

  /** Writes the fixture into {@code dir} (created; must not exist or be empty) and commits it. */
  public static Path create(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("Spin.java"), resource("Spin.java.txt"));
      Files.writeString(dir.resolve("kaizen.yml"), resource("kaizen.yml"));
      Files.writeString(dir.resolve(".gitignore"), "out/\nworkspace/\n");
      Workspace.initAndCommitAll(dir, "Calibration fixture");
      return dir;
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot write the calibration fixture in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = CalibrationFixture.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) throw new IOException("resource " + name + " is missing from Kaizen's jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
