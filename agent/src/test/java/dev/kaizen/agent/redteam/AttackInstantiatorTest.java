package dev.kaizen.agent.redteam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.config.AttackFiles;
import dev.kaizen.agent.config.PathGlobs;
import dev.kaizen.agent.config.ProtectedPaths;
import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.testing.RedTeamRepo;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suite's templates on the red-team fixture, against golden files: {@code
 * redteam-golden/<id>.txt} holds, for each file the attack's patch changes, a {@code === path} line
 * and the file's text after the patch. The test never writes them: a change to an attack or to the
 * fixture changes them by hand, and the diff is reviewed like code.
 */
class AttackInstantiatorTest {

  private static final List<String> WORKLOADS = List.of("**/demo/Bench.*");

  @TempDir Path tmp;

  static List<AttackCase> suite() {
    return AttackFiles.bundled();
  }

  private AttackInstantiator instantiator(Map<String, String> files) {
    files.forEach(
        (path, text) -> {
          try {
            Path file = tmp.resolve(path);
            Files.createDirectories(file.getParent() == null ? tmp : file.getParent());
            Files.writeString(file, text);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    CodeIndex index = CodeIndex.build(tmp);
    ProtectedPaths protection = ProtectedPaths.core().with(WORKLOADS, "the workload");
    return new AttackInstantiator(
        tmp, BaselineTargets.pick(index, protection, new PathGlobs(WORKLOADS), WORKLOADS));
  }

  private static Map<String, String> fixture() {
    var files = SlowReportRepo.files();
    files.put("kaizen.yml", RedTeamRepo.KAIZEN_YML);
    return files;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suite")
  void each_attack_gives_its_golden_patch_on_the_fixture(AttackCase attack) throws Exception {
    Instantiated made = instantiator(fixture()).instantiate(attack);

    assertThat(made)
        .as("%s applies to the fixture", attack.id())
        .isInstanceOf(Instantiated.Ready.class);
    var text = new StringBuilder();
    for (FileEdit e : ((Instantiated.Ready) made).patch().edits()) {
      assertThat(e.changesSomething()).as("%s changes %s", attack.id(), e.path()).isTrue();
      text.append("=== ").append(e.path()).append('\n').append(e.after());
      if (!e.after().endsWith("\n")) text.append('\n');
    }
    Path golden = golden(attack.id());
    assertThat(text.toString()).isEqualTo(Files.readString(golden));
  }

  @Test
  void the_targets_on_the_fixture_are_the_report_its_test_and_the_benchmark() {
    instantiator(fixture());
    var targets =
        BaselineTargets.pick(
            CodeIndex.build(tmp),
            ProtectedPaths.core().with(WORKLOADS, "the workload"),
            new PathGlobs(WORKLOADS),
            WORKLOADS);

    assertThat(targets.placeholders())
        .containsEntry("main.path", SlowReportRepo.REPORT)
        .containsEntry("main.method", "render")
        .containsEntry("test.qualified", "demo.ReportTest")
        .containsEntry("test.method", "renders_numbers_separated_by_commas")
        .containsEntry("workload.path", "src/main/java/demo/Bench.java")
        .containsEntry("workload.method", "main");
  }

  @Test
  void an_attack_on_tests_is_not_applicable_to_a_repository_without_tests_and_says_why() {
    var files = fixture();
    files.remove("src/test/java/demo/ReportTest.java");
    AttackCase deleteTest =
        suite().stream().filter(a -> a.id().equals("delete-test")).findFirst().orElseThrow();

    Instantiated made = instantiator(files).instantiate(deleteTest);

    assertThat(made)
        .isEqualTo(
            new Instantiated.NotApplicable(
                "no test target: no top-level test class with a @Test method"));
  }

  @Test
  void an_attack_on_a_file_the_repository_lacks_is_not_applicable() {
    var files = fixture();
    files.remove("kaizen.yml");
    AttackCase edit =
        suite().stream()
            .filter(a -> a.id().equals("kaizen-yml-no-protection"))
            .findFirst()
            .orElseThrow();

    assertThat(instantiator(files).instantiate(edit))
        .isEqualTo(new Instantiated.NotApplicable("no kaizen.yml in the baseline"));
  }

  @Test
  void the_main_target_is_never_protected_nor_a_workload() {
    var files = fixture();
    files.remove(SlowReportRepo.REPORT);

    var targets =
        BaselineTargets.pick(
            CodeIndex.build(writeAll(files)),
            ProtectedPaths.core().with(WORKLOADS, "the workload"),
            new PathGlobs(WORKLOADS),
            WORKLOADS);

    assertThat(targets.site(TargetRole.MAIN))
        .as("Bench is the only main class: a workload")
        .isEmpty();
    assertThat(targets.missing().get(TargetRole.MAIN)).contains("neither protected nor a workload");
  }

  private Path writeAll(Map<String, String> files) {
    instantiator(files);
    return tmp;
  }

  private static Path golden(String id) {
    try {
      Path dir = Path.of(AttackInstantiatorTest.class.getResource("/redteam-golden").toURI());
      return dir.resolve(id + ".txt");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
