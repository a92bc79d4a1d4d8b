package dev.kaizen.evals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Measures a baseline and a candidate in interleaved pairs and decides, for {@link Gate}.
 *
 * <p><b>Looks.</b> The first look comes after {@code minPairs} usable pairs (more when fewer could
 * never reach its level, see {@link Look#plan}). When it neither accepts nor clearly rejects, more
 * pairs are measured up to {@code maxPairs} and a second, last look is taken. Each look tests at
 * {@code α/2}: by Bonferroni's inequality the chance of a false acceptance over both looks is at
 * most {@code α/2 + α/2 = α}, whatever the dependence between them. (With {@code minPairs ==
 * maxPairs} there is one look, at {@code α}.) Stopping early to reject never adds false
 * acceptances, so rejections need no correction. Pair counts are rounded up to even numbers, so
 * each look holds as many baseline-first as candidate-first pairs.
 *
 * <p><b>Order.</b> Each pair starts with the side that ended the pair before, after one unmeasured
 * washout run of the first pair's first side, so that a side's after-effect on the next run cancels
 * out (see {@link PairOrder}).
 *
 * <p><b>Failures.</b> A pair where either side's measurement failed is dropped (kept in the
 * evidence with {@code d = NaN}), and so is the latest usable pair of the opposite order, so the
 * orders stay balanced; both are replaced, up to {@code 2 × maxPairs} measured pairs in all. When
 * the candidate fails in most pairs it is rejected; when the baseline does, the trusted baseline
 * itself is broken and a {@link BrokenBaselineException} is thrown.
 *
 * <p><b>Steadiness.</b> A candidate is accepted only when every target metric held steady on both
 * sides (see {@link Steadiness}); otherwise more pairs are taken, then the decision is
 * inconclusive.
 */
final class PairedComparison {

  private final GateSettings settings;
  private final Threshold threshold;
  private final EvalSuite baselineSuite;
  private final EvalSuite candidateSuite;
  private final RandomGenerator random;
  private final EvalListener listener;
  private final Path baselineTree;
  private final Path candidateTree;
  private final Optional<TestReport> candidateTests;

  private final List<PairSample> samples = new ArrayList<>();
  private final PairOrder order;
  private int baselineFailures;
  private int candidateFailures;
  private String baselineProblem = "";
  private String candidateProblem = "";

  PairedComparison(
      GateSettings settings,
      Threshold threshold,
      EvalSuite baselineSuite,
      EvalSuite candidateSuite,
      RandomGenerator random,
      EvalListener listener,
      Path baselineTree,
      Path candidateTree,
      Optional<TestReport> candidateTests) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.threshold = Objects.requireNonNull(threshold, "threshold");
    this.baselineSuite = Objects.requireNonNull(baselineSuite, "baselineSuite");
    this.candidateSuite = Objects.requireNonNull(candidateSuite, "candidateSuite");
    this.random = Objects.requireNonNull(random, "random");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.baselineTree = Objects.requireNonNull(baselineTree, "baselineTree");
    this.candidateTree = Objects.requireNonNull(candidateTree, "candidateTree");
    this.candidateTests = Objects.requireNonNull(candidateTests, "candidateTests");
    this.order = new PairOrder(random);
  }

  /**
   * A decision and the p-value it rests on, scaled to the whole procedure's level: the smallest,
   * over the looks taken, of the look's p times {@code α / (that look's level)}, a valid p-value
   * for the looks together (Bonferroni), which batches adjust across candidates.
   *
   * @param extendable whether looks remain (the decision came early) that {@link #extend} can take
   */
  record Outcome(Decision decision, double procedureP, boolean extendable) {}

  private int nextLook;
  private Outcome last;

  Decision run() {
    return decide().decision();
  }

  /** Measures and looks until a look decides. */
  Outcome decide() {
    List<Look> plan = Look.plan(settings);
    while (nextLook < plan.size()) {
      Look look = plan.get(nextLook++);
      Optional<Decision> stopped = collect(look.pairs());
      if (stopped.isPresent()) return last = new Outcome(stopped.get(), 1, false);
      PairAnalysis analysis = PairAnalysis.of(usable(), threshold);
      Optional<Decision> decided = judge(analysis, look);
      double p = Math.min(1, analysis.test().pValue() * settings.alpha() / look.alpha());
      if (last != null) p = Math.min(p, last.procedureP());
      if (decided.isPresent()) return last = new Outcome(decided.get(), p, nextLook < plan.size());
    }
    throw new IllegalStateException("the last look always decides");
  }

  /**
   * Takes the remaining looks after an acceptance at an early one, for a batch whose adjustment
   * asks for more evidence than that look gave. The procedure's p-value stays valid: it is the
   * smallest Bonferroni-scaled p over the looks taken.
   */
  Outcome extend() {
    if (last == null || !last.extendable()) throw new IllegalStateException("nothing to extend");
    return decide();
  }

  // ---- measuring ---------------------------------------------------------------------------

  /** Measures pairs until {@code wanted} are usable; a decision when measuring has to stop. */
  private Optional<Decision> collect(int wanted) {
    int cap = 2 * settings.maxPairs();
    while (usable().size() < wanted) {
      if (samples.size() >= cap) return Optional.of(tooFewUsable(wanted));
      int batch = Math.min(wanted - usable().size(), cap - samples.size());
      int planned = samples.size() + batch;
      for (int i = 0; i < batch; i++) {
        boolean first = order.washoutFirst();
        boolean baselineFirst = order.next();
        if (first) washout(baselineFirst);
        samples.add(measurePair(samples.size(), baselineFirst));
        listener.pairMeasured(samples.size(), planned);
        if (2 * baselineFailures > planned || 2 * candidateFailures > planned)
          break; // a majority is certain
      }
      if (2 * baselineFailures > samples.size()) {
        throw new BrokenBaselineException(
            "the baseline itself fails: its benchmark failed in "
                + baselineFailures
                + " of "
                + samples.size()
                + " pairs: "
                + baselineProblem);
      }
      if (2 * candidateFailures > samples.size()) return Optional.of(candidateFails());
    }
    return Optional.empty();
  }

  /**
   * One unmeasured run of the side the first pair starts with, so that its first run follows its
   * own side as the first run of every later pair does (see {@link PairOrder}).
   */
  private void washout(boolean baselineFirst) {
    (baselineFirst ? baselineSuite : candidateSuite)
        .measure(baselineFirst ? baselineTree : candidateTree);
  }

  private PairSample measurePair(int index, boolean baselineFirst) {
    Measurement first =
        (baselineFirst ? baselineSuite : candidateSuite)
            .measure(baselineFirst ? baselineTree : candidateTree);
    Measurement second =
        (baselineFirst ? candidateSuite : baselineSuite)
            .measure(baselineFirst ? candidateTree : baselineTree);
    Measurement baseline = baselineFirst ? first : second;
    Measurement candidate = baselineFirst ? second : first;
    if (!baseline.ok()) {
      if (baselineFailures++ == 0) baselineProblem = baseline.problem().get();
    } else if (candidate.ok()) {
      candidate = requireBaselineMetrics(baseline, candidate);
    }
    if (!candidate.ok()) {
      if (candidateFailures++ == 0) candidateProblem = candidate.problem().get();
    }
    return new PairSample(
        index, baselineFirst, baseline, candidate, PairAnalysis.d(baseline, candidate));
  }

  /** A candidate run that lacks a metric the baseline reported failed. */
  private static Measurement requireBaselineMetrics(Measurement baseline, Measurement candidate) {
    for (MetricSpec m : baseline.specs()) {
      if (!candidate.metrics().containsKey(m.name())) {
        return Measurement.failed(
            "metric " + m.name() + " is missing (the baseline reports it)",
            candidate.wall(),
            candidate.peakMemoryBytes(),
            candidate.logs());
      }
    }
    return candidate;
  }

  /** The pairs the test uses (see {@link PairSample#usable(List)}). */
  private List<PairSample> usable() {
    return PairSample.usable(samples);
  }

  // ---- deciding ----------------------------------------------------------------------------

  private Optional<Decision> judge(PairAnalysis a, Look look) {
    double tau = threshold.effect();
    double maxRegression = settings.guardMaxRegression();
    // Guards are judged in log space: a relative regression r is an oriented log ratio of ln(1 -
    // r).
    double guardLimit = maxRegression >= 1 ? Double.NEGATIVE_INFINITY : Math.log1p(-maxRegression);
    Evidence evidence = a.evidence(samples);
    List<String> details = details(a, look);

    // Clearly worse: a guard's whole interval lies below its limit, or the target's below ln(1+τ).
    List<String> regressed =
        a.guards().stream()
            .filter(g -> g.estimate().high() < guardLimit)
            .map(g -> GateReasons.guardRegressed(g, maxRegression))
            .toList();
    if (!regressed.isEmpty()) {
      return decided(
          Decision.Rejected::new,
          concat(regressed, List.of(GateReasons.target(a, look)), details),
          evidence);
    }
    if (a.target().high() < threshold.log()) {
      return decided(
          Decision.Rejected::new,
          concat(List.of(GateReasons.notBetter(a, tau)), details),
          evidence);
    }

    // Better: the target is significant at this look's level, every guard's worst plausible
    // regression (the Hodges–Lehmann lower bound of its per-pair oriented log ratio) is at or
    // above ln(1 - guard-max-regression), and every target held steady on both sides.
    List<String> uncertain =
        a.guards().stream()
            .filter(g -> g.estimate().low() < guardLimit)
            .map(g -> GateReasons.guardMayHaveRegressed(g, maxRegression))
            .toList();
    List<String> unsteady =
        a.steadiness().stream().filter(s -> !s.steady()).map(GateReasons::unsteady).toList();
    boolean significant = a.test().pValue() <= look.alpha();
    if (significant && uncertain.isEmpty() && unsteady.isEmpty()) {
      List<String> within =
          a.guards().stream().map(g -> GateReasons.guardWithin(g, maxRegression)).toList();
      return decided(
          Decision.Accepted::new,
          concat(List.of(GateReasons.better(a, look, tau)), within, details),
          evidence);
    }
    if (!look.last()) return Optional.empty();
    List<String> why =
        significant
            ? concat(unsteady, uncertain, List.of(GateReasons.target(a, look)))
            : concat(List.of(GateReasons.notShown(a, look, tau)), uncertain, unsteady);
    return decided(Decision.Inconclusive::new, concat(why, details), evidence);
  }

  /** Per-metric medians, τ's source, the level of this look, and any dropped pairs. */
  private List<String> details(PairAnalysis a, Look look) {
    var lines = new ArrayList<String>();
    a.metrics().forEach(m -> lines.add(GateReasons.metric(m)));
    if (!threshold.source().equals("min-effect")) {
      lines.add(
          "threshold "
              + Texts.percent(threshold.effect())
              + " from the "
              + threshold.source()
              + ", above min-effect "
              + Texts.percent(settings.minEffect()));
    }
    lines.add(GateReasons.level(look, settings.alpha()));
    int failed = (int) samples.stream().filter(p -> !p.usable()).count();
    int balance = samples.size() - failed - a.pairs();
    if (failed > 0) {
      String why =
          candidateFailures > 0 ? "candidate: " + candidateProblem : "baseline: " + baselineProblem;
      lines.add(
          failed
              + " of "
              + samples.size()
              + " pairs dropped because a side failed ("
              + why
              + ")"
              + (balance > 0 ? ", and " + balance + " more to keep the orders balanced" : ""));
    }
    return lines;
  }

  /** How each kind of decision is made from its reasons, tests and evidence. */
  @FunctionalInterface
  private interface Kind {
    Decision of(List<String> reasons, Optional<TestReport> tests, Optional<Evidence> evidence);
  }

  private Optional<Decision> decided(Kind kind, List<String> reasons, Evidence evidence) {
    return Optional.of(kind.of(reasons, candidateTests, Optional.of(evidence)));
  }

  private Decision candidateFails() {
    return new Decision.Rejected(
        List.of(
            "the candidate's benchmark fails: " + candidateProblem,
            "it failed in " + candidateFailures + " of " + samples.size() + " pairs"),
        candidateTests,
        Optional.of(partialEvidence()));
  }

  private Decision tooFewUsable(int wanted) {
    return new Decision.Inconclusive(
        List.of(
            "only "
                + usable().size()
                + " of "
                + samples.size()
                + " measured pairs were usable (wanted "
                + wanted
                + "): the baseline failed in "
                + baselineFailures
                + ", the candidate in "
                + candidateFailures),
        candidateTests,
        Optional.of(partialEvidence()));
  }

  private Evidence partialEvidence() {
    List<PairSample> ok = usable();
    return ok.isEmpty()
        ? PairAnalysis.noEvidence(threshold, samples)
        : PairAnalysis.of(ok, threshold).evidence(samples);
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    var all = new ArrayList<String>();
    for (List<String> p : parts) all.addAll(p);
    return all;
  }
}
