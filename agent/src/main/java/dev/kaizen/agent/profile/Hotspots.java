package dev.kaizen.agent.profile;

import dev.kaizen.agent.index.CodeIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads Java Flight Recorder recordings and says which methods of the project's main code the
 * execution samples fell in.
 *
 * <p>Every {@code jdk.ExecutionSample} event counts once in the total. Its stack is walked from the
 * top frame down, and the sample is attributed to the first frame that runs in an indexed method of
 * main (non-test) code: time spent inside JDK or library code counts for the project method that
 * called it, and a lambda body or an anonymous class's method counts for the method that contains
 * it (see {@link FrameLocator} for how frames are matched). Samples with no project frame count
 * only in the total.
 */
public final class Hotspots {

  /** The JFR event type of a Java thread sampled while running Java code. */
  static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";

  private Hotspots() {}

  /**
   * The hottest project methods in {@code recordings}.
   *
   * <p>A file that is missing, not a recording, or cut short is a problem, never an exception: it
   * is named in {@link Profile#problems()}, and the samples read from it before the damage still
   * count.
   *
   * @param recordings {@code .jfr} files, read in this order
   * @param index the index of the code the recordings ran, which decides what project code is
   * @param limit the most methods to return, not negative
   */
  public static Profile read(List<Path> recordings, CodeIndex index, int limit) {
    Objects.requireNonNull(recordings, "recordings");
    Objects.requireNonNull(index, "index");
    if (limit < 0) throw new IllegalArgumentException("limit must not be negative: " + limit);
    var locator = new FrameLocator(index);
    var counts = new HashMap<FrameLocator.Site, Long>();
    var problems = new ArrayList<String>();
    long total = 0;
    for (Path recording : recordings) {
      long read = 0;
      try (var file = new RecordingFile(recording)) {
        while (file.hasMoreEvents()) {
          RecordedEvent event = file.readEvent();
          if (!event.getEventType().getName().equals(EXECUTION_SAMPLE)) continue;
          read++;
          locator
              .attribute(event.getStackTrace())
              .ifPresent(site -> counts.merge(site, 1L, Long::sum));
        }
      } catch (IOException | RuntimeException e) {
        // RecordingFile reports damage as IOException; a runtime exception from deep in its parser
        // on a damaged file is the same failure.
        problems.add(
            recording
                + ": not a readable recording ("
                + describe(e)
                + ")"
                + (read > 0 ? "; " + read + " samples read before that are kept" : ""));
      }
      total += read;
    }
    return new Profile(ranked(counts, total, limit), total, problems);
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static List<HotMethod> ranked(
      Map<FrameLocator.Site, Long> counts, long total, int limit) {
    return counts.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<FrameLocator.Site, Long>>comparingLong(e -> -e.getValue())
                .thenComparing(e -> e.getKey().path())
                .thenComparingInt(e -> e.getKey().method().lines().begin()))
        .limit(limit)
        .map(
            e ->
                new HotMethod(
                    e.getKey().path(),
                    e.getKey().method().declaringType(),
                    e.getKey().method(),
                    e.getValue(),
                    e.getValue() / (double) total))
        .toList();
  }
}
