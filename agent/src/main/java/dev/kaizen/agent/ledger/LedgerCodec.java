package dev.kaizen.agent.ledger;

import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.json.JsonInline;
import dev.kaizen.evals.Direction;
import dev.kaizen.evals.EvalLog;
import dev.kaizen.evals.MetricComparison;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.PairSample;
import dev.kaizen.evals.Role;
import dev.kaizen.sandbox.ExecResult;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The ledger's one codec: every record of a session is written to text and read back through it.
 *
 * <p><b>Documents</b> ({@code session.json}, {@code decision.json}, {@code scorecard.json}, {@code
 * pull-request.json}) are indented JSON whose first key is {@code "schema"}: {@value #SCHEMA} for
 * what this codec writes. Documents without it were written by the first release, version 1, and
 * are upgraded as they are read: a version 1 {@code decision.json} or {@code scorecard.json} has no
 * per-metric interval and p, and they are computed from the iteration's recorded pairs with the
 * gate's own functions ({@link PairSample#usable(List)}, {@link MetricComparison#of}). A newer
 * document is read as far as this version knows it (unknown keys are ignored).
 *
 * <p><b>Lines</b> ({@code iterations.jsonl}, {@code exchanges.jsonl}) are one JSON object each and
 * carry no version of their own: their layout is the same in versions 1 and 2; the session's {@code
 * session.json} says which schema the session was written in.
 *
 * <p>Reading throws {@link IllegalArgumentException} with the reason when a text does not fit.
 */
public final class LedgerCodec {

  /** The version of the ledger's layout this codec writes. */
  public static final int SCHEMA = 2;

  /** A document as written: the schema first, then the record's own keys. */
  private record Versioned(int schema, @JsonInline Object document) {}

  /** Only the schema of a document; absent in version 1. */
  private record Version(Integer schema) {}

  private LedgerCodec() {}

  // ---- documents

  /** {@code session.json}. */
  public static String encode(SessionRecord session) {
    return document(session);
  }

  /** {@code decision.json}. */
  public static String encode(DecisionRecord decision) {
    return document(decision);
  }

  /** {@code scorecard.json}. */
  public static String encode(ScorecardRecord scorecard) {
    return document(scorecard);
  }

  /** {@code pull-request.json}. */
  public static String encode(PullRequestRecord pullRequest) {
    return document(pullRequest);
  }

  /** A workspace's lock file ({@link WorkspaceLock}). */
  public static String encode(LockRecord lock) {
    return document(lock);
  }

  /** Reads a workspace's lock file. */
  public static LockRecord readLock(String json) {
    return Json.read(json, LockRecord.class);
  }

  /** Reads {@code session.json}. */
  public static SessionRecord readSession(String json) {
    return Json.read(json, SessionRecord.class);
  }

  /**
   * Reads {@code scorecard.json}; a version 1 scorecard gets each metric's interval and p from its
   * own pairs.
   */
  public static ScorecardRecord readScorecard(String json) {
    ScorecardRecord s = Json.read(json, ScorecardRecord.class);
    return schema(json) >= 2 || s.evidence() == null
        ? s
        : s.withEvidence(withMetricNumbers(s.evidence(), s.allSamples()));
  }

  /**
   * Reads {@code decision.json}; a version 1 decision gets each metric's interval and p from the
   * pairs of the same iteration's scorecard (asked for only then; none without one).
   */
  public static DecisionRecord readDecision(
      String json, Supplier<Optional<ScorecardRecord>> scorecard) {
    DecisionRecord d = Json.read(json, DecisionRecord.class);
    if (schema(json) >= 2 || d.evidence() == null) return d;
    List<PairRecord> samples = scorecard.get().map(ScorecardRecord::allSamples).orElse(List.of());
    return d.withEvidence(withMetricNumbers(d.evidence(), samples));
  }

  /** Reads {@code pull-request.json}. */
  public static PullRequestRecord readPullRequest(String json) {
    return Json.read(json, PullRequestRecord.class);
  }

  /** The schema a document was written in: 1 when it does not say. */
  public static int schema(String json) {
    Integer schema = Json.read(json, Version.class).schema();
    return schema == null ? 1 : schema;
  }

  // ---- lines

  /** One line of {@code iterations.jsonl}, without its newline. */
  public static String encode(IterationRecord iteration) {
    return Json.line(iteration);
  }

  /** One line of {@code exchanges.jsonl}, without its newline. */
  public static String encode(ExchangeRecord exchange) {
    return Json.line(exchange);
  }

  /** Reads one line of {@code iterations.jsonl}. */
  public static IterationRecord readIteration(String line) {
    return Json.read(line, IterationRecord.class);
  }

  /** Reads one line of {@code exchanges.jsonl}. */
  public static ExchangeRecord readExchange(String line) {
    return Json.read(line, ExchangeRecord.class);
  }

  // ---- text

  /** One command's sandbox log, as its text file in the iteration's {@code logs/}. */
  public static String logText(EvalLog log) {
    ExecResult r = log.result();
    return "# "
        + log.step()
        + ": "
        + log.command()
        + "\n"
        + "# "
        + r.summary()
        + (r.truncated() ? " (output truncated: the tail is kept)" : "")
        + "\n"
        + "\n## stdout\n"
        + r.stdout()
        + (r.stdout().endsWith("\n") || r.stdout().isEmpty() ? "" : "\n")
        + "\n## stderr\n"
        + r.stderr()
        + (r.stderr().endsWith("\n") || r.stderr().isEmpty() ? "" : "\n");
  }

  /** A number as the ledger holds it: NaN and infinities (no usable pairs) become null. */
  public static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  // ---- writing documents, upgrading the first release's

  private static String document(Object record) {
    return Json.pretty(new Versioned(SCHEMA, record));
  }

  /**
   * The evidence with each metric's interval and p as the gate computes them over the usable pairs
   * of {@code samples} (none when no usable pair reports the metric); the recorded medians and
   * improvement stay as they are.
   */
  private static EvidenceRecord withMetricNumbers(EvidenceRecord e, List<PairRecord> samples) {
    List<PairSample> usable = PairSample.usable(samples.stream().map(PairRecord::sample).toList());
    return e.withMetrics(
        e.metrics().stream()
            .map(
                m -> {
                  if (m.name().isBlank()) return m;
                  var spec =
                      new MetricSpec(
                          m.name(),
                          "higher".equals(m.better()) ? Direction.HIGHER : Direction.LOWER,
                          "guard".equals(m.role()) ? Role.GUARD : Role.TARGET);
                  MetricComparison c;
                  try {
                    c = MetricComparison.of(spec, usable);
                  } catch (IllegalArgumentException noValues) {
                    return m.withInterval(
                        null, null, null); // no usable pair reports the metric: nothing to compute
                  }
                  return m.withInterval(finite(c.ciLow()), finite(c.ciHigh()), finite(c.p()));
                })
            .toList());
  }
}
