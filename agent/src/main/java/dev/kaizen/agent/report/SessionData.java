package dev.kaizen.agent.report;

import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the report shows of one session: its record, its iterations and, per measured iteration,
 * the numbers of its {@code scorecard.json}. A scorecard that is missing or cannot be read is
 * left out and named in {@link #problems()}.
 */
public record SessionData(SessionRecord session, List<IterationRecord> iterations, Map<Integer, Scorecard> scorecards,
    List<String> problems) {

  public SessionData {
    Objects.requireNonNull(session, "session");
    iterations = List.copyOf(iterations);
    scorecards = Map.copyOf(scorecards);
    problems = List.copyOf(problems);
  }

  /**
   * The numbers of one {@code scorecard.json}.
   *
   * @param threshold τ as a relative effect, when pairs were measured
   * @param metrics each metric's medians
   */
  public record Scorecard(Double threshold, List<Medians> metrics) {
    public Scorecard {
      metrics = List.copyOf(metrics);
    }
  }

  /** One metric's baseline and candidate medians. */
  public record Medians(String name, String role, String better, double baseline, double candidate) {
    public boolean target() {
      return "target".equals(role);
    }
  }

  /** Reads one session from the ledger. */
  public static SessionData read(SessionLog log) {
    SessionRecord session = log.session();
    List<IterationRecord> iterations = log.iterations();
    var scorecards = new LinkedHashMap<Integer, Scorecard>();
    var problems = new ArrayList<String>();
    for (IterationRecord it : iterations) {
      Path file = log.iterationDirectory(it.n()).resolve("scorecard.json");
      if (!Files.isRegularFile(file)) continue;
      try {
        scorecards.put(it.n(), scorecard(Json.read(Files.readString(file), Map.class)));
      } catch (IOException | IllegalArgumentException e) {
        problems.add("the scorecard of iteration " + it.n() + " could not be read (" + file + "): " + e.getMessage());
      }
    }
    return new SessionData(session, iterations, scorecards, problems);
  }

  /** The numbers of a parsed {@code scorecard.json}. */
  static Scorecard scorecard(Map<?, ?> json) {
    var metrics = new ArrayList<Medians>();
    if (json.get("metrics") instanceof List<?> list) {
      for (Object o : list) {
        if (!(o instanceof Map<?, ?> m)) continue;
        Double baseline = number(m.get("baseline"));
        Double candidate = number(m.get("candidate"));
        if (baseline == null || candidate == null) continue;
        metrics.add(new Medians(String.valueOf(m.get("name")), String.valueOf(m.get("role")), String.valueOf(m.get("better")),
            baseline, candidate));
      }
    }
    return new Scorecard(number(json.get("threshold")), metrics);
  }

  private static Double number(Object o) {
    return o instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
  }
}
