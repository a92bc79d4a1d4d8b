package dev.kaizen.agent.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.evals.TestFailure;
import dev.kaizen.evals.TestReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineChecksTest {

  static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  static final String SUITE = "00112233445566778899aabbccddeeff";

  @TempDir Path workspace;

  static TestReport passing() {
    return new TestReport(
        3,
        0,
        0,
        1,
        List.of(),
        new TreeSet<>(List.of("demo.ATest#a", "demo.ATest#b", "demo.ATest#c")),
        new TreeSet<>(List.of("demo.ATest#c")));
  }

  @Test
  void a_stored_result_is_found_again_for_the_same_commit_and_suite_only() {
    var cache = new BaselineChecks(workspace);

    cache.store(COMMIT, SUITE, passing());

    assertThat(cache.find(COMMIT, SUITE)).contains(passing());
    assertThat(cache.find(COMMIT, "ffffffffffffffffffffffffffffffff"))
        .as("another suite")
        .isEmpty();
    assertThat(cache.find("1123456789abcdef0123456789abcdef01234567", SUITE))
        .as("another commit")
        .isEmpty();
  }

  @Test
  void an_unreadable_entry_is_a_miss() throws Exception {
    var cache = new BaselineChecks(workspace);
    cache.store(COMMIT, SUITE, passing());
    try (var files = Files.walk(workspace)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) Files.writeString(f, "{\"run\": ");
    }

    assertThat(cache.find(COMMIT, SUITE)).isEmpty();
  }

  @Test
  void failing_results_are_never_cached() {
    var failing =
        new TestReport(
            1,
            1,
            0,
            0,
            List.of(new TestFailure("demo.ATest#a", "boom")),
            new TreeSet<>(List.of("demo.ATest#a")));

    assertThatThrownBy(() -> new BaselineChecks(workspace).store(COMMIT, SUITE, failing))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
