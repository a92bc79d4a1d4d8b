package dev.kaizen.evals;

import dev.kaizen.evals.stats.LocationEstimate;

/**
 * The one-line reasons of the gate's decisions, with the numbers: effects as relative percentages
 * with one decimal ({@code exp(x) - 1} of the log-space estimates), p with two significant digits.
 */
final class GateReasons {

  private GateReasons() {}

  /**
   * "better by 25.0% (95% CI +23.9% … +26.2%, 10 pairs); p = 0.00098 ≤ 0.005 against "at most 1.0%
   * better"".
   */
  static String better(PairAnalysis a, Look look, double tau) {
    return "better by "
        + Texts.percent(Math.expm1(a.target().estimate()))
        + " "
        + interval(a.target(), true)
        + "; p = "
        + Texts.p(a.test().pValue())
        + " ≤ "
        + Texts.number(look.alpha())
        + " against \"at most "
        + Texts.percent(tau)
        + " better\"";
  }

  /** "not better by at least 1.0%: estimate −0.4% (95% CI −1.2% … +0.3%, 10 pairs), p = 0.93". */
  static String notBetter(PairAnalysis a, double tau) {
    return "not better by at least "
        + Texts.percent(tau)
        + ": estimate "
        + estimate(a.target(), true)
        + ", p = "
        + Texts.p(a.test().pValue());
  }

  /**
   * "not shown to be better by at least 1.0% after 40 pairs: estimate +0.6% (95% CI …), p = 0.21
   * (needed ≤ 0.005)".
   */
  static String notShown(PairAnalysis a, Look look, double tau) {
    return "not shown to be better by at least "
        + Texts.percent(tau)
        + " after "
        + a.pairs()
        + " pairs: estimate "
        + estimate(a.target(), false)
        + ", p = "
        + Texts.p(a.test().pValue())
        + " (needed ≤ "
        + Texts.number(look.alpha())
        + ")";
  }

  /** "target estimate +3.0% (95% CI …, 40 pairs), p = 0.0010 (needed ≤ 0.005)". */
  static String target(PairAnalysis a, Look look) {
    return "target estimate "
        + estimate(a.target(), true)
        + ", p = "
        + Texts.p(a.test().pValue())
        + " (needed ≤ "
        + Texts.number(look.alpha())
        + ")";
  }

  static String guardRegressed(PairAnalysis.Guard g, double maxRegression) {
    return "guard "
        + g.metric().name()
        + " regressed beyond "
        + Texts.percent(maxRegression)
        + ": estimate "
        + estimate(g.estimate(), true);
  }

  static String guardMayHaveRegressed(PairAnalysis.Guard g, double maxRegression) {
    return "guard "
        + g.metric().name()
        + " may have regressed beyond "
        + Texts.percent(maxRegression)
        + ": estimate "
        + estimate(g.estimate(), true);
  }

  static String guardWithin(PairAnalysis.Guard g, double maxRegression) {
    return "guard "
        + g.metric().name()
        + " within "
        + Texts.percent(maxRegression)
        + ": estimate "
        + estimate(g.estimate(), false);
  }

  /**
   * "target ms_per_op was not steady: the baseline drifted −4.1% over the pairs (Mann–Kendall p =
   * 0.0008)".
   */
  static String unsteady(Steadiness s) {
    return "target "
        + s.metric()
        + " was not steady: the "
        + s.side()
        + " drifted "
        + Texts.signedPercent(s.drift())
        + " over the pairs (Mann–Kendall p = "
        + Texts.p(s.pValue())
        + ")";
  }

  /** "ms_per_op (target, lower is better): median 100 → 80.05, +24.9%". */
  static String metric(MetricComparison m) {
    return m.name()
        + " ("
        + m.role().id()
        + ", "
        + m.better().id()
        + " is better): median "
        + Texts.number(m.baselineMedian())
        + " → "
        + Texts.number(m.candidateMedian())
        + ", "
        + Texts.signedPercent(m.improvement());
  }

  static String level(Look look, double alpha) {
    return look.of() == 1
        ? "significance level " + Texts.number(look.alpha()) + " (one look)"
        : "significance level "
            + Texts.number(look.alpha())
            + " at look "
            + look.number()
            + " of "
            + look.of()
            + " (α = "
            + Texts.number(alpha)
            + " split evenly, Bonferroni)";
  }

  /** "+25.0% (95% CI +23.9% … +26.2%, 10 pairs)". */
  static String estimate(LocationEstimate e, boolean withPairs) {
    return Texts.signedPercent(Math.expm1(e.estimate())) + " " + interval(e, withPairs);
  }

  /** "(95% CI +23.9% … +26.2%, 10 pairs)". */
  static String interval(LocationEstimate e, boolean withPairs) {
    return "("
        + Texts.level(e.confidence())
        + " CI "
        + Texts.signedPercent(Math.expm1(e.low()))
        + " … "
        + Texts.signedPercent(Math.expm1(e.high()))
        + (withPairs ? ", " + e.n() + " pairs)" : ")");
  }
}
