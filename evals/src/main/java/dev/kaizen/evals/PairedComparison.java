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
 * <p><b>Looks.</b> The first look comes after {@code minPairs} usable pairs. When it neither
 * accepts nor clearly rejects, more pairs are measured up to {@code maxPairs} and a second, last
 * look is taken. Each look tests at {@code α/2}: by Bonferroni's inequality the chance of a false
 * acceptance over both looks is at most {@code α/2 + α/2 = α}, whatever the dependence between
 * them. (With {@code minPairs == maxPairs} there is one look, at {@code α}.) Stopping early to
 * reject never adds false acceptances, so rejections need no correction.
 *
 * <p><b>Failures.</b> A pair where either side's measurement failed is dropped (kept in the
 * evidence with {@code d = NaN}) and replaced, up to {@code 2 × maxPairs} measured pairs in all.
 * When the candidate fails in most pairs it is rejected; when the baseline does, the trusted
 * baseline itself is broken and a {@link BrokenBaselineException} is thrown.
 */
final class PairedComparison {

  private final GateSettings settings;
  private final EvalSuite suite;
  private final RandomGenerator random;
  private final EvalListener listener;
  private final Path baselineTree;
  private final Path candidateTree;
  private final Optional<TestReport> candidateTests;
  private final List<MetricSpec> metrics;

  private final List<PairSample> samples = new ArrayList<>();
  private int baselineFailures;
  private int candidateFailures;
  private String baselineProblem = "";
  private String candidateProblem = "";

  PairedComparison(
      GateSettings settings, EvalSuite suite, RandomGenerator random, EvalListener listener,
      Path baselineTree, Path candidateTree, Optional<TestReport> candidateTests) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.suite = Objects.requireNonNull(suite, "suite");
    this.random = Objects.requireNonNull(random, "random");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.baselineTree = Objects.requireNonNull(baselineTree, "baselineTree");
    this.candidateTree = Objects.requireNonNull(candidateTree, "candidateTree");
    this.candidateTests = Objects.requireNonNull(candidateTests, "candidateTests");
    this.metrics = suite.spec().metrics();
  }

  /** One look at the pairs: how many usable pairs it needs, and the level it tests at. */
  record Look(int pairs, double alpha, int number, int of) {

    boolean last() {
      return number == of;
    }

    static List<Look> plan(GateSettings s) {
      if (s.maxPairs() == s.minPairs()) return List.of(new Look(s.minPairs(), s.alpha(), 1, 1));
      return List.of(new Look(s.minPairs(), s.alpha() / 2, 1, 2), new Look(s.maxPairs(), s.alpha() / 2, 2, 2));
    }
  }

  Decision run() {
    for (Look look : Look.plan(settings)) {
      Optional<Decision> stopped = collect(look.pairs());
      if (stopped.isPresent()) return stopped.get();
      PairAnalysis analysis = PairAnalysis.of(usable(), metrics, settings.minEffect());
      Optional<Decision> decided = judge(analysis, look);
      if (decided.isPresent()) return decided.get();
    }
    throw new IllegalStateException("the last look always decides");
  }

  // ---- measuring ---------------------------------------------------------------------------

  /** Measures pairs until {@code wanted} are usable; a decision when measuring has to stop. */
  private Optional<Decision> collect(int wanted) {
    int cap = 2 * settings.maxPairs();
    while (usable().size() < wanted) {
      if (samples.size() >= cap) return Optional.of(tooFewUsable(wanted));
      int batch = Math.min(wanted - usable().size(), cap - samples.size());
      int planned = samples.size() + batch;
      for (boolean baselineFirst : PairOrder.balanced(batch, random)) {
        samples.add(measurePair(samples.size(), baselineFirst));
        listener.pairMeasured(samples.size(), planned);
        if (2 * baselineFailures > planned || 2 * candidateFailures > planned) break; // a majority is certain
      }
      if (2 * baselineFailures > samples.size()) {
        throw new BrokenBaselineException("the baseline's benchmark fails in " + baselineFailures + " of "
            + samples.size() + " pairs: " + baselineProblem);
      }
      if (2 * candidateFailures > samples.size()) return Optional.of(candidateFails());
    }
    return Optional.empty();
  }

  private PairSample measurePair(int index, boolean baselineFirst) {
    Measurement first = suite.measure(baselineFirst ? baselineTree : candidateTree);
    Measurement second = suite.measure(baselineFirst ? candidateTree : baselineTree);
    Measurement baseline = baselineFirst ? first : second;
    Measurement candidate = baselineFirst ? second : first;
    if (!baseline.ok()) {
      if (baselineFailures++ == 0) baselineProblem = baseline.problem().get();
    }
    if (!candidate.ok()) {
      if (candidateFailures++ == 0) candidateProblem = candidate.problem().get();
    }
    return new PairSample(index, baselineFirst, baseline, candidate, PairAnalysis.d(baseline, candidate, metrics));
  }

  private List<PairSample> usable() {
    return samples.stream().filter(PairSample::usable).toList();
  }

  // ---- deciding ----------------------------------------------------------------------------

  private Optional<Decision> judge(PairAnalysis a, Look look) {
    double tau = settings.minEffect();
    double maxRegression = settings.guardMaxRegression();
    // Guards are judged in log space: a relative regression r is an oriented log ratio of ln(1 - r).
    double guardLimit = maxRegression >= 1 ? Double.NEGATIVE_INFINITY : Math.log1p(-maxRegression);
    Evidence evidence = a.evidence(tau, samples);
    List<String> details = details(a, look);

    // Clearly worse: a guard's whole interval lies below its limit, or the target's below ln(1+τ).
    List<String> regressed = a.guards().stream()
        .filter(g -> g.estimate().high() < guardLimit)
        .map(g -> GateReasons.guardRegressed(g, maxRegression))
        .toList();
    if (!regressed.isEmpty()) {
      return decided(Decision.Rejected::new, concat(regressed, List.of(GateReasons.target(a, look)), details), evidence);
    }
    if (a.target().high() < Math.log1p(tau)) {
      return decided(Decision.Rejected::new, concat(List.of(GateReasons.notBetter(a, tau)), details), evidence);
    }

    // Better: the target is significant at this look's level, and every guard's worst plausible
    // regression (the Hodges–Lehmann lower bound of its per-pair oriented log ratio) is at or
    // above ln(1 - guard-max-regression).
    List<String> uncertain = a.guards().stream()
        .filter(g -> g.estimate().low() < guardLimit)
        .map(g -> GateReasons.guardMayHaveRegressed(g, maxRegression))
        .toList();
    boolean significant = a.test().pValue() <= look.alpha();
    if (significant && uncertain.isEmpty()) {
      List<String> within = a.guards().stream().map(g -> GateReasons.guardWithin(g, maxRegression)).toList();
      return decided(Decision.Accepted::new, concat(List.of(GateReasons.better(a, look, tau)), within, details), evidence);
    }
    if (!look.last()) return Optional.empty();
    List<String> why = significant
        ? concat(uncertain, List.of(GateReasons.target(a, look)))
        : concat(List.of(GateReasons.notShown(a, look, tau)), uncertain);
    return decided(Decision.Inconclusive::new, concat(why, details), evidence);
  }

  /** Per-metric medians, the level of this look, and any dropped pairs. */
  private List<String> details(PairAnalysis a, Look look) {
    var lines = new ArrayList<String>();
    a.metrics().forEach(m -> lines.add(GateReasons.metric(m)));
    lines.add(GateReasons.level(look, settings.alpha()));
    int dropped = samples.size() - a.pairs();
    if (dropped > 0) {
      String why = candidateFailures > 0 ? "candidate: " + candidateProblem : "baseline: " + baselineProblem;
      lines.add(dropped + " of " + samples.size() + " pairs dropped because a side failed (" + why + ")");
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
    return new Decision.Rejected(List.of(
            "the candidate's benchmark fails: " + candidateProblem,
            "it failed in " + candidateFailures + " of " + samples.size() + " pairs"),
        candidateTests, Optional.of(partialEvidence()));
  }

  private Decision tooFewUsable(int wanted) {
    return new Decision.Inconclusive(List.of(
        "only " + usable().size() + " of " + samples.size() + " measured pairs were usable (wanted " + wanted
            + "): the baseline failed in " + baselineFailures + ", the candidate in " + candidateFailures),
        candidateTests, Optional.of(partialEvidence()));
  }

  private Evidence partialEvidence() {
    List<PairSample> ok = usable();
    return ok.isEmpty()
        ? PairAnalysis.noEvidence(settings.minEffect(), samples)
        : PairAnalysis.of(ok, metrics, settings.minEffect()).evidence(settings.minEffect(), samples);
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    var all = new ArrayList<String>();
    for (List<String> p : parts) all.addAll(p);
    return all;
  }
}
