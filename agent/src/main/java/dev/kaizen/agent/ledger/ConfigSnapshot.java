package dev.kaizen.agent.ledger;

import dev.kaizen.agent.json.JsonKey;
import java.util.List;
import java.util.Objects;

/**
 * The configuration a session ran with, as {@code session.json} keeps it under {@code config}:
 * where it came from and, in {@code kaizen.yml}'s own kebab-case keys and units, the evals, the
 * gate, the protected paths, the sandbox and the budget. A part that was not recorded is null and
 * left out (a ledger written by hand, or an older one, may hold only some of it).
 *
 * @param source where the configuration came from ({@code kaizen.yml at 3e9f0c2a7b}, or the
 *     defaults)
 * @param prepare the preparation command, when there is one
 * @param build the build command, when there is one
 * @param evals every eval, in order
 * @param gate the gate's settings
 * @param protectedPaths every protected glob in effect (the core, what {@code kaizen.yml} added,
 *     the evals' workloads), under {@code protected}
 * @param sandbox the sandbox's settings
 * @param budget the budget
 */
public record ConfigSnapshot(
    String source,
    String prepare,
    String build,
    List<Eval> evals,
    Gate gate,
    @JsonKey("protected") List<String> protectedPaths,
    Sandbox sandbox,
    Budget budget) {

  /** A configuration of which nothing was recorded. */
  public static final ConfigSnapshot NONE =
      new ConfigSnapshot(null, null, null, null, null, null, null, null);

  public ConfigSnapshot {
    evals = evals == null ? null : List.copyOf(evals);
    protectedPaths = protectedPaths == null ? null : List.copyOf(protectedPaths);
  }

  /**
   * One eval.
   *
   * @param id its id
   * @param type its type's id
   * @param command its command
   * @param metrics the metrics it declares; null (left out) when it declares none
   * @param role the role of what it measures, for types that have one (JMH); null otherwise
   */
  public record Eval(String id, String type, String command, List<Metric> metrics, String role) {
    public Eval {
      Objects.requireNonNull(id, "id");
      metrics = metrics == null || metrics.isEmpty() ? null : List.copyOf(metrics);
    }
  }

  /**
   * A declared metric.
   *
   * @param name its name
   * @param better {@code lower} or {@code higher}
   * @param role {@code target} or {@code guard}
   */
  public record Metric(String name, String better, String role) {
    public Metric {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * The gate's settings.
   *
   * @param alpha the significance level
   * @param minEffect the smallest improvement worth accepting, relative
   * @param pairs how many pairs it measures
   * @param guardMaxRegression how much a guard may lose, relative
   * @param batch how a batch of candidates is screened and confirmed
   */
  public record Gate(
      Double alpha,
      @JsonKey("min-effect") Double minEffect,
      Pairs pairs,
      @JsonKey("guard-max-regression") Double guardMaxRegression,
      Batch batch) {}

  /** The fewest and most pairs the gate measures. */
  public record Pairs(Integer min, Integer max) {}

  /**
   * How a batch of candidates is decided.
   *
   * @param screenPairs screening pairs per candidate
   * @param confirm candidates confirmed with fresh pairs
   */
  public record Batch(@JsonKey("screen-pairs") Integer screenPairs, Integer confirm) {}

  /**
   * The sandbox's settings, with sizes and durations as {@code kaizen.yml} writes them.
   *
   * @param backend the backend's name
   * @param image the image
   * @param cpus CPU share, in cores
   * @param memory the memory limit ({@code 2 GiB})
   * @param pids the process limit
   * @param timeout the timeout of one command ({@code 10m00s})
   * @param gpus the GPUs it may use ({@code none})
   * @param ran the backend that ran the session's commands ({@code docker} for {@code backend:
   *     auto}); null until the sandbox was opened, and in ledgers written before it was recorded
   */
  public record Sandbox(
      String backend,
      String image,
      Double cpus,
      String memory,
      Long pids,
      String timeout,
      String gpus,
      String ran) {

    /** Settings as configured, before any sandbox ran. */
    public Sandbox(
        String backend,
        String image,
        Double cpus,
        String memory,
        Long pids,
        String timeout,
        String gpus) {
      this(backend, image, cpus, memory, pids, timeout, gpus, null);
    }
  }

  /** This snapshot as it was configured: without the backend that ran, once one did. */
  public ConfigSnapshot asConfigured() {
    return sandbox == null || sandbox.ran() == null ? this : ranOn(null);
  }

  /** This snapshot once the sandbox backend {@code backend} was opened to run the session. */
  public ConfigSnapshot ranOn(String backend) {
    Sandbox s = sandbox == null ? new Sandbox(null, null, null, null, null, null, null) : sandbox;
    return new ConfigSnapshot(
        source,
        prepare,
        build,
        evals,
        gate,
        protectedPaths,
        new Sandbox(
            s.backend(), s.image(), s.cpus(), s.memory(), s.pids(), s.timeout(), s.gpus(), backend),
        budget);
  }

  /**
   * The budget.
   *
   * @param maxIterations iterations at most
   * @param maxWall wall time at most ({@code 2h00m})
   * @param maxUsd money at most
   * @param maxTokens tokens at most
   * @param maxUsdPerIteration money per iteration at most, when limited
   * @param maxTokensPerIteration tokens per iteration at most, when limited
   */
  public record Budget(
      @JsonKey("max-iterations") Integer maxIterations,
      @JsonKey("max-wall") String maxWall,
      @JsonKey("max-usd") Double maxUsd,
      @JsonKey("max-tokens") Long maxTokens,
      @JsonKey("max-usd-per-iteration") Double maxUsdPerIteration,
      @JsonKey("max-tokens-per-iteration") Long maxTokensPerIteration) {}
}
