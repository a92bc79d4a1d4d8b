package dev.kaizen.agent.publish;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A session as the ledger records it, with what each iteration's folder adds: everything a pull
 * request shows, read once from the ledger's records, so that rendering is a pure function of it.
 * Nothing here computes a statistic: every number is the gate's, as the ledger holds it.
 *
 * @param session {@code session.json}
 * @param iterations {@code iterations.jsonl}, in order
 * @param details what each iteration's folder adds, by iteration number
 */
public record SessionEvidence(
    SessionRecord session,
    List<IterationRecord> iterations,
    Map<Integer, IterationEvidence> details) {

  public SessionEvidence {
    Objects.requireNonNull(session, "session");
    iterations = List.copyOf(iterations);
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /**
   * Reads a session and its iterations' decisions, scorecards and proposals' rationales.
   *
   * @throws EnvironmentException when a record exists but cannot be read
   */
  public static SessionEvidence read(SessionLog log) {
    SessionRecord session = log.session();
    List<IterationRecord> iterations = log.iterations();
    var details = new LinkedHashMap<Integer, IterationEvidence>();
    for (IterationRecord it : iterations) {
      int n = it.n();
      details.put(n, IterationEvidence.of(n, log.rationale(n), log.decision(n), log.scorecard(n)));
    }
    return new SessionEvidence(session, iterations, details);
  }

  public String id() {
    return session.id();
  }

  /** The session branch, {@code kaizen/<session>}. */
  public String branch() {
    return session.branch() != null ? session.branch() : "kaizen/" + session.id();
  }

  /** The best commit: the session's record of it, or the base. */
  public String best() {
    return session.best() != null ? session.best() : session.base();
  }

  /** What an iteration's folder adds; nothing when the folder is missing. */
  public IterationEvidence detail(int n) {
    return details.getOrDefault(n, IterationEvidence.none(n));
  }

  /**
   * The accepted iterations that lead from the base to the best commit, in order: the best commit's
   * iteration, its parent's, and so on back to the base. An accepted candidate another of its batch
   * beat is not among them.
   */
  public List<IterationRecord> lineage() {
    var chain = new ArrayList<IterationRecord>();
    String at = best();
    while (!at.equals(session.base())) {
      String commit = at;
      Optional<IterationRecord> step =
          iterations.stream().filter(i -> i.accepted() && commit.equals(i.commit())).findFirst();
      if (step.isEmpty() || chain.contains(step.get()) || step.get().parent() == null) break;
      chain.add(step.get());
      at = step.get().parent();
    }
    Collections.reverse(chain);
    return chain;
  }

  /** Whether the session has an accepted change to publish. */
  public boolean hasAcceptedChange() {
    return !lineage().isEmpty();
  }

  /**
   * The estimated effect of all accepted steps together: the product of their {@code 1 + effect},
   * less one.
   */
  public Optional<Double> combinedEffect() {
    double product = 1;
    List<IterationRecord> steps = lineage();
    if (steps.isEmpty()) return Optional.empty();
    for (IterationRecord step : steps) {
      if (step.effect() == null) return Optional.empty();
      product *= 1 + step.effect();
    }
    return Optional.of(product - 1);
  }
}
