package dev.kaizen.agent.config;

import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.evals.CommandWorkload;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.GateSettings;
import dev.kaizen.evals.SuiteSpec;
import dev.kaizen.sandbox.SandboxSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A repository's {@code kaizen.yml}, read and validated.
 *
 * @param source where it was read from, for messages ("kaizen.yml at 3f2a9c1", "defaults for a
 *     Maven project")
 * @param prepare a command run once on the host, with network, in a copy of the trusted baseline to
 *     fill the local Maven repository before the sandbox runs offline; never run on a candidate
 * @param build the command that builds a tree before its evals run
 * @param evals the evals
 * @param gate the gate's settings
 * @param protectedPaths globs of paths a patch must not touch beyond the {@linkplain ProtectedCore
 *     core} and the evals' workloads, as {@code kaizen.yml} lists them under {@code protected}
 * @param sandbox how commands run
 * @param model which model the {@code llm} proposer asks
 * @param budget the most a session may spend
 */
public record KaizenConfig(
    String source,
    Optional<String> prepare,
    Optional<String> build,
    List<EvalSpec> evals,
    GateSettings gate,
    List<String> protectedPaths,
    SandboxConfig sandbox,
    ModelConfig model,
    BudgetConfig budget) {

  public KaizenConfig {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(prepare, "prepare");
    Objects.requireNonNull(build, "build");
    evals = List.copyOf(Objects.requireNonNull(evals, "evals"));
    Objects.requireNonNull(gate, "gate");
    protectedPaths = List.copyOf(Objects.requireNonNull(protectedPaths, "protectedPaths"));
    Objects.requireNonNull(sandbox, "sandbox");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(budget, "budget");
  }

  /** This configuration with another budget. */
  public KaizenConfig withBudget(BudgetConfig newBudget) {
    return new KaizenConfig(
        source, prepare, build, evals, gate, protectedPaths, sandbox, model, newBudget);
  }

  /** The evals as the evals module takes them. */
  public SuiteSpec suite() {
    return new SuiteSpec(build, evals);
  }

  /**
   * A hash of everything that decides a tree's test results: the build, the evals and the sandbox's
   * settings. Cached baseline results are keyed by it.
   */
  public String suiteHash() {
    var text = new StringBuilder("kaizen-suite-v1\n");
    build.ifPresent(b -> text.append("build ").append(b).append('\n'));
    evals.forEach(e -> text.append(e).append('\n'));
    text.append(sandbox).append('\n');
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Everything a candidate may not touch, each glob with why, in this order: the {@linkplain
   * ProtectedCore core}, which no configuration removes; the paths {@code kaizen.yml} adds; the
   * Dockerfile the sandbox builds its image from, with its {@code .dockerignore} (a candidate must
   * not choose its own sandbox); the files the {@code prepare} and {@code build} commands name; and
   * what each eval runs as its workload ({@link dev.kaizen.evals.EvalType#workload}).
   *
   * @param baselineTree the trusted baseline's tree, which tells what the commands name
   */
  public ProtectedPaths protection(Path baselineTree) {
    ProtectedPaths paths =
        ProtectedPaths.core().with(protectedPaths, "listed under protected: in kaizen.yml");
    Optional<String> dockerfile = SandboxSettings.dockerfile(sandbox.image());
    if (dockerfile.isPresent()) {
      String path = Path.of(dockerfile.get()).normalize().toString().replace('\\', '/');
      int slash = path.lastIndexOf('/');
      String ignore = (slash < 0 ? "" : path.substring(0, slash + 1)) + ".dockerignore";
      paths =
          paths.with(List.of(atRoot(path), atRoot(ignore)), "the sandbox's image is built from it");
    }
    if (prepare.isPresent()) {
      paths = paths.with(named(prepare.get(), baselineTree), "named by the prepare command");
    }
    if (build.isPresent()) {
      paths = paths.with(named(build.get(), baselineTree), "named by the build command");
    }
    for (EvalSpec eval : evals) {
      paths =
          paths.with(
              eval.type().workload(eval, baselineTree), "the workload of eval '" + eval.id() + "'");
    }
    return paths;
  }

  /** The files and folders of the tree a command names (a script, say). */
  private static List<String> named(String command, Path tree) {
    return CommandWorkload.of(command, tree).paths();
  }

  /** A path as a glob that matches it only where it is, not at any depth. */
  private static String atRoot(String path) {
    return path.contains("/") ? path : "/" + path;
  }
}
