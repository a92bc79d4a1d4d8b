package dev.kaizen.agent.calibrate;

import dev.kaizen.agent.project.CalibrationReport;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a calibration measured, and where it was kept.
 *
 * @param report the false-accept rate, the noise floor and the power per planted level
 * @param savedTo where the workspace keeps it (its noise floor then raises the gate's threshold);
 *     empty for the fixture, whose calibration says nothing about the repository
 */
public record CalibrationResult(CalibrationReport report, Optional<Path> savedTo) {

  public CalibrationResult {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(savedTo, "savedTo");
  }
}
