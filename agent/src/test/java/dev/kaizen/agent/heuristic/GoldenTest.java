package dev.kaizen.agent.heuristic;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden before/after tests of every rewrite rule, read from {@code
 * src/test/resources/heuristic/<rule-id>/}: for {@code <case>.before.java} with a {@code
 * <case>.after.java}, the rule must fire, and rewriting its first place again and again until it
 * finds nothing more must give exactly the after file (every step must still parse); a {@code
 * <case>.before.java} without an after file must not fire at all. The rules are the registered ones
 * ({@link RewriteRules#standard()}): a registered rule without its golden folder, or without enough
 * cases of either kind, fails here.
 */
class GoldenTest {

  private static final RewriteRules RULES = RewriteRules.standard();
  private static final int MAX_STEPS = 10;

  @TestFactory
  Stream<DynamicContainer> every_rule_rewrites_its_golden_cases_exactly() {
    return rules()
        .map(
            rule ->
                DynamicContainer.dynamicContainer(
                    rule.id(),
                    cases(rule.id())
                        .map(
                            before ->
                                DynamicTest.dynamicTest(
                                    caseName(before), () -> check(rule, before)))));
  }

  @TestFactory
  Stream<DynamicTest> every_rule_has_positive_and_must_not_fire_cases() {
    return rules()
        .map(RewriteRule::id)
        .map(
            id ->
                DynamicTest.dynamicTest(
                    id,
                    () -> {
                      List<Path> befores = cases(id).toList();
                      assertThat(befores)
                          .as("cases of " + id)
                          .filteredOn(b -> Files.exists(after(b)))
                          .hasSizeGreaterThanOrEqualTo(5);
                      assertThat(befores)
                          .as("must-not-fire cases of " + id)
                          .filteredOn(b -> !Files.exists(after(b)))
                          .hasSizeGreaterThanOrEqualTo(5);
                    }));
  }

  private static void check(RewriteRule rule, Path beforeFile) {
    String before = read(beforeFile);
    CompilationUnit unit =
        Parsing.parse(before).orElseThrow(() -> new AssertionError(beforeFile + " does not parse"));
    List<Place> places = rule.find(unit);
    Path afterFile = after(beforeFile);
    if (!Files.exists(afterFile)) {
      assertThat(places)
          .as("%s must not fire on %s", rule.id(), beforeFile.getFileName())
          .isEmpty();
      return;
    }
    assertThat(places).as("%s must fire on %s", rule.id(), beforeFile.getFileName()).isNotEmpty();
    String text = before;
    for (int step = 1; !places.isEmpty(); step++) {
      assertThat(step)
          .as("%s keeps firing on %s: %s", rule.id(), beforeFile.getFileName(), places)
          .isLessThanOrEqualTo(MAX_STEPS);
      RewriteResult result = rule.rewrite(text, places.get(0));
      assertThat(result.problem()).as("problem rewriting %s", places.get(0)).isEmpty();
      text = result.text().orElseThrow();
      Optional<String> problem = Parsing.problem(text);
      assertThat(problem).as("the rewritten file parses, step %d:%n%s", step, text).isEmpty();
      places = rule.find(Parsing.parse(text).orElseThrow());
    }
    assertThat(text).as("rewritten %s", beforeFile.getFileName()).isEqualTo(read(afterFile));
  }

  @Test
  void every_registered_rule_has_a_golden_folder_with_cases_that_must_and_must_not_fire() {
    assertThat(GoldenCases.missing(RULES, GoldenCases.root()))
        .as("golden cases missing for registered rules")
        .isEmpty();
  }

  /** The registered rules, by id. */
  private static Stream<RewriteRule> rules() {
    return RULES.all().stream().sorted(Comparator.comparing(RewriteRule::id));
  }

  private static Stream<Path> cases(String ruleId) {
    return GoldenCases.befores(GoldenCases.root(), ruleId).stream();
  }

  private static String caseName(Path before) {
    String name = before.getFileName().toString();
    String label = name.substring(0, name.length() - ".before.java".length());
    return Files.exists(after(before)) ? label : label + " (must not fire)";
  }

  private static Path after(Path before) {
    return GoldenCases.after(before);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
