package dev.kaizen.agent.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.index.LineRange;
import dev.kaizen.agent.index.MethodInfo;
import dev.kaizen.agent.profile.fixture.Spinner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Hotspots} on a real recording: {@link Spinner} runs for a few seconds in a child JVM under
 * Java Flight Recorder, and its own source file is indexed as the main code of a small tree.
 * Assertions are about ranking and majorities only, never exact sample counts.
 */
class HotspotsTest {

  static final String SPINNER_SOURCE = "dev/kaizen/agent/profile/fixture/Spinner.java";
  static final String SPINNER_PATH = "src/main/java/" + SPINNER_SOURCE;
  static final String SPINNER = "dev.kaizen.agent.profile.fixture.Spinner";

  @TempDir static Path shared;
  static Path recording;
  static CodeIndex index;

  @BeforeAll
  static void record_the_spinner() throws Exception {
    Path tree = shared.resolve("tree");
    Path source = tree.resolve(SPINNER_PATH);
    Files.createDirectories(source.getParent());
    Files.copy(Path.of("src/test/java").resolve(SPINNER_SOURCE), source);
    index = CodeIndex.build(tree);

    recording = shared.resolve("spinner.jfr");
    Path classes =
        Path.of(Spinner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording,
                "-Xlog:jfr+startup=error",
                "-cp",
                classes.toString(),
                Spinner.class.getName(),
                "3000")
            .redirectErrorStream(true)
            .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the spinner ended").isTrue();
    assertThat(child.exitValue()).as("the spinner's exit code; it said: %s", output).isZero();
    assertThat(recording).as("the recording").isNotEmptyFile();
  }

  @Test
  void ranks_the_hot_method_first_with_most_of_the_attributed_samples() {
    Profile profile = Hotspots.read(List.of(recording), index, 10);

    assertThat(profile.problems()).isEmpty();
    assertThat(profile.totalSamples()).as("execution samples in 3 s at 10 ms").isGreaterThan(20);
    HotMethod first = profile.methods().get(0);
    assertThat(first.label()).as(profile.render(10)).isEqualTo(SPINNER + "#hot(int n)");
    assertThat(first.path()).isEqualTo(SPINNER_PATH);
    assertThat(first.type()).isEqualTo(SPINNER);
    long attributed = profile.methods().stream().mapToLong(HotMethod::samples).sum();
    assertThat(first.samples())
        .as("hot's samples of all %d attributed; %s", attributed, profile.render(10))
        .isGreaterThan(attributed / 2);
    assertThat(first.share()).isEqualTo(first.samples() / (double) profile.totalSamples());
    assertThat(profile.methods())
        .extracting(HotMethod::samples)
        .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    profile.methods().stream()
        .filter(m -> m.method().name().equals("cold"))
        .findFirst()
        .ifPresent(
            cold -> assertThat(cold.samples()).as("cold's samples").isLessThan(first.samples()));
  }

  @Test
  void attributes_time_inside_a_jdk_call_to_the_project_method_that_made_it() throws Exception {
    var locator = new FrameLocator(index);
    List<RecordedStackTrace> inJdk =
        stacks(s -> topFrame(s).startsWith("java.") && hasFrame(s, SPINNER, "hot"));

    assertThat(inJdk).as("samples taken inside a JDK method that hot called").isNotEmpty();
    assertThat(inJdk)
        .allSatisfy(
            stack ->
                assertThat(locator.attribute(stack))
                    .get()
                    .extracting(site -> site.method().name())
                    .isEqualTo("hot"));
  }

  @Test
  void maps_a_nested_type_by_its_binary_name_and_a_lambda_to_the_method_that_contains_it()
      throws Exception {
    Profile profile = Hotspots.read(List.of(recording), index, 10);

    assertThat(profile.methods())
        .as(profile.render(10))
        .anySatisfy(
            m -> {
              assertThat(m.type()).isEqualTo(SPINNER + ".Nested");
              assertThat(m.label()).isEqualTo(SPINNER + ".Nested#work(int n)");
            });
    var locator = new FrameLocator(index);
    List<RecordedStackTrace> inLambda = stacks(s -> hasFrame(s, SPINNER, "lambda$viaLambda$0"));
    assertThat(inLambda).as("samples taken in viaLambda's lambda").isNotEmpty();
    assertThat(inLambda)
        .allSatisfy(
            stack ->
                assertThat(locator.attribute(stack))
                    .get()
                    .extracting(site -> site.method().name())
                    .isEqualTo("viaLambda"));
  }

  @Test
  void keeps_at_most_the_limit() {
    assertThat(Hotspots.read(List.of(recording), index, 1).methods())
        .singleElement()
        .extracting(HotMethod::label)
        .isEqualTo(SPINNER + "#hot(int n)");
    assertThat(Hotspots.read(List.of(recording), index, 0).methods()).isEmpty();
  }

  @Test
  void counts_samples_of_code_that_is_not_indexed_only_in_the_total() {
    CodeIndex empty = CodeIndex.build(shared.resolve("no-code"));

    Profile profile = Hotspots.read(List.of(recording), empty, 10);

    assertThat(profile.methods()).isEmpty();
    assertThat(profile.totalSamples()).isGreaterThan(20);
    assertThat(profile.problems()).isEmpty();
  }

  @Test
  void does_not_attribute_samples_to_test_code() throws Exception {
    Path tree = shared.resolve("as-test");
    Path source = tree.resolve("src/test/java/" + SPINNER_SOURCE);
    Files.createDirectories(source.getParent());
    Files.copy(Path.of("src/test/java").resolve(SPINNER_SOURCE), source);

    Profile profile = Hotspots.read(List.of(recording), CodeIndex.build(tree), 10);

    assertThat(profile.methods()).isEmpty();
  }

  @Test
  void reports_and_skips_a_corrupt_a_truncated_and_a_missing_recording() throws Exception {
    Path corrupt = Files.writeString(shared.resolve("corrupt.jfr"), "not a flight recording");
    byte[] whole = Files.readAllBytes(recording);
    Path truncated =
        Files.write(shared.resolve("truncated.jfr"), Arrays.copyOf(whole, whole.length / 2));
    Path missing = shared.resolve("missing.jfr");
    Profile alone = Hotspots.read(List.of(recording), index, 10);

    Profile profile = Hotspots.read(List.of(corrupt, recording, truncated, missing), index, 10);

    assertThat(profile.problems()).hasSize(3);
    assertThat(profile.problems().get(0)).startsWith(corrupt + ": not a readable recording");
    assertThat(profile.problems().get(1)).startsWith(truncated + ": not a readable recording");
    assertThat(profile.problems().get(2)).startsWith(missing + ": not a readable recording");
    assertThat(profile.methods().get(0).label()).isEqualTo(SPINNER + "#hot(int n)");
    assertThat(profile.totalSamples())
        .as("the readable recording's samples, and any read before the damage")
        .isGreaterThanOrEqualTo(alone.totalSamples());
  }

  @Test
  void renders_one_line_per_method_for_a_prompt() {
    var render =
        new MethodInfo(
            "demo.Report",
            "render",
            "<T> String render(List<String> rows) throws IOException",
            false,
            new LineRange(41, 58),
            Optional.empty());
    var point =
        new MethodInfo(
            "demo.Shapes.Point", "Point", "Point", true, new LineRange(7, 9), Optional.empty());
    var sum =
        new MethodInfo(
            "demo.Report",
            "sum",
            "int sum(int[] xs)",
            false,
            new LineRange(60, 62),
            Optional.empty());
    var profile =
        new Profile(
            List.of(
                new HotMethod("src/main/java/demo/Report.java", "demo.Report", render, 5, 0.625),
                new HotMethod(
                    "src/main/java/demo/Shapes.java", "demo.Shapes.Point", point, 2, 0.25),
                new HotMethod("src/main/java/demo/Report.java", "demo.Report", sum, 1, 0.125)),
            8,
            List.of());

    assertThat(profile.render(10))
        .isEqualTo(
            """
        62.5%  src/main/java/demo/Report.java  demo.Report#render(List<String> rows)  lines 41-58
        25.0%  src/main/java/demo/Shapes.java  demo.Shapes.Point#Point  lines 7-9
        12.5%  src/main/java/demo/Report.java  demo.Report#sum(int[] xs)  lines 60-62
        """);
    assertThat(profile.render(1))
        .isEqualTo(
            """
        62.5%  src/main/java/demo/Report.java  demo.Report#render(List<String> rows)  lines 41-58
        … 2 more hot methods not shown
        """);
    assertThat(new Profile(List.of(), 0, List.of()).render(10)).isEmpty();
  }

  private static List<RecordedStackTrace> stacks(Predicate<RecordedStackTrace> filter)
      throws Exception {
    var out = new ArrayList<RecordedStackTrace>();
    try (var file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        var event = file.readEvent();
        if (event.getEventType().getName().equals(Hotspots.EXECUTION_SAMPLE)
            && event.getStackTrace() != null
            && filter.test(event.getStackTrace())) {
          out.add(event.getStackTrace());
        }
      }
    }
    return out;
  }

  private static String topFrame(RecordedStackTrace stack) {
    RecordedFrame top = stack.getFrames().get(0);
    return top.getMethod().getType().getName() + "#" + top.getMethod().getName();
  }

  private static boolean hasFrame(RecordedStackTrace stack, String type, String method) {
    return stack.getFrames().stream()
        .anyMatch(
            f ->
                f.getMethod().getType().getName().equals(type)
                    && f.getMethod().getName().equals(method));
  }
}
