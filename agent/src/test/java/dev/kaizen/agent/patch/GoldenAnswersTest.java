package dev.kaizen.agent.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden model answers, read from {@code src/test/resources/patch/<case>/}: {@code answer.md} is
 * applied with {@link ModelAnswers#toPatch} to the files under {@code before/}; the result must be
 * exactly the files under {@code after/} (the changed and created ones), or, when the case has a
 * {@code failure.txt}, must fail with exactly that repair message. {@code case.properties} says
 * which {@code format} the answer must be detected as ({@code none} for none), and optionally
 * {@code crlf=true} (the before and after files get Windows line endings), {@code newFiles=true}
 * and {@code target=<path>}.
 */
class GoldenAnswersTest {

  @TestFactory
  Stream<DynamicTest> every_golden_answer_gives_exactly_its_after_files_or_its_repair_message() {
    return cases()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @TestFactory
  Stream<DynamicTest> every_case_expects_either_after_files_or_a_failure() {
    return cases()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () ->
                        assertThat(
                                Files.isDirectory(dir.resolve("after"))
                                    ^ Files.exists(dir.resolve("failure.txt")))
                            .as("%s has exactly one of after/ and failure.txt", dir.getFileName())
                            .isTrue()));
  }

  private static void check(Path dir) throws IOException {
    Properties props = properties(dir);
    boolean crlf = Boolean.parseBoolean(props.getProperty("crlf", "false"));
    Map<String, String> before = files(dir.resolve("before"), crlf);
    var options =
        new ApplyOptions(
            Boolean.parseBoolean(props.getProperty("newFiles", "false")),
            Optional.ofNullable(props.getProperty("target")));
    String answer = Files.readString(dir.resolve("answer.md"));

    PatchResult result = ModelAnswers.toPatch(answer, FileTexts.of(before), options);

    String format = props.getProperty("format");
    assertThat(format).as("case.properties names the format").isNotNull();
    Optional<EditFormat> detected = EditFormat.detect(answer);
    assertThat(detected.map(Enum::name).orElse("none")).as("detected format").isEqualTo(format);
    if (Files.exists(dir.resolve("failure.txt"))) {
      assertThat(result).as("the answer must fail").isInstanceOf(PatchResult.Failed.class);
      var failed = (PatchResult.Failed) result;
      assertThat(failed.format()).isEqualTo(detected);
      assertThat(RepairMessage.render(failed))
          .as("repair message")
          .isEqualTo(Files.readString(dir.resolve("failure.txt")));
      return;
    }
    assertThat(result)
        .as("the answer must apply, but: %s", result)
        .isInstanceOf(PatchResult.Applied.class);
    var applied = (PatchResult.Applied) result;
    assertThat(applied.format()).hasToString(format);
    Map<String, String> expected = files(dir.resolve("after"), crlf);
    Map<String, String> actual =
        applied.patch().edits().stream()
            .collect(Collectors.toMap(FileEdit::path, FileEdit::after, (a, b) -> a, TreeMap::new));
    assertThat(actual.keySet())
        .as("the changed files")
        .containsExactlyElementsOf(expected.keySet());
    for (String path : expected.keySet()) {
      assertThat(actual.get(path)).as("%s after the edits", path).isEqualTo(expected.get(path));
      if (crlf)
        assertThat(actual.get(path).replace("\r\n", ""))
            .as("no bare line feed in %s", path)
            .doesNotContain("\n");
      if (path.endsWith(".java"))
        assertThat(JavaSyntax.problem(path, actual.get(path))).as("%s parses", path).isEmpty();
    }
    for (FileEdit edit : applied.patch().edits()) {
      assertThat(edit.before())
          .as("before of %s", edit.path())
          .isEqualTo(before.getOrDefault(edit.path(), ""));
    }
    assertThat(applied.newFiles())
        .as("new files")
        .containsExactlyInAnyOrderElementsOf(
            expected.keySet().stream().filter(p -> !before.containsKey(p)).toList());
  }

  private static Stream<Path> cases() {
    try {
      Path root = Path.of(GoldenAnswersTest.class.getResource("/patch").toURI());
      try (Stream<Path> dirs = Files.list(root)) {
        return dirs.filter(Files::isDirectory).sorted().toList().stream();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Properties properties(Path dir) throws IOException {
    var props = new Properties();
    Path file = dir.resolve("case.properties");
    if (Files.exists(file)) {
      try (Reader in = Files.newBufferedReader(file)) {
        props.load(in);
      }
    }
    return props;
  }

  /** The files under a folder by their path relative to it; empty when there is no such folder. */
  static Map<String, String> files(Path root, boolean crlf) throws IOException {
    var files = new TreeMap<String, String>();
    if (!Files.isDirectory(root)) return files;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        String text = Files.readString(f);
        if (crlf) text = text.replace("\r\n", "\n").replace("\n", "\r\n");
        files.put(root.relativize(f).toString().replace('\\', '/'), text);
      }
    }
    return files;
  }
}
