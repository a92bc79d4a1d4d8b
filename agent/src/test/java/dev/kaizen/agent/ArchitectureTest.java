package dev.kaizen.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The architecture as docs/architecture.md describes it, checked on the compiled main classes of
 * every module (sandbox, evals, agent) and on their sources: no package cycle, each third-party
 * library inside its adapter package, no two types with one simple name, a package-info on every
 * package, thin CLI commands, and a typed ledger.
 */
class ArchitectureTest {

  /** The repository's root, seen from the agent module (where surefire runs these tests). */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final List<String> MODULES = List.of("sandbox", "evals", "agent");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.kaizen");
    assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
        .as("the main classes of every module are on the test class path")
        .contains("dev.kaizen.sandbox", "dev.kaizen.evals", "dev.kaizen.agent.cli");
  }

  @Test
  void no_package_depends_on_itself_through_other_packages() {
    slices().matching("dev.kaizen.(**)").should().beFreeOfCycles().check(classes);
  }

  @ParameterizedTest(name = "{0} stays in {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "com.fasterxml.jackson..;dev.kaizen.agent.json..,dev.kaizen.evals.jmh..,dev.kaizen.evals.command..",
        "dev.langchain4j..;dev.kaizen.agent.model..",
        "org.eclipse.jgit..;dev.kaizen.agent.workspace..",
        "com.github.javaparser..;dev.kaizen.agent.index..,dev.kaizen.agent.patch..,dev.kaizen.agent.heuristic..,dev.kaizen.agent.trust..",
        "org.yaml.snakeyaml..;dev.kaizen.agent.config..",
        "picocli..;dev.kaizen.agent.cli..",
        "com.knuddels.jtokkit..;dev.kaizen.agent.tokens..",
        "com.github.dockerjava..;dev.kaizen.sandbox.docker..",
        "org.apache.commons.math3..;dev.kaizen.evals.stats..",
      })
  void each_library_stays_inside_its_adapter_packages(String library, String adapters) {
    noClasses()
        .that()
        .resideOutsideOfPackages(adapters.split(","))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(library)
        .check(classes);
  }

  @Test
  void no_two_types_share_a_simple_name() {
    Map<String, List<String>> byName =
        classes.stream()
            .filter(c -> c.isTopLevelClass() && !c.getSimpleName().equals("package-info"))
            .collect(
                Collectors.groupingBy(
                    JavaClass::getSimpleName,
                    TreeMap::new,
                    Collectors.mapping(JavaClass::getName, Collectors.toList())));
    assertThat(
            byName.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getValue))
        .as("types that share a simple name")
        .isEmpty();
  }

  @Test
  void every_package_has_a_package_info() {
    List<String> missing =
        MODULES.stream()
            .flatMap(
                m ->
                    Stream.of(
                        ROOT.resolve(m).resolve("src/main/java"),
                        ROOT.resolve(m).resolve("src/test/java")))
            .filter(Files::isDirectory)
            .flatMap(ArchitectureTest::javaFolders)
            .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
            .map(dir -> ROOT.relativize(dir).toString())
            .toList();
    assertThat(missing).as("packages without a package-info.java").isEmpty();
  }

  @Test
  void the_ledger_publish_and_report_packages_hold_no_untyped_maps() {
    List<String> untyped =
        Stream.of("ledger", "publish", "report")
            .map(p -> ROOT.resolve("agent/src/main/java/dev/kaizen/agent").resolve(p))
            .flatMap(ArchitectureTest::javaFiles)
            .filter(f -> read(f).replaceAll("\\s+", "").contains("Map<String,Object>"))
            .map(f -> ROOT.relativize(f).toString())
            .toList();
    assertThat(untyped)
        .as("files of ledger, publish and report that use Map<String, Object>")
        .isEmpty();
  }

  @Test
  void every_cli_command_is_parse_call_render() {
    List<String> long_ =
        javaFiles(ROOT.resolve("agent/src/main/java/dev/kaizen/agent/cli"))
            .filter(f -> f.getFileName().toString().endsWith("Command.java"))
            .filter(f -> read(f).lines().count() > 120)
            .map(f -> f.getFileName() + " (" + read(f).lines().count() + " lines)")
            .toList();
    assertThat(long_).as("CLI commands over 120 lines").isEmpty();
  }

  private static Stream<Path> javaFolders(Path sourceRoot) {
    try (Stream<Path> dirs = Files.walk(sourceRoot)) {
      return dirs.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> javaFiles(Path dir) {
    if (!Files.isDirectory(dir)) return Stream.empty();
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
