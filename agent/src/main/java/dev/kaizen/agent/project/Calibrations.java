package dev.kaizen.agent.project;

import dev.kaizen.agent.AtomicFiles;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.json.Json;
import dev.kaizen.evals.NoiseFloor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The latest calibration of each eval suite, under the workspace's {@code cache/calibration/<suite
 * hash>.json}. An unreadable file counts as no calibration.
 */
public final class Calibrations {

  private final Path directory;

  public Calibrations(Path workspaceDir) {
    this.directory = workspaceDir.toAbsolutePath().resolve("cache").resolve("calibration");
  }

  /** Where the calibration of {@code config}'s suite is kept. */
  public Path file(KaizenConfig config) {
    return directory.resolve(config.suiteHash() + ".json");
  }

  /** Keeps a calibration, replacing the previous one of its suite. */
  public void save(KaizenConfig config, CalibrationReport report) {
    AtomicFiles.write(file(config), Json.pretty(report));
  }

  /** The latest calibration of {@code config}'s suite, when there is a readable one. */
  public Optional<CalibrationReport> latest(KaizenConfig config) {
    Path file = file(config);
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      return Optional.of(Json.read(Files.readString(file), CalibrationReport.class));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The A/A noise floor of the latest calibration of {@code config}'s suite, when there is one. */
  public Optional<NoiseFloor> noiseFloor(KaizenConfig config) {
    return latest(config)
        .filter(
            r ->
                r.aa().trials() > 0
                    && Double.isFinite(r.aa().noiseFloor())
                    && r.aa().noiseFloor() < 1)
        .map(
            r ->
                new NoiseFloor(
                    r.aa().noiseFloor(),
                    "kaizen calibrate of "
                        + r.date().substring(0, 10)
                        + ", "
                        + r.aa().trials()
                        + " A/A trials"));
  }
}
