package dev.kaizen.agent.publish;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.evals.stats.HodgesLehmann;
import dev.kaizen.evals.stats.LocationEstimate;
import dev.kaizen.evals.stats.SignedRankTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A session as the ledger records it, with what each iteration's folder adds: everything a pull
 * request shows, read once, so that rendering is a pure function of it.
 *
 * @param session {@code session.json}
 * @param iterations {@code iterations.jsonl}, in order
 * @param details what each iteration's folder adds, by iteration number
 */
public record SessionEvidence(SessionRecord session, List<IterationRecord> iterations, Map<Integer, IterationEvidence> details) {

  /** The level of the per-metric intervals, as the gate's. */
  static final double CONFIDENCE = 0.95;

  public SessionEvidence {
    Objects.requireNonNull(session, "session");
    iterations = List.copyOf(iterations);
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /**
   * Reads a session and its iterations' {@code decision.json}, {@code scorecard.json} and {@code
   * proposal.md}.
   *
   * @throws EnvironmentException when a file exists but cannot be read
   */
  public static SessionEvidence read(SessionLog log) {
    SessionRecord session = log.session();
    List<IterationRecord> iterations = log.iterations();
    var details = new LinkedHashMap<Integer, IterationEvidence>();
    for (IterationRecord it : iterations) details.put(it.n(), readIteration(log.iterationDirectory(it.n()), it.n()));
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
   * The accepted iterations that lead from the base to the best commit, in order: the best
   * commit's iteration, its parent's, and so on back to the base. An accepted candidate another
   * of its batch beat is not among them.
   */
  public List<IterationRecord> lineage() {
    var chain = new ArrayList<IterationRecord>();
    String at = best();
    while (!at.equals(session.base())) {
      String commit = at;
      Optional<IterationRecord> step = iterations.stream().filter(i -> i.accepted() && commit.equals(i.commit())).findFirst();
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

  /** The estimated effect of all accepted steps together: the product of their {@code 1 + effect}, less one. */
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

  // ---- reading an iteration's folder ------------------------------------------------------------

  private static IterationEvidence readIteration(Path dir, int n) {
    Optional<String> rationale = readText(dir.resolve("proposal.md")).flatMap(SessionEvidence::rationale);
    Map<String, Object> decision = readJson(dir.resolve("decision.json"));
    Map<String, Object> scorecard = readJson(dir.resolve("scorecard.json"));
    List<Map<String, Object>> samples = maps(scorecard.get("samples"));
    var metrics = new ArrayList<MetricRow>();
    for (Map<String, Object> m : maps(decision.get("metrics"))) {
      String name = string(m.get("name")).orElse(null);
      Optional<Double> baseline = number(m.get("baseline"));
      Optional<Double> candidate = number(m.get("candidate"));
      if (name == null || baseline.isEmpty() || candidate.isEmpty()) continue;
      String better = string(m.get("better")).orElse("lower");
      Optional<LocationEstimate> estimate = Optional.empty();
      Double p = null;
      double[] ratios = orientedLogRatios(usable(samples), name, better);
      if (ratios.length > 0) {
        try {
          estimate = Optional.of(HodgesLehmann.estimate(ratios, CONFIDENCE));
          p = SignedRankTest.greater(ratios, 0).pValue();
        } catch (IllegalArgumentException e) {
          estimate = Optional.empty();
        }
      }
      metrics.add(new MetricRow(name, string(m.get("role")).orElse("target"), better, baseline.get(), candidate.get(),
          number(m.get("improvement")).orElse(Math.expm1(oriented(better, baseline.get(), candidate.get()))),
          estimate.map(e -> Math.expm1(e.low())).orElse(null), estimate.map(e -> Math.expm1(e.high())).orElse(null), p));
    }
    var reasons = new ArrayList<String>();
    if (decision.get("reasons") instanceof List<?> list) list.forEach(r -> string(r).ifPresent(reasons::add));
    Optional<TestCounts> baselineTests = tests(asMap(scorecard.get("baseline")).get("tests"));
    Optional<TestCounts> candidateTests = tests(asMap(scorecard.get("candidate")).get("tests")).or(() -> tests(decision.get("candidateTests")));
    return new IterationEvidence(n, rationale, number(decision.get("threshold")), string(decision.get("thresholdSource")),
        metrics, reasons, baselineTests, candidateTests);
  }

  /** The text under {@code ## Rationale} in {@code proposal.md}, up to the transcript. */
  static Optional<String> rationale(String proposal) {
    String text = proposal.replace("\r\n", "\n");
    String heading = "\n## Rationale\n";
    int start = text.indexOf(heading);
    if (start < 0) return Optional.empty();
    start += heading.length();
    int end = text.indexOf("\n## Transcript\n", start);
    String r = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
    return r.isEmpty() ? Optional.empty() : Optional.of(r);
  }

  /**
   * The pairs the gate used: both sides measured and a {@code d}, less the latest pairs of
   * whichever order is in excess, so that as many baseline-first as candidate-first pairs remain
   * (as the gate counts them).
   */
  private static List<Map<String, Object>> usable(List<Map<String, Object>> samples) {
    var ok = new ArrayList<Map<String, Object>>();
    for (Map<String, Object> s : samples) {
      boolean failed = asMap(s.get("baseline")).containsKey("problem") || asMap(s.get("candidate")).containsKey("problem");
      if (number(s.get("d")).isPresent() && !failed) ok.add(s);
    }
    long baselineFirst = ok.stream().filter(s -> "AB".equals(s.get("order"))).count();
    long excess = Math.abs(2 * baselineFirst - ok.size());
    String drop = 2 * baselineFirst > ok.size() ? "AB" : "BA";
    for (int i = ok.size() - 1; i >= 0 && excess > 0; i--) {
      if (drop.equals(ok.get(i).get("order"))) {
        ok.remove(i);
        excess--;
      }
    }
    return ok;
  }

  private static double[] orientedLogRatios(List<Map<String, Object>> pairs, String metric, String better) {
    var out = new ArrayList<Double>();
    for (Map<String, Object> s : pairs) {
      Optional<Double> b = number(asMap(asMap(s.get("baseline")).get("metrics")).get(metric));
      Optional<Double> c = number(asMap(asMap(s.get("candidate")).get("metrics")).get(metric));
      if (b.isPresent() && c.isPresent() && b.get() > 0 && c.get() > 0) out.add(oriented(better, b.get(), c.get()));
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double oriented(String better, double baseline, double candidate) {
    double lr = Math.log(baseline / candidate);
    return "higher".equals(better) ? -lr : lr;
  }

  private static Optional<TestCounts> tests(Object o) {
    Map<String, Object> t = asMap(o);
    Optional<Double> run = number(t.get("run"));
    if (run.isEmpty()) return Optional.empty();
    return Optional.of(new TestCounts(run.get().intValue(), number(t.get("failures")).orElse(0.0).intValue(),
        number(t.get("errors")).orElse(0.0).intValue(), number(t.get("skipped")).orElse(0.0).intValue()));
  }

  private static Optional<String> readText(Path file) {
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new EnvironmentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> readJson(Path file) {
    Optional<String> text = readText(file);
    if (text.isEmpty()) return Map.of();
    try {
      return asMap(Json.read(text.get(), Map.class));
    } catch (IllegalArgumentException e) {
      throw new EnvironmentException(file + ": not JSON: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static List<Map<String, Object>> maps(Object o) {
    var out = new ArrayList<Map<String, Object>>();
    if (o instanceof List<?> list) {
      for (Object item : list) if (item instanceof Map<?, ?>) out.add(asMap(item));
    }
    return out;
  }

  private static Optional<Double> number(Object o) {
    return o instanceof Number n && Double.isFinite(n.doubleValue()) ? Optional.of(n.doubleValue()) : Optional.empty();
  }

  private static Optional<String> string(Object o) {
    return o instanceof String s ? Optional.of(s) : Optional.empty();
  }
}
