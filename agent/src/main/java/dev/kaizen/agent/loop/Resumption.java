package dev.kaizen.agent.loop;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.config.BudgetConfig;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.ledger.ConfigSnapshot;
import dev.kaizen.agent.ledger.ExchangeRecord;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.PlanRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Proposer;
import dev.kaizen.agent.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What {@code kaizen improve --resume SESSION} continues from, read from the ledger: the session's
 * base and recorded configuration, its finished iterations (those in {@code iterations.jsonl}),
 * kept and counted against the budget, and its best commit, the last one the gate (or the user)
 * accepted. An iteration that never finished is done again from the start.
 */
final class Resumption {

  /** How the reasons of an accepted candidate that another one of its batch beat begin. */
  static final String NOT_MERGED = "accepted, but not merged: ";

  private final SessionLog log;
  private final SessionRecord record;
  private final List<IterationRecord> kept;
  private final String best;

  private Resumption(
      SessionLog log, SessionRecord record, List<IterationRecord> kept, String best) {
    this.log = log;
    this.record = record;
    this.kept = List.copyOf(kept);
    this.best = best;
  }

  /**
   * Reads what a session left; call it holding the workspace's lock, once sessions left running are
   * marked interrupted.
   *
   * @throws UsageException when the session finished (or still runs)
   * @throws EnvironmentException when its base or best commit is no longer in the repository
   */
  static Resumption of(SessionLog log, Workspace ws) {
    SessionRecord s = log.session();
    if (s.status().equals("finished")) {
      throw new UsageException(
          "session "
              + s.id()
              + " finished"
              + (s.statusDetail() == null ? "" : " (" + s.statusDetail() + ")")
              + ": there is nothing to resume; start a new one with 'kaizen improve'");
    }
    if (s.running()) {
      throw new UsageException("session " + s.id() + " is running; it cannot be resumed");
    }
    if (!ws.hasCommit(s.base())) {
      throw new EnvironmentException(
          "session "
              + s.id()
              + " started from "
              + Workspace.abbreviate(s.base())
              + ", which is no longer in "
              + ws.userTree()
              + "; it cannot be resumed, start a new session");
    }
    List<IterationRecord> kept = log.iterations();
    String best = best(s.base(), kept);
    if (!ws.hasCommit(best)) {
      throw new EnvironmentException(
          "session "
              + s.id()
              + ": its best commit "
              + Workspace.abbreviate(best)
              + " is no longer in "
              + ws.userTree()
              + " nor in Kaizen's clone; it cannot be resumed");
    }
    return new Resumption(log, s, kept, best);
  }

  /**
   * The best commit the iterations lead to: from the base, each merged iteration built on the best
   * commit of its time makes its candidate the best.
   */
  static String best(String base, List<IterationRecord> iterations) {
    String best = base;
    for (IterationRecord r : iterations) {
      if (SessionRun.merged(r)
          && !r.reason().startsWith(NOT_MERGED)
          && r.commit() != null
          && best.equals(r.parent())) best = r.commit();
    }
    return best;
  }

  String session() {
    return record.id();
  }

  String base() {
    return record.base();
  }

  SessionLog log() {
    return log;
  }

  /** The record as it was found (not running). */
  SessionRecord record() {
    return record;
  }

  /** The finished iterations, kept as they are. */
  List<IterationRecord> kept() {
    return kept;
  }

  /** The last commit accepted, or the base. */
  String best() {
    return best;
  }

  Optional<String> into() {
    return Optional.ofNullable(record.into());
  }

  Goal goal() {
    return record.goal() == null || record.goal().isBlank()
        ? Goal.DEFAULT
        : new Goal(record.goal());
  }

  /**
   * The configuration the session ran with: the text it recorded (or, for a session recorded before
   * the text was kept, the trusted configuration of its base), read over the base tree's defaults;
   * it must give the snapshot {@code session.json} holds.
   *
   * @throws UsageException when it no longer gives that snapshot
   */
  KaizenConfig config(Project project, Path baseTree) {
    Optional<String> text = log.configText();
    KaizenConfig config =
        text.isPresent()
            ? project.recordedConfig(text, sourceOr(record.config(), "kaizen.yml"), baseTree)
            : project.trustedConfig(record.base(), baseTree);
    if (config.evals().isEmpty())
      throw new UsageException("session " + session() + ": its configuration has no evals");
    if (!record.config().equals(ConfigSnapshot.NONE)
        && !Artifacts.configSnapshot(config, config.protection(baseTree))
            .equals(record.config().asConfigured())) {
      throw new UsageException(
          "session "
              + session()
              + " ran with another configuration ("
              + record.config().source()
              + ") than can be read now ("
              + config.source()
              + "); it cannot be resumed as it ran, start a new session");
    }
    return config;
  }

  /**
   * How the rest runs: as recorded, or as a session recorded before its plan was kept would run;
   * {@code iterations}, when given, is the session's new limit, finished iterations included.
   */
  PlanRecord plan(Optional<Integer> iterations, KaizenConfig config) {
    PlanRecord recorded = record.plan();
    int max = config.budget().maxIterations();
    int limit = Math.min(iterations.orElse(recorded == null ? max : recorded.limit()), max);
    boolean proposeOnly =
        recorded == null
            ? kept.stream().anyMatch(r -> r.decision().equals("proposed"))
            : recorded.proposeOnly();
    return new PlanRecord(limit, recorded == null ? 1 : recorded.batch(), proposeOnly);
  }

  /**
   * The start {@code budget.max-wall} counts from: now, less the wall time the finished iterations
   * took.
   */
  Instant budgetStart(Instant now) {
    return now.minus(wallTime(kept));
  }

  /**
   * The wall time {@code iterations} took: the length of the union of their spans from start to
   * finish (iterations of one batch overlap; the time a session lay killed is in none of them).
   */
  static Duration wallTime(List<IterationRecord> iterations) {
    var spans = new ArrayList<Instant[]>();
    for (IterationRecord r : iterations) {
      try {
        Instant from = Instant.parse(r.started());
        Instant to = Instant.parse(r.finished());
        if (!to.isBefore(from)) spans.add(new Instant[] {from, to});
      } catch (DateTimeParseException | NullPointerException e) {
        // a span that cannot be read counts for nothing
      }
    }
    spans.sort(Comparator.comparing(span -> span[0]));
    Duration total = Duration.ZERO;
    Instant coveredTo = Instant.MIN;
    for (Instant[] span : spans) {
      Instant from = span[0].isAfter(coveredTo) ? span[0] : coveredTo;
      if (span[1].isAfter(from)) total = total.plus(Duration.between(from, span[1]));
      if (span[1].isAfter(coveredTo)) coveredTo = span[1];
    }
    return total;
  }

  /**
   * {@code config} with what the session spent on model calls (every recorded exchange, the
   * unfinished iteration's too: that money is gone) taken off its {@code budget.max-usd} and {@code
   * budget.max-tokens}.
   */
  KaizenConfig budgeted(KaizenConfig config) {
    List<ExchangeRecord> exchanges = log.exchanges();
    if (exchanges.isEmpty()) return config;
    double usd = exchanges.stream().mapToDouble(ExchangeRecord::costUsd).sum();
    long tokens = exchanges.stream().mapToLong(e -> e.inputTokens() + e.outputTokens()).sum();
    BudgetConfig b = config.budget();
    return config.withBudget(
        new BudgetConfig(
            Math.max(0, b.maxUsd() - usd),
            Math.max(0, b.maxTokens() - tokens),
            b.maxIterations(),
            b.maxWall(),
            b.maxUsdPerIteration(),
            b.maxTokensPerIteration()));
  }

  /**
   * Refuses a proposer other than the session's: its iterations would come from elsewhere.
   *
   * @throws UsageException naming the session's proposer
   */
  void checkProposer(Proposer proposer) {
    if (record.proposer() != null && !record.proposer().equals(proposer.name())) {
      throw new UsageException(
          "session "
              + session()
              + " was run by the "
              + record.proposer()
              + " proposer, not "
              + proposer.name()
              + ": resume it with the same --proposer");
    }
  }

  /**
   * Removes what the iterations that never finished left: their folders in the ledger and their
   * candidate branches in Kaizen's clone, so that they are done again from the start.
   */
  void clearUnfinished(Workspace ws) {
    for (int n = kept.size() + 1; ; n++) {
      String candidate = "kaizen/candidates/" + session() + "/" + n;
      Optional<String> branch = ws.branch(candidate);
      boolean folder = Files.exists(log.iterationDirectory(n));
      if (branch.isEmpty() && !folder) break;
      branch.ifPresent(commit -> ws.deleteBranch(candidate, commit));
      log.clearIteration(n);
    }
  }

  /** The journal's note of the resumption. */
  String journalEntry(Instant now, String process) {
    return "## Resumed\n\n"
        + "Resumed at "
        + now
        + " by "
        + process
        + ": "
        + (kept.isEmpty()
            ? "no iteration had finished"
            : kept.size() + " finished iteration(s) kept")
        + "; iteration "
        + (kept.size() + 1)
        + " on from "
        + Workspace.abbreviate(best)
        + ".\n\n";
  }

  private static String sourceOr(ConfigSnapshot snapshot, String fallback) {
    return snapshot.source() == null ? fallback : snapshot.source();
  }
}
