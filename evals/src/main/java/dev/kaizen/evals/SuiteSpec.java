package dev.kaizen.evals;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that defines "better" for one repository: how to build a tree, and its evals.
 *
 * @param build the command that builds a tree once before its evals run (for example {@code mvn -o
 *     -B -q -DskipTests package}); empty when the evals build for themselves
 * @param evals the evals, run in this order: test evals first, then metric evals
 */
public record SuiteSpec(Optional<String> build, List<EvalSpec> evals) {

  public SuiteSpec {
    Objects.requireNonNull(build, "build");
    evals = List.copyOf(Objects.requireNonNull(evals, "evals"));
    var ids = new HashSet<String>();
    var metricNames = new HashSet<String>();
    for (EvalSpec e : evals) {
      if (!ids.add(e.id()))
        throw new IllegalArgumentException("two evals are called '" + e.id() + "'");
      for (MetricSpec m : e.metrics()) {
        if (!metricNames.add(m.name())) {
          throw new IllegalArgumentException("two metrics are called '" + m.name() + "'");
        }
      }
    }
  }

  /** The evals a tree must pass, whose types are test types. */
  public List<EvalSpec> testEvals() {
    return evals.stream().filter(e -> !e.measures()).toList();
  }

  /** The evals measured in pairs, whose types are metric types. */
  public List<EvalSpec> metricEvals() {
    return evals.stream().filter(EvalSpec::measures).toList();
  }

  /**
   * Every declared metric, in declaration order. A JMH eval's benchmarks are known only once it
   * ran: see {@link Measurement#specs()}.
   */
  public List<MetricSpec> metrics() {
    return evals.stream().flatMap(e -> e.metrics().stream()).toList();
  }

  /**
   * Whether some metric can be a target: a declared one, or the undeclared metrics of an eval
   * (JMH's benchmarks).
   */
  public boolean hasTargets() {
    return evals.stream().anyMatch(e -> e.type().mayHaveTargets(e));
  }
}
