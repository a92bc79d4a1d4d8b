package dev.kaizen.agent.calibrate;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.json.Json;
import dev.kaizen.evals.NoiseFloor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The latest calibration of each eval suite, under the workspace's {@code
 * cache/calibration/<suite hash>.json}.
 */
public final class Calibrations {

  private Calibrations() {}

  /** Where the calibration of {@code config}'s suite is kept. */
  public static Path file(Path workspaceDir, KaizenConfig config) {
    return workspaceDir.toAbsolutePath().resolve("cache").resolve("calibration").resolve(config.suiteHash() + ".json");
  }

  /** Keeps a calibration, replacing the previous one of its suite. */
  public static void save(Path workspaceDir, KaizenConfig config, CalibrationReport report) {
    Path file = file(workspaceDir, config);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), ".calibration", ".tmp");
      Files.writeString(tmp, Json.pretty(report));
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new EnvironmentException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The latest calibration of {@code config}'s suite, when there is a readable one. */
  public static Optional<CalibrationReport> latest(Path workspaceDir, KaizenConfig config) {
    Path file = file(workspaceDir, config);
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      return Optional.of(Json.read(Files.readString(file), CalibrationReport.class));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The A/A noise floor of the latest calibration of {@code config}'s suite, when there is one. */
  public static Optional<NoiseFloor> noiseFloor(Path workspaceDir, KaizenConfig config) {
    return latest(workspaceDir, config)
        .filter(r -> r.aa().trials() > 0 && Double.isFinite(r.aa().noiseFloor()) && r.aa().noiseFloor() < 1)
        .map(r -> new NoiseFloor(r.aa().noiseFloor(), "kaizen calibrate of " + r.date().substring(0, 10) + ", "
            + r.aa().trials() + " A/A trials"));
  }
}
