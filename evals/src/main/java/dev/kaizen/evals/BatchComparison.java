package dev.kaizen.evals;

import dev.kaizen.evals.stats.BenjaminiHochberg;
import dev.kaizen.evals.stats.HodgesLehmann;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

/**
 * Decides on several candidates against one baseline, for {@link Gate#decideBatch}.
 *
 * <ol>
 *   <li><b>Screening.</b> When there are more candidates than {@code confirm}, each is measured in
 *       {@code screen-pairs} cheap pairs and ranked by the median of its pair effects. Only the
 *       best {@code confirm} go on; the others are inconclusive. Screening pairs only choose: they
 *       never count towards a decision, so choosing the luckiest candidate cannot inflate its
 *       evidence.
 *   <li><b>Confirmation.</b> Each chosen candidate is decided on fresh pairs exactly as alone.
 *   <li><b>Benjamini–Hochberg.</b> The confirmed candidates' p-values (each scaled to the whole
 *       sequential procedure, see {@link PairedComparison.Outcome}) are adjusted together. An
 *       acceptance at an early look whose adjusted p is above α takes the remaining looks first;
 *       one that still is above α becomes inconclusive.
 * </ol>
 */
final class BatchComparison {

  private final GateSettings settings;
  private final EvalSuite suite;
  private final RandomGenerator random;
  private final EvalListener listener;
  private final BiFunction<BatchCandidate, Optional<TestReport>, PairedComparison> comparisonOf;

  BatchComparison(
      GateSettings settings,
      EvalSuite suite,
      RandomGenerator random,
      EvalListener listener,
      BiFunction<BatchCandidate, Optional<TestReport>, PairedComparison> comparisons) {
    this.settings = settings;
    this.suite = suite;
    this.random = random;
    this.listener = listener;
    this.comparisonOf = comparisons;
  }

  /** A candidate's screening: the median of its usable pair effects, or why it has none. */
  private record Screened(int index, double median, int usable, Optional<String> problem) {}

  /**
   * @param baselineTree the baseline's tree
   * @param candidates candidates that passed their checks, with their positions in the batch
   * @param decisions the batch's decisions so far, by position; filled in here
   */
  void decide(
      Path baselineTree,
      List<Integer> candidates,
      List<BatchCandidate> batch,
      Decision[] decisions) {
    List<Integer> chosen = candidates;
    if (candidates.size() > settings.confirm()) {
      chosen = screen(baselineTree, candidates, batch, decisions);
    }
    var comparisons = new ArrayList<PairedComparison>();
    var outcomes = new ArrayList<PairedComparison.Outcome>();
    for (int i : chosen) {
      BatchCandidate c = batch.get(i);
      listener.step("confirming candidate " + c.id() + " with fresh pairs");
      PairedComparison comparison = comparisonOf.apply(c, Optional.of(c.check().tests()));
      comparisons.add(comparison);
      outcomes.add(comparison.decide());
    }
    double[] adjusted = adjust(outcomes);
    // An acceptance at an early look that the adjustment does not carry takes its remaining
    // looks: more pairs, a smaller p. Repeat until nothing more can be extended.
    for (boolean extended = true; extended; ) {
      extended = false;
      for (int k = 0; k < outcomes.size(); k++) {
        PairedComparison.Outcome o = outcomes.get(k);
        if (o.decision() instanceof Decision.Accepted
            && adjusted[k] > settings.alpha()
            && o.extendable()) {
          listener.step(
              "candidate "
                  + batch.get(chosen.get(k)).id()
                  + " needs more pairs to hold across the batch");
          outcomes.set(k, comparisons.get(k).extend());
          extended = true;
        }
      }
      if (extended) adjusted = adjust(outcomes);
    }
    for (int k = 0; k < chosen.size(); k++) {
      Decision d = outcomes.get(k).decision();
      if (d instanceof Decision.Accepted && chosen.size() > 1 && adjusted[k] > settings.alpha()) {
        var reasons = new ArrayList<String>();
        reasons.add(
            "not significant across the batch: Benjamini–Hochberg adjusted p = "
                + Texts.p(adjusted[k])
                + " > α = "
                + Texts.number(settings.alpha())
                + " over "
                + chosen.size()
                + " confirmed candidates");
        reasons.addAll(d.reasons());
        d = new Decision.Inconclusive(reasons, d.candidateTests(), d.evidence());
      } else if (d instanceof Decision.Accepted && chosen.size() > 1) {
        var reasons = new ArrayList<>(d.reasons());
        reasons.add(
            1,
            "significant across the batch: Benjamini–Hochberg adjusted p = "
                + Texts.p(adjusted[k])
                + " ≤ α = "
                + Texts.number(settings.alpha())
                + " over "
                + chosen.size()
                + " confirmed candidates");
        d = new Decision.Accepted(reasons, d.candidateTests(), d.evidence());
      }
      decisions[chosen.get(k)] = d;
    }
  }

  private static double[] adjust(List<PairedComparison.Outcome> outcomes) {
    return BenjaminiHochberg.adjust(
        outcomes.stream().mapToDouble(PairedComparison.Outcome::procedureP).toArray());
  }

  private List<Integer> screen(
      Path baselineTree,
      List<Integer> candidates,
      List<BatchCandidate> batch,
      Decision[] decisions) {
    var screened = new ArrayList<Screened>();
    for (int i : candidates) {
      BatchCandidate c = batch.get(i);
      listener.step("screening candidate " + c.id() + " in " + settings.screenPairs() + " pairs");
      screened.add(screen(i, baselineTree, c.tree()));
    }
    List<Screened> ranked =
        screened.stream()
            .filter(s -> s.problem().isEmpty())
            .sorted(Comparator.comparingDouble(Screened::median).reversed())
            .toList();
    List<Screened> chosen = ranked.subList(0, Math.min(settings.confirm(), ranked.size()));
    String best =
        String.join(
            ", ",
            chosen.stream()
                .map(
                    s ->
                        batch.get(s.index()).id()
                            + " "
                            + Texts.signedPercent(Math.expm1(s.median())))
                .toList());
    for (Screened s : screened) {
      if (chosen.contains(s)) continue;
      Optional<TestReport> tests = Optional.of(batch.get(s.index()).check().tests());
      decisions[s.index()] =
          s.problem().isPresent()
              ? new Decision.Rejected(
                  List.of("the candidate's benchmark fails in screening: " + s.problem().get()),
                  tests,
                  Optional.empty())
              : new Decision.Inconclusive(
                  List.of(
                      "screened out: median effect "
                          + Texts.signedPercent(Math.expm1(s.median()))
                          + " over "
                          + s.usable()
                          + " screening pairs, behind the "
                          + chosen.size()
                          + " confirmed ("
                          + best
                          + ")",
                      "screening pairs only choose which candidates are confirmed; they never count as evidence"),
                  tests,
                  Optional.empty());
    }
    return chosen.stream().map(Screened::index).sorted().toList();
  }

  private Screened screen(int index, Path baselineTree, Path candidateTree) {
    var d = new ArrayList<Double>();
    String problem = null;
    var order = new PairOrder(random);
    for (int i = 0; i < settings.screenPairs(); i++) {
      boolean washout = order.washoutFirst();
      boolean baselineFirst = order.next();
      if (washout) suite.measure(baselineFirst ? baselineTree : candidateTree);
      Measurement first = suite.measure(baselineFirst ? baselineTree : candidateTree);
      Measurement second = suite.measure(baselineFirst ? candidateTree : baselineTree);
      Measurement baseline = baselineFirst ? first : second;
      Measurement candidate = baselineFirst ? second : first;
      if (!baseline.ok()) {
        throw new BrokenBaselineException("the baseline itself fails: " + baseline.problem().get());
      }
      double effect = PairAnalysis.d(baseline, candidate);
      if (Double.isNaN(effect)) {
        if (problem == null)
          problem = candidate.problem().orElse("a metric the baseline reports is missing");
      } else {
        d.add(effect);
      }
    }
    if (2 * d.size() <= settings.screenPairs()) {
      return new Screened(
          index, Double.NaN, d.size(), Optional.of(problem == null ? "no usable pair" : problem));
    }
    return new Screened(
        index,
        HodgesLehmann.median(d.stream().mapToDouble(Double::doubleValue).toArray()),
        d.size(),
        Optional.empty());
  }
}
