package dev.kaizen.agent.config;

import java.util.List;
import java.util.stream.Stream;

/**
 * What every configuration protects, whatever {@code kaizen.yml} says: {@code protected:} adds to
 * it and can never remove from it. A glob without a slash matches at any depth ({@link PathGlobs}).
 *
 * <ul>
 *   <li>build files ({@code pom.xml}, {@code .mvn/}, the Maven and Gradle wrappers, Gradle scripts
 *       and {@code buildSrc/}): they decide what is compiled and tested, so a candidate may add no
 *       source root, plugin, build extension or test option;
 *   <li>Kaizen's settings ({@code kaizen.yml}) and CI;
 *   <li>tests, test fixtures and integration tests with their resources, and the files that
 *       configure the test frameworks (from main resources too: they are on the test class path);
 *   <li>benchmark sources and resources ({@code src/jmh/}).
 * </ul>
 *
 * <p>What each eval runs as its workload is protected too, but depends on the configuration: see
 * {@link KaizenConfig#protection}.
 */
public final class ProtectedCore {

  static final String BUILD =
      "a build file: it decides the source roots, plugins, build extensions and test options";

  static final String EXTENSIONS =
      "it declares Maven build extensions, which run inside every build";

  static final String KAIZEN = "Kaizen's settings: the evals, the gate and the protected paths";

  static final String CI = "CI: it checks what is merged";

  static final String TESTS = "tests and their resources judge the candidate";

  static final String TEST_SETUP =
      "it configures the test framework: which tests run and what runs around them";

  static final String BENCHMARKS = "benchmarks and their resources measure the candidate";

  /** The core, in the order a refusal names the first match. */
  public static final List<ProtectedPath> PATHS =
      Stream.of(
              group(EXTENSIONS, ".mvn/extensions.xml"),
              group(
                  BUILD,
                  "pom.xml",
                  ".mvn",
                  "mvnw",
                  "mvnw.cmd",
                  "*.gradle",
                  "*.gradle.kts",
                  "gradle.properties",
                  "gradlew",
                  "gradlew.bat",
                  "gradle/**",
                  "buildSrc"),
              group(KAIZEN, "kaizen.yml"),
              group(CI, ".github/**", ".ci/**", ".gitlab-ci.yml", ".circleci/**", "Jenkinsfile"),
              group(
                  TESTS,
                  "**/src/test/**",
                  "**/src/*Test/**",
                  "**/src/testFixtures/**",
                  "**/src/it/**"),
              group(
                  TEST_SETUP,
                  "junit-platform.properties",
                  "**/META-INF/services/org.junit.*",
                  "**/META-INF/services/org.testng.*"),
              group(BENCHMARKS, "**/src/jmh/**"))
          .flatMap(List::stream)
          .toList();

  private ProtectedCore() {}

  /** The core's globs, in order. */
  public static List<String> globs() {
    return PATHS.stream().map(ProtectedPath::glob).toList();
  }

  private static List<ProtectedPath> group(String why, String... globs) {
    return Stream.of(globs).map(g -> new ProtectedPath(g, why)).toList();
  }
}
