package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.testing.Docker;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.SlowReportRepo;
import dev.kaizen.sandbox.testing.RequiresDocker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of a session: a real {@code kaizen improve} process gets SIGINT while its
 * second iteration runs in a container.
 */
@RequiresDocker
class InterruptTest {

  @TempDir Path tmp;

  @Test
  void ctrl_c_removes_the_container_keeps_every_finished_iteration_and_leaves_the_tree_alone()
      throws Exception {
    try (GitFixture repo = SlowReportRepo.createWithTwoSlowMethods(tmp.resolve("slow-report"))) {
      String head = repo.head();
      Path output = tmp.resolve("kaizen.log");
      Process kaizen =
          // with SIGINT's default action, even when this JVM was started with SIGINT ignored (as
          // everything a non-interactive shell starts in the background is): the JVM keeps an
          // ignored SIGINT ignored, and Ctrl-C would never reach the session
          new ProcessBuilder(
                  "env",
                  "--default-signal=INT",
                  javaExecutable(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "improve",
                  "--repo",
                  repo.root().toString(),
                  "--iterations",
                  "2")
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      try {
        Path sessions = repo.root().resolve("workspace/sessions");
        // Maven building or testing the second candidate: seconds of work left in the iteration,
        // so the signal lands inside it even on a busy machine.
        boolean inSecondIteration =
            waitFor(
                Duration.ofMinutes(4),
                () ->
                    finishedIterations(sessions) == 1
                        && Docker.sandboxCommandsOf(kaizen.pid()).stream()
                            .anyMatch(command -> command.contains("mvn")));
        assertThat(inSecondIteration)
            .as("a container runs in the second iteration; output:\n%s", read(output))
            .isTrue();

        new ProcessBuilder("kill", "-INT", String.valueOf(kaizen.pid())).start().waitFor();
        assertThat(kaizen.waitFor(60, TimeUnit.SECONDS)).as("kaizen exits after Ctrl-C").isTrue();

        assertThat(
                waitFor(
                    Duration.ofSeconds(10),
                    () -> Docker.sandboxContainersOf(kaizen.pid()).isEmpty()))
            .as("no sandbox container remains: %s", Docker.sandboxContainersOf(kaizen.pid()))
            .isTrue();
        Path session = sessionDir(sessions).orElseThrow();
        assertThat(Files.readString(session.resolve("session.json")))
            .contains("\"status\" : \"interrupted\"");
        List<String> lines =
            Files.readAllLines(session.resolve("iterations.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).as("the finished iteration, complete").hasSize(1);
        assertThat(lines.get(0)).startsWith("{").endsWith("}").contains("\"n\":1");
        assertThat(repo.head()).isEqualTo(head);
        assertThat(repo.currentBranch()).isEqualTo("main");
        assertThat(repo.read(SlowReportRepo.REPORT)).isEqualTo(SlowReportRepo.TWO_SLOW_METHODS);
        assertThat(repo.statusClean()).as("git status").isTrue();
      } finally {
        kaizen.destroyForcibly();
      }
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int finishedIterations(Path sessions) {
    return sessionDir(sessions)
        .map(
            dir -> {
              try {
                Path file = dir.resolve("iterations.jsonl");
                return Files.exists(file)
                    ? (int) Files.readString(file).chars().filter(c -> c == '\n').count()
                    : 0;
              } catch (IOException e) {
                return 0;
              }
            })
        .orElse(0);
  }

  private static Optional<Path> sessionDir(Path sessions) {
    if (!Files.isDirectory(sessions)) return Optional.empty();
    try (Stream<Path> dirs = Files.list(sessions)) {
      return dirs.filter(Files::isDirectory).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean waitFor(Duration limit, java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    Instant end = Instant.now().plus(limit);
    while (Instant.now().isBefore(end)) {
      if (condition.getAsBoolean()) return true;
      Thread.sleep(100);
    }
    return condition.getAsBoolean();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(no output)";
    }
  }
}
