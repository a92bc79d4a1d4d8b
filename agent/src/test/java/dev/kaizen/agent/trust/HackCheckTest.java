package dev.kaizen.agent.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hack check's golden cases: {@code src/test/resources/hackcheck/<id>/<case>.after.java}, with
 * {@code <case>.before.java} when the file exists in the baseline. Each after file starts with one
 * {@code // expect: <reason>} line per refusal the check must give, in order, or {@code // expect:
 * nothing}. Every pattern has cases that must hit and cases that must not.
 */
class HackCheckTest {

  static final String PATH = "src/main/java/demo/Subject.java";

  /** The baseline's judged classes in every golden case. */
  static final Set<String> JUDGED =
      Set.of("ReportTest", "demo.ReportTest", "ParseBench", "demo.bench.ParseBench");

  /**
   * The baseline's judged inputs in every golden case: the benchmark's input, a test's expected
   * output, and two literals too ordinary to count (a power of two, a short separator).
   */
  static final Set<String> INPUTS = Set.of("n:20000", "s:0,1,2,3,", "n:1024", "s:, ");

  record GoldenCase(String name, Optional<String> before, String after, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Path resource(String folder) {
    try {
      return Path.of(HackCheckTest.class.getResource("/" + folder).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<GoldenCase> goldenCases() {
    try (Stream<Path> files = Files.walk(resource("hackcheck"))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".after.java"))
          .sorted()
          .map(HackCheckTest::goldenCase)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GoldenCase goldenCase(Path after) {
    String file = after.getFileName().toString();
    String stem = file.substring(0, file.length() - ".after.java".length());
    Path before = after.resolveSibling(stem + ".before.java");
    String text = read(after);
    List<String> expected =
        text.lines()
            .takeWhile(l -> l.startsWith("// expect: "))
            .map(l -> l.substring("// expect: ".length()))
            .filter(l -> !l.equals("nothing"))
            .toList();
    return new GoldenCase(
        after.getParent().getFileName() + "/" + stem,
        Files.exists(before) ? Optional.of(read(before)) : Optional.empty(),
        text,
        expected);
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> reasons(Optional<String> before, String after) {
    return HackCheck.findings(
            List.of(new ChangedSource(PATH, before, Optional.of(after))), JUDGED, INPUTS)
        .stream()
        .map(f -> f.reason("the patch"))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenCases")
  void each_golden_case_gives_exactly_its_expected_refusals(GoldenCase c) {
    assertThat(reasons(c.before(), c.after()))
        .as("refusals for %s", c.name())
        .containsExactlyElementsOf(c.expected());
  }

  @Test
  void every_pattern_has_three_cases_that_must_hit_and_three_that_must_not() {
    List<GoldenCase> cases = goldenCases();
    for (String id : HackPattern.ids()) {
      List<GoldenCase> own = cases.stream().filter(c -> c.name().startsWith(id + "/")).toList();
      assertThat(
              own.stream()
                  .filter(
                      c -> c.expected().stream().anyMatch(r -> r.endsWith("[hack: " + id + "]"))))
          .as("cases of %s that must hit", id)
          .hasSizeGreaterThanOrEqualTo(3);
      assertThat(own.stream().filter(c -> c.expected().isEmpty()))
          .as("cases of %s that must not hit", id)
          .hasSizeGreaterThanOrEqualTo(3);
    }
    assertThat(cases.stream().map(c -> c.name().substring(0, c.name().indexOf('/'))).distinct())
        .as("every case folder is a pattern id")
        .allMatch(HackPattern.ids()::contains);
  }

  @Test
  void the_offline_rules_golden_rewrites_add_no_hack() throws IOException {
    List<Path> afters;
    try (Stream<Path> files = Files.walk(resource("heuristic"))) {
      afters =
          files.filter(f -> f.getFileName().toString().endsWith(".after.java")).sorted().toList();
    }
    assertThat(afters).as("the heuristic golden cases").hasSizeGreaterThan(20);
    for (Path after : afters) {
      String stem = after.getFileName().toString().replace(".after.java", "");
      Optional<String> before = Optional.of(read(after.resolveSibling(stem + ".before.java")));
      assertThat(reasons(before, read(after))).as("hacks found in %s", after).isEmpty();
    }
  }

  @Test
  void the_reason_names_the_file_the_construct_the_method_and_the_id() {
    String before = "package a;\n\nclass B {\n  void run() {}\n}\n";
    String after =
        "package a;\n\nclass B {\n  void run() {\n"
            + "    Runtime.getRuntime().addShutdownHook(new Thread(() -> {}));\n  }\n}\n";

    List<HackFinding> found =
        HackCheck.findings(
            List.of(
                new ChangedSource(
                    "src/main/java/a/B.java", Optional.of(before), Optional.of(after))),
            Set.of());

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.id()).isEqualTo("shutdown-hook");
              assertThat(f.construct()).isEqualTo("Runtime.addShutdownHook");
              assertThat(f.method()).contains("B.run");
              assertThat(f.reason("the patch"))
                  .isEqualTo(
                      "refused: the patch adds a shutdown hook (Runtime.addShutdownHook) to"
                          + " src/main/java/a/B.java in B.run [hack: shutdown-hook]");
            });
  }

  @Test
  void test_and_benchmark_sources_are_not_checked() {
    String exits = "class T {\n  void t() {\n    System.exit(0);\n  }\n}\n";
    List<ChangedSource> changes =
        Stream.of(
                "src/test/java/demo/T.java",
                "core/src/test/java/demo/T.java",
                "src/jmh/java/demo/T.java",
                "bench/src/jmh/java/demo/T.java")
            .map(p -> new ChangedSource(p, Optional.empty(), Optional.of(exits)))
            .toList();

    assertThat(HackCheck.findings(changes, JUDGED)).isEmpty();
    assertThat(
            HackCheck.findings(
                List.of(
                    new ChangedSource(
                        "core/src/main/java/demo/T.java", Optional.empty(), Optional.of(exits))),
                JUDGED))
        .extracting(HackFinding::id)
        .containsExactly("exit");
  }

  @Test
  void files_that_are_not_java_deleted_or_unparsable_give_nothing() {
    String exits = "class T {\n  void t() {\n    System.exit(0);\n  }\n}\n";
    assertThat(
            HackCheck.findings(
                List.of(
                    new ChangedSource(
                        "src/main/resources/T.txt", Optional.empty(), Optional.of(exits)),
                    new ChangedSource("src/main/java/T.java", Optional.of(exits), Optional.empty()),
                    new ChangedSource(
                        "src/main/java/U.java",
                        Optional.empty(),
                        Optional.of(exits.replace("exit(0);", "exit(0)")))),
                JUDGED))
        .isEmpty();
  }

  @Test
  void the_ids_are_stable() {
    assertThat(HackPattern.ids())
        .containsExactly(
            "shutdown-hook",
            "exit",
            "stack-inspection",
            "clock",
            "environment",
            "static-memo",
            "judged-reference",
            "reflection",
            "judged-input");
  }
}
