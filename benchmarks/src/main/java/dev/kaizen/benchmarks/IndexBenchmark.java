package dev.kaizen.benchmarks;

import dev.kaizen.agent.index.CodeIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Kaizen's own target metric: how long indexing a repository takes (parsing every Java file and
 * rendering the repo map), the first thing every iteration does.
 *
 * <p>Usage, from the root of a packaged build: {@code java -cp
 * benchmarks/target/kaizen-benchmarks.jar:agent/target/kaizen.jar
 * dev.kaizen.benchmarks.IndexBenchmark [ROOT] [RUNS]} (default: the current directory, 5 runs). It
 * measures the agent on that class path. Warms up, then prints progress lines and, as its last
 * line, {@code {"ms_per_index": <median>}} — the metric line a {@code command} eval reads.
 */
public final class IndexBenchmark {

  private static final int WARMUP = 2;

  private IndexBenchmark() {}

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    if (!Files.isDirectory(root)) {
      System.err.println("no such directory: " + root);
      System.exit(2);
    }
    int files = 0;
    for (int i = 0; i < WARMUP; i++) {
      files = measureOnce(root).files();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      ms[i] = measureOnce(root).millis();
    }
    Arrays.sort(ms);
    double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
    System.out.printf(
        Locale.ROOT, "indexed %d files %d times after %d warm-up runs%n", files, runs, WARMUP);
    // The run's nonce, which Kaizen gives each measured run, proves the line is this benchmark's.
    String nonce = String.valueOf(System.getenv("KAIZEN_NONCE"));
    System.out.printf(Locale.ROOT, "{\"nonce\": \"%s\", \"ms_per_index\": %.3f}%n", nonce, median);
  }

  private static Run measureOnce(Path root) {
    long start = System.nanoTime();
    CodeIndex index = CodeIndex.build(root);
    String map = index.renderMap(4096, java.util.Optional.empty());
    long elapsed = System.nanoTime() - start;
    if (map.isEmpty()) throw new IllegalStateException("empty repo map");
    return new Run(index.files().size(), elapsed / 1e6);
  }

  private record Run(int files, double millis) {}
}
