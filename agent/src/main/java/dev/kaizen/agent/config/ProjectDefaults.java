package dev.kaizen.agent.config;

import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.evals.EvalSuggestion;
import dev.kaizen.evals.GateSettings;
import dev.kaizen.evals.types.EvalTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a repository's settings are when its {@code kaizen.yml} leaves them out, from what its tree
 * shows (a Maven build, for now).
 */
public final class ProjectDefaults {

  /**
   * Fills the local Maven repository with everything {@code package} and {@code test} need, running
   * no test: surefire resolves its provider for a tag no test has.
   */
  public static final String MAVEN_PREPARE =
      "mvn -B -q package -Dgroups=kaizen-prepare-runs-no-test -Dsurefire.failIfNoSpecifiedTests=false";

  public static final String MAVEN_BUILD = "mvn -o -B -q -DskipTests package";

  public static final String MAVEN_TEST = "mvn -o -B -q test";

  private ProjectDefaults() {}

  /** The defaults for the tree at {@code root}, with the evals the standard types propose. */
  public static KaizenConfig detect(Path root) {
    return detect(root, EvalTypes.standard());
  }

  /**
   * The defaults for the tree at {@code root}: a Maven project's tests, and the evals {@code types}
   * propose for it (its JMH benchmarks as targets when a module depends on jmh-core).
   */
  public static KaizenConfig detect(Path root, EvalTypes types) {
    if (Files.isRegularFile(root.resolve("pom.xml"))) {
      List<EvalSuggestion> suggested = types.suggest(root);
      return suggested.isEmpty() ? maven() : mavenWith(suggested);
    }
    return new KaizenConfig(
        "defaults (no build detected)",
        Optional.empty(),
        Optional.empty(),
        List.of(),
        GateSettings.DEFAULT,
        List.of(),
        SandboxConfig.DEFAULT,
        ModelConfig.DEFAULT,
        BudgetConfig.DEFAULT);
  }

  /**
   * The defaults for a Maven project with the suggested evals (its JMH benchmarks, say): they are
   * measured after its tests, and the files they run are protected.
   */
  public static KaizenConfig mavenWith(List<EvalSuggestion> suggested) {
    var evals = new ArrayList<>(List.of(EvalTypes.junit("tests", MAVEN_TEST)));
    suggested.forEach(s -> evals.add(s.eval()));
    var protectedPaths = new ArrayList<String>();
    suggested.forEach(
        s ->
            s.protectedPaths().stream()
                .filter(p -> !protectedPaths.contains(p))
                .forEach(protectedPaths::add));
    return new KaizenConfig(
        "defaults for a Maven project with " + found(suggested),
        Optional.of(MAVEN_PREPARE),
        Optional.of(MAVEN_BUILD),
        evals,
        GateSettings.DEFAULT,
        protectedPaths,
        SandboxConfig.DEFAULT,
        ModelConfig.DEFAULT,
        BudgetConfig.DEFAULT);
  }

  /** "JMH benchmarks", or "JMH benchmarks and …" when several types found something. */
  public static String found(List<EvalSuggestion> suggested) {
    return String.join(" and ", suggested.stream().map(EvalSuggestion::found).toList());
  }

  /** The defaults for a Maven project: its tests as the gate, no target until one is configured. */
  public static KaizenConfig maven() {
    return new KaizenConfig(
        "defaults for a Maven project",
        Optional.of(MAVEN_PREPARE),
        Optional.empty(),
        List.of(EvalTypes.junit("tests", MAVEN_TEST)),
        GateSettings.DEFAULT,
        List.of(),
        SandboxConfig.DEFAULT,
        ModelConfig.DEFAULT,
        BudgetConfig.DEFAULT);
  }
}
