package dev.kaizen.evals.jmh;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.kaizen.sandbox.UntrustedFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Reads a JMH JSON result file ({@code -rf json -rff FILE}) into {@link JmhResults}.
 *
 * <p>Each entry of the top-level array is one benchmark, named by its {@code benchmark} field and
 * its {@code params} (see {@link JmhBenchmark#name()}). Its fork scores come from {@code
 * primaryMetric.rawData}, or {@code primaryMetric.rawDataHistogram} in sample mode.
 *
 * <p>Never throws for bad input. A file that is missing, unreadable, empty, not JSON or not an
 * array gives no benchmarks and one problem; an entry that cannot be used (no name, no
 * primaryMetric, an unknown mode, a fork with no iterations or a NaN score, a name listed twice) is
 * left out with a problem that names it, for example {@code results.json:
 * demo.SumBench.sum[size=10]: fork 2 has no measurement iterations}.
 */
public final class JmhResultReader {

  static final int QUOTE_LIMIT = 120;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JmhResultReader() {}

  /** The largest result file read: JMH writes a few kilobytes per benchmark. */
  static final long MAX_BYTES = 64L << 20;

  /**
   * Reads a result file (UTF-8) in a folder the host trusts; problems name it by {@code file} as
   * given. A file that a sandboxed command linked elsewhere, or replaced by a folder or a pipe, is
   * not read (see {@link UntrustedFiles}).
   */
  public static JmhResults read(Path root, Path file) {
    return read(root, file, file.toString());
  }

  /** Reads a result file in a folder the host trusts, the file's own folder. */
  public static JmhResults read(Path file) {
    Path absolute = file.toAbsolutePath();
    return read(absolute.getParent(), absolute.getFileName(), file.toString());
  }

  private static JmhResults read(Path root, Path file, String shown) {
    String json;
    try {
      json = UntrustedFiles.readString(root, file, MAX_BYTES);
    } catch (NoSuchFileException e) {
      return JmhResults.failed("JMH result file " + shown + " does not exist");
    } catch (IOException e) {
      return JmhResults.failed("cannot read JMH result file " + shown + ": " + reason(e));
    }
    return read(json, shown);
  }

  /** Reads result JSON; {@code source} names it in problems (a file name, say). */
  public static JmhResults read(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    if (json.isBlank()) return JmhResults.failed(source + " is empty");
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      return JmhResults.failed(source + " is not JSON: " + quote(json));
    }
    if (!root.isArray())
      return JmhResults.failed(source + " is not a JSON array of JMH results but " + kind(root));
    if (root.isEmpty()) return JmhResults.failed(source + " lists no benchmarks");

    var benchmarks = new ArrayList<JmhBenchmark>();
    var problems = new ArrayList<String>();
    var names = new HashSet<String>();
    for (int i = 0; i < root.size(); i++) {
      String where = "entry " + (i + 1);
      try {
        JsonNode entry = root.get(i);
        if (!entry.isObject()) throw new EntryProblem("not an object but " + kind(entry));
        where = name(entry);
        JmhBenchmark benchmark = benchmark(where, entry);
        if (!names.add(where)) throw new EntryProblem("listed more than once");
        benchmarks.add(benchmark);
      } catch (EntryProblem e) {
        problems.add(source + ": " + where + ": " + e.getMessage());
      }
    }
    return new JmhResults(benchmarks, problems);
  }

  /** {@code benchmark}, then {@code [k=v,…]} when there are params, in file order. */
  static String name(JsonNode entry) throws EntryProblem {
    JsonNode benchmark = entry.get("benchmark");
    if (benchmark == null || !benchmark.isTextual() || benchmark.asText().isBlank()) {
      throw new EntryProblem("no 'benchmark' name");
    }
    JsonNode params = entry.get("params");
    if (params == null || params.isNull()) return benchmark.asText();
    if (!params.isObject())
      throw new EntryProblem("params of " + benchmark.asText() + " is not an object");
    if (params.isEmpty()) return benchmark.asText();
    var rendered = new StringJoiner(",", benchmark.asText() + "[", "]");
    for (Map.Entry<String, JsonNode> param : params.properties()) {
      rendered.add(param.getKey() + "=" + param.getValue().asText());
    }
    return rendered.toString();
  }

  private static JmhBenchmark benchmark(String name, JsonNode entry) throws EntryProblem {
    JsonNode mode = entry.get("mode");
    if (mode == null || !mode.isTextual()) throw new EntryProblem("no mode");
    if (!JmhBenchmark.MODES.contains(mode.asText())) {
      throw new EntryProblem(
          "unknown mode " + ForkScores.cut(mode) + ", expected thrpt, avgt, sample or ss");
    }
    JsonNode metric = entry.get("primaryMetric");
    if (metric == null || !metric.isObject()) throw new EntryProblem("no primaryMetric");
    JsonNode unit = metric.get("scoreUnit");
    if (unit == null || !unit.isTextual()) throw new EntryProblem("primaryMetric has no scoreUnit");
    JsonNode score = metric.get("score");
    if (score == null || !score.isNumber() || !Double.isFinite(score.doubleValue())) {
      throw new EntryProblem("primaryMetric has no finite score");
    }
    return new JmhBenchmark(
        name,
        mode.asText(),
        unit.asText(),
        ForkScores.primary(metric),
        score.doubleValue(),
        ForkScores.secondary(entry.get("secondaryMetrics")));
  }

  private static String reason(IOException e) {
    if (e instanceof CharacterCodingException) return "not UTF-8 text";
    if (e instanceof AccessDeniedException) return "permission denied";
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The first {@value #QUOTE_LIMIT} characters, on one line, in double quotes. */
  private static String quote(String text) {
    String stripped = text.strip();
    String head =
        stripped.length() <= QUOTE_LIMIT ? stripped : stripped.substring(0, QUOTE_LIMIT) + "…";
    return "\"" + head.replaceAll("\\s+", " ") + "\"";
  }

  private static String kind(JsonNode node) {
    if (node.isObject()) return "an object";
    if (node.isArray()) return "an array";
    if (node.isTextual()) return "a string";
    if (node.isNumber()) return "a number";
    if (node.isBoolean()) return "a boolean";
    return "null";
  }
}
