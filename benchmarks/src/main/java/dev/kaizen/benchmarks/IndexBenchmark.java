package dev.kaizen.benchmarks;

import dev.kaizen.agent.index.CodeIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Kaizen's own target metric: how long indexing a repository takes (parsing every Java file and
 * rendering the repo map), the first thing every iteration does.
 *
 * <p>It indexes a fixed corpus, never the tree it runs in: {@link IndexCorpus} generates the same
 * Java sources (about 300 files, 1 MB, shaped like Kaizen's own) into a fresh temporary folder on
 * every run, so a baseline and a candidate are measured on identical input that the candidate
 * cannot change (stripping the candidate's Javadoc changes nothing here). Each run checks that the
 * index holds every file and type of the corpus: an index that skips work fails instead of looking
 * fast.
 *
 * <p>Usage, from the root of a packaged build: {@code java -cp
 * benchmarks/target/kaizen-benchmarks.jar:agent/target/kaizen.jar
 * dev.kaizen.benchmarks.IndexBenchmark [RUNS]} (default 5 runs). It measures the agent on that
 * class path. Warms up, then prints a progress line naming the corpus's digest and, as its last
 * line, {@code {"nonce": <$KAIZEN_NONCE>, "ms_per_index": <median>}} — the metric line a {@code
 * command} eval reads. Exits 2 for bad arguments (a folder to index included: there is none to
 * give), 1 when the index is incomplete.
 */
public final class IndexBenchmark {

  private static final int WARMUP = 2;

  private IndexBenchmark() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) System.exit(code);
  }

  /** Runs the benchmark; 0 when it measured, 2 for bad arguments, 1 for an incomplete index. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 1 || (args.length == 1 && !args[0].matches("[1-9][0-9]{0,3}"))) {
      err.println("IndexBenchmark: expected at most one argument, the number of runs");
      err.println("usage: IndexBenchmark [RUNS]   (indexes a generated corpus, not a folder)");
      return 2;
    }
    int runs = args.length == 1 ? Integer.parseInt(args[0]) : 5;
    List<IndexCorpus.JavaFile> corpus = IndexCorpus.files();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("kaizen-index-corpus-");
      IndexCorpus.write(corpus, dir);
      var expected = new Run(corpus.size(), IndexCorpus.typeCount(corpus), 0);
      for (int i = 0; i < WARMUP; i++) measureOnce(dir).check(expected);
      double[] ms = new double[runs];
      for (int i = 0; i < runs; i++) ms[i] = measureOnce(dir).check(expected).millis();
      Arrays.sort(ms);
      double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
      out.printf(
          Locale.ROOT,
          "indexed %d files of the generated corpus %s %d times after %d warm-up runs%n",
          corpus.size(),
          IndexCorpus.digest(corpus),
          runs,
          WARMUP);
      // The run's nonce, which Kaizen gives each measured run, proves the line is this benchmark's.
      String nonce = String.valueOf(System.getenv("KAIZEN_NONCE"));
      out.printf(Locale.ROOT, "{\"nonce\": \"%s\", \"ms_per_index\": %.3f}%n", nonce, median);
      return 0;
    } catch (IllegalStateException e) {
      err.println("IndexBenchmark: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (dir != null) deleteQuietly(dir);
    }
  }

  private static Run measureOnce(Path root) {
    long start = System.nanoTime();
    CodeIndex index = CodeIndex.build(root);
    String map = index.renderMap(4096, Optional.empty());
    long elapsed = System.nanoTime() - start;
    if (map.isEmpty()) throw new IllegalStateException("the repo map is empty");
    if (index.files().stream().anyMatch(f -> !f.parsed())) {
      throw new IllegalStateException("a file of the corpus did not parse");
    }
    return new Run(index.files().size(), index.types().size(), elapsed / 1e6);
  }

  /** What one run indexed, and how long it took. */
  private record Run(int files, int types, double millis) {

    Run check(Run expected) {
      if (files != expected.files || types != expected.types) {
        throw new IllegalStateException(
            "the index holds "
                + files
                + " files and "
                + types
                + " types of the corpus's "
                + expected.files
                + " and "
                + expected.types);
      }
      return this;
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
