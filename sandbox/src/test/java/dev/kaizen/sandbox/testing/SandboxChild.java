package dev.kaizen.sandbox.testing;

import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.docker.DockerBackend;
import dev.kaizen.sandbox.docker.DockerSandbox;
import dev.kaizen.sandbox.process.ProcessBackend;
import dev.kaizen.sandbox.process.ProcessSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A stand-in for a Kaizen process, run in a child JVM by the attack tests: it opens a sandbox of
 * the named backend and runs one command in it, so that the test can plant things in its
 * environment or kill it.
 *
 * <p>Arguments: the backend ({@code docker}, {@code process-plain}, {@code process-bubblewrap}) and
 * the task: {@code env} runs {@code env}, then reads every environment in {@code /proc} (see {@link
 * #READ_ENVIRONMENTS}), and prints what the command saw between {@link #ENV_BEGIN} and {@link
 * #ENV_END}, after {@link #HOST_SECRET} saying whether this JVM itself had {@link
 * #SECRET_VARIABLE}; {@code nap <seconds>} runs {@code sleep <seconds>} until it is killed (the
 * task is not called sleep so that this JVM's own command line never matches {@code sleep
 * <seconds>}).
 */
public final class SandboxChild {

  public static final String SECRET_VARIABLE = "KAIZEN_TEST_SECRET";
  public static final String HOST_SECRET = "host-has-secret=";
  public static final String ENV_BEGIN = "--- env in the sandbox ---";
  public static final String ENV_END = "--- end of env ---";

  /**
   * What the {@code env} task runs: the command's own environment, then every environment it can
   * read in {@code /proc}, its parent's last (on a shared host, the parent is Kaizen).
   */
  static final String READ_ENVIRONMENTS =
      "env; for f in /proc/[0-9]*/environ; do tr '\\0' '\\n' < \"$f\"; done 2>/dev/null;"
          + " tr '\\0' '\\n' < /proc/$PPID/environ 2>/dev/null; exit 0";

  private SandboxChild() {}

  public static void main(String[] args) throws Exception {
    String backend = args[0];
    String task = args[1];
    Path tree =
        Files.createTempDirectory(
            Files.createDirectories(Path.of("target", "child-trees")), "tree-");
    try (Sandbox sandbox = open(backend)) {
      if (task.equals("env")) {
        System.out.println(HOST_SECRET + (System.getenv(SECRET_VARIABLE) != null));
        ExecResult result =
            sandbox.exec(Command.shell(READ_ENVIRONMENTS), tree, TestSandboxes.LIMITS);
        System.out.println("exit=" + result.exitCode());
        System.out.println(ENV_BEGIN);
        System.out.print(result.stdout());
        System.out.println(ENV_END);
      } else if (task.equals("nap")) {
        System.out.println("running sleep " + args[2]);
        System.out.flush();
        sandbox.exec(
            Command.of("sleep", args[2]),
            tree,
            TestSandboxes.LIMITS.withTimeout(Duration.ofMinutes(10)));
      } else {
        throw new IllegalArgumentException("unknown task " + task);
      }
    }
    System.exit(0);
  }

  private static Sandbox open(String backend) {
    var settings =
        new SandboxSettings(
            switch (backend) {
              case "docker" -> DockerBackend.NAME;
              case "process-plain" -> ProcessBackend.UNSAFE_NAME;
              default -> ProcessBackend.NAME;
            },
            SandboxSettings.HOST_IMAGE,
            Optional.empty(),
            TestSandboxes.STATE_DIRECTORY,
            TestSandboxes.LIMITS);
    return switch (backend) {
      case "docker" -> DockerSandbox.open(settings);
      case "process-plain" -> ProcessSandbox.plain(settings);
      case "process-bubblewrap" -> ProcessSandbox.bubblewrap(settings);
      default -> throw new IllegalArgumentException("unknown backend " + backend);
    };
  }
}
