package dev.kaizen.agent.report;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.ledger.EvidenceRecord;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.ScorecardRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the report shows of one session: its record, its iterations and, per measured iteration, the
 * numbers of its {@code scorecard.json}. A scorecard that is missing or cannot be read is left out
 * and named in {@link #problems()}.
 */
public record SessionData(
    SessionRecord session,
    List<IterationRecord> iterations,
    Map<Integer, Scorecard> scorecards,
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
  public record Medians(
      String name, String role, String better, double baseline, double candidate) {
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
      Optional<ScorecardRecord> card;
      try {
        card = log.scorecard(it.n());
      } catch (EnvironmentException e) {
        problems.add(
            "the scorecard of iteration "
                + it.n()
                + " could not be read ("
                + log.iterationDirectory(it.n()).resolve("scorecard.json")
                + "): "
                + e.getMessage());
        continue;
      }
      card.ifPresent(c -> scorecards.put(it.n(), scorecard(c)));
    }
    return new SessionData(session, iterations, scorecards, problems);
  }

  /**
   * The numbers of a {@code scorecard.json}: its threshold, and each metric that has both medians.
   */
  static Scorecard scorecard(ScorecardRecord card) {
    EvidenceRecord evidence = card.evidence();
    var metrics = new ArrayList<Medians>();
    if (evidence != null) {
      for (EvidenceRecord.Metric m : evidence.metrics()) {
        if (!finite(m.baseline()) || !finite(m.candidate())) continue;
        metrics.add(
            new Medians(
                m.name(),
                String.valueOf(m.role()),
                String.valueOf(m.better()),
                m.baseline(),
                m.candidate()));
      }
    }
    return new Scorecard(
        evidence != null && finite(evidence.threshold()) ? evidence.threshold() : null, metrics);
  }

  private static boolean finite(Double v) {
    return v != null && Double.isFinite(v);
  }
}
