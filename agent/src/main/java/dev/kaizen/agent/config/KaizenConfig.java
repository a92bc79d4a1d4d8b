package dev.kaizen.agent.config;

import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.GateSettings;
import dev.kaizen.evals.SuiteSpec;
import dev.kaizen.sandbox.SandboxSettings;
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
 * @param protectedPaths globs of paths a patch must not touch
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

  /** Protected unless a {@code kaizen.yml} says otherwise: CI, Kaizen's own settings, and tests. */
  public static final List<String> DEFAULT_PROTECTED =
      List.of(".github/**", "kaizen.yml", "**/src/test/**", "**/src/jmh/**");

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
   * The protected paths as a matcher. A Dockerfile the sandbox builds its image from is protected
   * too, with its {@code .dockerignore}: a candidate must not choose its own sandbox.
   */
  public PathGlobs protectedGlobs() {
    var globs = new java.util.ArrayList<>(protectedPaths);
    SandboxSettings.dockerfile(sandbox.image())
        .ifPresent(
            dockerfile -> {
              String path =
                  java.nio.file.Path.of(dockerfile).normalize().toString().replace('\\', '/');
              int slash = path.lastIndexOf('/');
              globs.add(path);
              globs.add((slash < 0 ? "" : path.substring(0, slash + 1)) + ".dockerignore");
            });
    return new PathGlobs(globs);
  }
}
