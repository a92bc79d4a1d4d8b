package dev.kaizen.evals.types;

import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.EvalSuggestion;
import dev.kaizen.evals.EvalType;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.command.CommandEvalType;
import dev.kaizen.evals.jmh.JmhEvalType;
import dev.kaizen.evals.junit.JunitEvalType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The eval types a configuration may name, in order: the built-in {@link #JUNIT}, {@link #COMMAND}
 * and {@link #JMH} ({@link #standard()}), and any added with {@link #with}. Immutable.
 */
public final class EvalTypes {

  /** {@code junit}: runs the command, then reads the Surefire reports it wrote. */
  public static final EvalType JUNIT = new JunitEvalType();

  /** {@code command}: the command's last stdout line is a JSON object of its declared metrics. */
  public static final EvalType COMMAND = new CommandEvalType();

  /**
   * {@code jmh}: the command writes JMH's JSON results to {@code {out}}; every benchmark is a
   * metric.
   */
  public static final EvalType JMH = new JmhEvalType();

  private static final EvalTypes STANDARD = new EvalTypes(List.of(JUNIT, COMMAND, JMH));

  private final List<EvalType> types;

  private EvalTypes(List<EvalType> types) {
    this.types = List.copyOf(types);
  }

  /** The built-in types: junit, command and jmh. */
  public static EvalTypes standard() {
    return STANDARD;
  }

  /**
   * These types and {@code type} after them.
   *
   * @throws IllegalArgumentException when a type of the same id is registered already
   */
  public EvalTypes with(EvalType type) {
    Objects.requireNonNull(type, "type");
    if (find(type.id()).isPresent())
      throw new IllegalArgumentException("an eval type '" + type.id() + "' is registered already");
    var all = new ArrayList<>(types);
    all.add(type);
    return new EvalTypes(all);
  }

  /**
   * The type called {@code id}.
   *
   * @throws IllegalArgumentException naming the known ids when there is none
   */
  public EvalType get(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown eval type '" + id + "' (expected " + choices(ids()) + ")"));
  }

  /** Every type's id, in registration order. */
  public List<String> ids() {
    return types.stream().map(EvalType::id).toList();
  }

  /** Every type, in registration order. */
  public List<EvalType> all() {
    return types;
  }

  /**
   * What each type proposes for the tree at {@code tree} (see {@link EvalType#suggest}), in
   * registration order.
   */
  public List<EvalSuggestion> suggest(Path tree) {
    return types.stream().flatMap(t -> t.suggest(tree).stream()).toList();
  }

  /** A junit eval. */
  public static EvalSpec junit(String id, String command) {
    return new EvalSpec(id, JUNIT, command, List.of(), Optional.empty());
  }

  /** A command eval reporting {@code metrics}. */
  public static EvalSpec command(String id, String command, List<MetricSpec> metrics) {
    return new EvalSpec(id, COMMAND, command, metrics, Optional.empty());
  }

  /** A jmh eval whose benchmarks are all targets. */
  public static EvalSpec jmh(String id, String command) {
    return new EvalSpec(id, JMH, command, List.of(), Optional.empty());
  }

  private Optional<EvalType> find(String id) {
    return types.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** "junit, command or jmh". */
  private static String choices(List<String> ids) {
    if (ids.size() == 1) return ids.get(0);
    return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
  }

  @Override
  public String toString() {
    return "EvalTypes" + ids();
  }
}
