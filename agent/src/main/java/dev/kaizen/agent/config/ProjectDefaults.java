package dev.kaizen.agent.config;

import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.GateSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a repository's settings are when its {@code kaizen.yml} leaves them out, from what its
 * tree shows (a Maven build, for now).
 */
public final class ProjectDefaults {

  /**
   * Fills the local Maven repository with everything {@code package} and {@code test} need,
   * running no test: surefire resolves its provider for a tag no test has.
   */
  public static final String MAVEN_PREPARE =
      "mvn -B -q package -Dgroups=kaizen-prepare-runs-no-test -Dsurefire.failIfNoSpecifiedTests=false";

  public static final String MAVEN_BUILD = "mvn -o -B -q -DskipTests package";

  public static final String MAVEN_TEST = "mvn -o -B -q test";

  /** JMH's options for a jmh eval: 2 forks of 3 warmup and 5 measurement iterations of 1 s, JSON to {out}. */
  public static final String JMH_OPTIONS = "-f 2 -wi 3 -i 5 -w 1s -r 1s -rf json -rff " + EvalSpec.OUT;

  private ProjectDefaults() {}

  /**
   * The defaults for the tree at {@code root}: a Maven project's tests, and its JMH benchmarks as
   * targets when a module depends on jmh-core.
   */
  public static KaizenConfig detect(Path root) {
    if (Files.isRegularFile(root.resolve("pom.xml"))) {
      Optional<JmhSetup> jmh = JmhSetup.detect(root);
      return jmh.isPresent() ? mavenWithJmh(jmh.get()) : maven();
    }
    return new KaizenConfig("defaults (no build detected)", Optional.empty(), Optional.empty(), List.of(),
        GateSettings.DEFAULT, KaizenConfig.DEFAULT_PROTECTED, SandboxConfig.DEFAULT, ModelConfig.DEFAULT,
        BudgetConfig.DEFAULT);
  }

  /** The defaults for a Maven project whose benchmarks {@code jmh} found: they are the targets. */
  public static KaizenConfig mavenWithJmh(JmhSetup jmh) {
    var evals = List.of(EvalSpec.junit("tests", MAVEN_TEST), EvalSpec.jmh("jmh", "java -jar " + jmh.jarPath() + " " + JMH_OPTIONS));
    var protectedPaths = new java.util.ArrayList<>(KaizenConfig.DEFAULT_PROTECTED);
    jmh.benchmarkSources().stream().filter(p -> !protectedPaths.contains(p)).forEach(protectedPaths::add);
    return new KaizenConfig("defaults for a Maven project with JMH benchmarks", Optional.of(MAVEN_PREPARE),
        Optional.of(MAVEN_BUILD), evals, GateSettings.DEFAULT, protectedPaths, SandboxConfig.DEFAULT, ModelConfig.DEFAULT,
        BudgetConfig.DEFAULT);
  }

  /** The defaults for a Maven project: its tests as the gate, no target until one is configured. */
  public static KaizenConfig maven() {
    return new KaizenConfig("defaults for a Maven project", Optional.of(MAVEN_PREPARE), Optional.empty(),
        List.of(EvalSpec.junit("tests", MAVEN_TEST)), GateSettings.DEFAULT, KaizenConfig.DEFAULT_PROTECTED,
        SandboxConfig.DEFAULT, ModelConfig.DEFAULT, BudgetConfig.DEFAULT);
  }
}
