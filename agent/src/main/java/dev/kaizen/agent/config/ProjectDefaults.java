package dev.kaizen.agent.config;

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

  private ProjectDefaults() {}

  /** The defaults for the tree at {@code root}. */
  public static KaizenConfig detect(Path root) {
    if (Files.isRegularFile(root.resolve("pom.xml"))) return maven();
    return new KaizenConfig("defaults (no build detected)", Optional.empty(), Optional.empty(), List.of(),
        GateSettings.DEFAULT, KaizenConfig.DEFAULT_PROTECTED, SandboxConfig.DEFAULT, ModelConfig.DEFAULT,
        BudgetConfig.DEFAULT);
  }

  /** The defaults for a Maven project: its tests as the gate, no target until one is configured. */
  public static KaizenConfig maven() {
    return new KaizenConfig("defaults for a Maven project", Optional.of(MAVEN_PREPARE), Optional.empty(),
        List.of(EvalSpec.junit("tests", MAVEN_TEST)), GateSettings.DEFAULT, KaizenConfig.DEFAULT_PROTECTED,
        SandboxConfig.DEFAULT, ModelConfig.DEFAULT, BudgetConfig.DEFAULT);
  }
}
