package dev.kaizen.benchmarks;

import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.SandboxUnavailableException;
import dev.kaizen.sandbox.docker.DockerBackend;
import dev.kaizen.sandbox.process.ProcessSandbox;
import dev.kaizen.sandbox.support.Directories;
import dev.kaizen.sandbox.testing.MavenFixture;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Measures what the sandbox costs on this machine and prints the figures as Markdown.
 *
 * <ol>
 *   <li>A trivial command ({@code /bin/true}) run through each backend: create, start, wait and
 *       remove for Docker; median and p90 over {@code --trivial-runs}.
 *   <li>The sandbox tests' fixture Maven project ({@link MavenFixture}: one class and one JUnit
 *       test) built with {@code mvn -o -B -q test} directly on the host and in the Docker sandbox
 *       (with as many CPUs as the host, and with the default limit of one), a fresh copy for every
 *       run, the order alternating between rounds; medians over {@code --maven-runs}, after one
 *       warm-up round that is not counted.
 * </ol>
 *
 * <p>Run it with {@value #COMMAND} on a machine with a Docker engine and the host's {@code mvn}.
 * Options: {@code --trivial-runs N} (30), {@code --maven-runs N} (5), {@code --repository DIR} (the
 * Maven repository; {@code -Dmaven.repo.local} or {@code ~/.m2/repository}), {@code --state DIR}
 * (the sandbox's state, as the agent keeps it: {@code ~/.cache/kaizen/sandbox}).
 */
public final class SandboxBenchmark {

  /** How to run it from the root of a packaged build. */
  static final String COMMAND =
      "java -cp benchmarks/target/kaizen-benchmarks.jar:agent/target/kaizen.jar"
          + " dev.kaizen.benchmarks.SandboxBenchmark";

  private final PrintStream out;
  private final Options options;

  private SandboxBenchmark(PrintStream out, Options options) {
    this.out = out;
    this.options = options;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the benchmark; 0 when every run succeeded, 2 for bad options, 1 when a run failed. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("SandboxBenchmark: " + e.getMessage());
      err.println(
          "usage: SandboxBenchmark [--trivial-runs N] [--maven-runs N] [--repository DIR]"
              + " [--state DIR]");
      return 2;
    }
    try {
      new SandboxBenchmark(out, options).measure(String.join(" ", args));
      return 0;
    } catch (RuntimeException | IOException e) {
      err.println("SandboxBenchmark: " + e.getMessage());
      e.printStackTrace(err);
      return 1;
    }
  }

  /** The options, with their defaults. */
  record Options(int trivialRuns, int mavenRuns, Path repository, Path state) {

    static Options parse(String[] args) {
      int trivial = 30;
      int maven = 5;
      Path repository =
          Path.of(
              System.getProperty(
                  "maven.repo.local",
                  Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
      Path state = Path.of(System.getProperty("user.home"), ".cache", "kaizen", "sandbox");
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        if (value == null) throw new IllegalArgumentException(args[i] + " needs a value");
        switch (args[i]) {
          case "--trivial-runs" -> trivial = positive(args[i], value);
          case "--maven-runs" -> maven = positive(args[i], value);
          case "--repository" -> repository = Path.of(value);
          case "--state" -> state = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
        i++;
      }
      return new Options(trivial, maven, repository.toAbsolutePath(), state.toAbsolutePath());
    }

    private static int positive(String option, String value) {
      try {
        int n = Integer.parseInt(value);
        if (n > 0) return n;
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(option + " needs a positive number, not " + value);
    }
  }

  private void measure(String arguments) throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    var settings =
        new SandboxSettings(
            DockerBackend.NAME,
            SandboxSettings.HOST_IMAGE,
            Optional.of(options.repository()),
            options.state(),
            Limits.DEFAULT);
    Path work = Files.createTempDirectory("kaizen-benchmark-");
    String bubblewrapVerdict;
    ProcessSandbox bubblewrapOrNull;
    try {
      bubblewrapOrNull = ProcessSandbox.bubblewrap(settings);
      bubblewrapVerdict = bubblewrapOrNull.modeReason();
    } catch (SandboxUnavailableException e) {
      bubblewrapOrNull = null;
      bubblewrapVerdict = e.getMessage();
    }
    try (Sandbox docker = new DockerBackend().open(settings);
        ProcessSandbox bubblewrap = bubblewrapOrNull;
        ProcessSandbox plain = ProcessSandbox.plain(settings)) {
      header(arguments, cores, bubblewrapVerdict);
      var trivial = new LinkedHashMap<String, Stats>();
      trivial.put("docker (host image)", trivial(docker, work));
      if (bubblewrap != null) {
        trivial.put("process, bubblewrap", trivial(bubblewrap, work));
      }
      trivial.put("process, plain", trivial(plain, work));
      printTrivial(trivial);
      Limits allCores = Limits.DEFAULT.withCpus(cores).withTimeout(Duration.ofMinutes(5));
      Limits oneCore = Limits.DEFAULT.withTimeout(Duration.ofMinutes(5));
      var maven = new LinkedHashMap<String, Supplier<Duration>>();
      maven.put("host (no sandbox)", () -> mavenOnHost(work));
      maven.put("docker, cpus " + cores, () -> mavenIn(docker, allCores, work));
      maven.put("docker, cpus 1 (default limit)", () -> mavenIn(docker, oneCore, work));
      if (bubblewrap != null) {
        maven.put("process, bubblewrap", () -> mavenIn(bubblewrap, allCores, work));
      }
      printMaven(alternating(maven), trivial.get("docker (host image)"), cores);
    } finally {
      Directories.deleteQuietly(work);
    }
  }

  private void header(String arguments, int cores, String bubblewrapVerdict) {
    out.println("## Sandbox benchmark");
    out.println();
    out.println("- date: " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME));
    out.println("- command: `" + COMMAND + (arguments.isEmpty() ? "" : " " + arguments) + "`");
    out.println(
        "- machine: "
            + cores
            + " cores, "
            + memory()
            + ", Linux "
            + System.getProperty("os.version")
            + ", Java "
            + System.getProperty("java.version")
            + ", Docker engine "
            + firstLine("docker", "version", "--format", "{{.Server.Version}}")
            + ", "
            + firstLine("mvn", "-v"));
    out.println("- process backend: " + bubblewrapVerdict);
    out.println();
  }

  private Stats trivial(Sandbox sandbox, Path work) throws IOException {
    Path tree = Files.createTempDirectory(work, "trivial-");
    Limits limits = Limits.DEFAULT.withTimeout(Duration.ofMinutes(1));
    for (int i = 0; i < 3; i++) check(sandbox.exec(Command.of("/bin/true"), tree, limits));
    List<Duration> timings = new ArrayList<>();
    for (int i = 0; i < options.trivialRuns(); i++) {
      long started = System.nanoTime();
      check(sandbox.exec(Command.of("/bin/true"), tree, limits));
      timings.add(Duration.ofNanos(System.nanoTime() - started));
    }
    return Stats.of(timings);
  }

  /** One warm-up round, then rounds whose order is reversed every other time. */
  private Map<String, Stats> alternating(Map<String, Supplier<Duration>> runners) {
    List<String> names = new ArrayList<>(runners.keySet());
    names.forEach(name -> runners.get(name).get());
    var timings = new LinkedHashMap<String, List<Duration>>();
    names.forEach(name -> timings.put(name, new ArrayList<>()));
    for (int round = 0; round < options.mavenRuns(); round++) {
      List<String> order = new ArrayList<>(names);
      if (round % 2 == 1) java.util.Collections.reverse(order);
      for (String name : order) timings.get(name).add(runners.get(name).get());
    }
    var stats = new LinkedHashMap<String, Stats>();
    timings.forEach((name, list) -> stats.put(name, Stats.of(list)));
    return stats;
  }

  private Duration mavenIn(Sandbox sandbox, Limits limits, Path work) {
    Path tree = freshFixture(work);
    long started = System.nanoTime();
    check(sandbox.exec(Command.of("mvn", "-o", "-B", "-q", "test"), tree, limits));
    return Duration.ofNanos(System.nanoTime() - started);
  }

  private Duration mavenOnHost(Path work) {
    Path tree = freshFixture(work);
    var builder =
        new ProcessBuilder(
                "mvn", "-o", "-B", "-q", "-Dmaven.repo.local=" + options.repository(), "test")
            .directory(tree.toFile())
            .redirectErrorStream(true);
    try {
      long started = System.nanoTime();
      Process process = builder.start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = process.waitFor();
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      if (status != 0) throw new IllegalStateException("mvn on the host failed:\n" + output);
      return elapsed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Path freshFixture(Path work) {
    try {
      return MavenFixture.writeTo(Files.createTempDirectory(work, "fixture-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(ExecResult result) {
    if (!result.succeeded()) {
      throw new IllegalStateException(
          "a benchmark run failed ("
              + result.summary()
              + "):\n"
              + result.stdout()
              + result.stderr());
    }
  }

  private void printTrivial(Map<String, Stats> stats) {
    out.println("### Trivial command: `/bin/true`, " + options.trivialRuns() + " runs each");
    out.println();
    out.println("| backend | median | p90 | min | max |");
    out.println("|---|---:|---:|---:|---:|");
    stats.forEach(
        (name, s) ->
            out.printf(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s |%n",
                name,
                millis(s.median()),
                millis(s.p90()),
                millis(s.min()),
                millis(s.max())));
    out.println();
  }

  private void printMaven(Map<String, Stats> stats, Stats dockerTrivial, int cores) {
    out.println(
        "### `mvn -o -B -q test` on the fixture project, "
            + options.mavenRuns()
            + " runs each (fresh copy per run, order alternating, one warm-up round)");
    out.println();
    out.println("| where | median | p90 | min | max | ratio to host |");
    out.println("|---|---:|---:|---:|---:|---:|");
    Duration host = stats.get("host (no sandbox)").median();
    stats.forEach(
        (name, s) ->
            out.printf(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %.2f |%n",
                name,
                seconds(s.median()),
                seconds(s.p90()),
                seconds(s.min()),
                seconds(s.max()),
                ratio(s.median(), host)));
    out.println();
    Duration docker = stats.get("docker, cpus " + cores).median();
    Duration fixed = dockerTrivial.median();
    Duration overhead = docker.minus(host);
    double percent = 100.0 * ratio(overhead.minus(fixed), host);
    out.printf(
        Locale.ROOT,
        "Overhead of the Docker sandbox (cpus %d) on this build: %s − %s = %s,"
            + " that is a fixed start cost of %s (the trivial command's median) + %.1f%% of the"
            + " host's time.%n",
        cores,
        seconds(docker),
        seconds(host),
        seconds(overhead),
        millis(fixed),
        percent);
  }

  private static double ratio(Duration a, Duration b) {
    return (double) a.toNanos() / b.toNanos();
  }

  private static String millis(Duration d) {
    return String.format(Locale.ROOT, "%.0f ms", d.toNanos() / 1e6);
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
  }

  private static String memory() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(line -> line.startsWith("MemTotal:"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / (1024 * 1024) + " GiB RAM")
          .findFirst()
          .orElse("unknown RAM");
    } catch (IOException | RuntimeException e) {
      return "unknown RAM";
    }
  }

  private static String firstLine(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(30, TimeUnit.SECONDS);
      String line = output.lines().findFirst().orElse("unknown");
      return line.replaceAll("\u001B\\[[0-9;]*m", "").trim(); // without terminal colours
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
