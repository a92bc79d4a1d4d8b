package dev.kaizen.evals.command;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.kaizen.evals.MetricSpec;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses a {@code command} eval's output: the last non-blank stdout line must be a JSON object
 * holding the run's nonce as {@code "nonce"} and exactly the declared metrics, each a finite number
 * above zero (the gate compares log ratios, which need positive values). Everything before that
 * line is ignored.
 *
 * <p>The nonce is made for each run and given to the command in {@code $KAIZEN_NONCE}: the
 * benchmark prints it with its metrics, as in {@code {"nonce": "3f…", "ms_per_op": 1.5}}. Code
 * under measurement that prints a line of its own after the benchmark's (from a shutdown hook, say)
 * does not know it, so its line is refused rather than read, and the run fails.
 *
 * <p>Problems are returned as data and quote the line (cut to {@value #QUOTE_LIMIT} characters),
 * for example {@code metric 'ms_per_op' missing from {"ops": 3}}.
 */
public final class MetricLineParser {

  static final int QUOTE_LIMIT = 200;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private MetricLineParser() {}

  /** The member of a metric line that holds the run's nonce. */
  public static final String NONCE = "nonce";

  /** Reads the declared metrics from {@code stdout}, whose metric line must carry {@code nonce}. */
  public static MetricLine parse(String stdout, List<MetricSpec> declared, String nonce) {
    String line = lastNonBlankLine(stdout);
    if (line.isEmpty())
      return MetricLine.failed("no output: the last stdout line must be a JSON object of metrics");
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      String detail = String.valueOf(e.getOriginalMessage());
      if (detail.startsWith("Duplicate field")) {
        return MetricLine.failed("duplicate key in " + cut(line) + ": " + detail);
      }
      return notAnObject(line);
    }
    if (node == null || !node.isObject()) return notAnObject(line);
    JsonNode carried = node.get(NONCE);
    if (carried == null || !carried.isTextual() || !carried.asText().equals(nonce)) {
      return MetricLine.failed(
          "the last line does not carry this run's nonce: print the metrics with \"nonce\": the"
              + " value of $KAIZEN_NONCE, as in {\"nonce\": \"…\", \"ms_per_op\": 1.5}, as the"
              + " last line; it was "
              + cut(line));
    }

    Map<String, Double> values = new LinkedHashMap<>();
    for (MetricSpec metric : declared) {
      JsonNode value = node.get(metric.name());
      if (value == null)
        return MetricLine.failed("metric '" + metric.name() + "' missing from " + cut(line));
      if (!value.isNumber()) {
        return MetricLine.failed("metric '" + metric.name() + "' is not a number in " + cut(line));
      }
      double v = value.doubleValue();
      if (!Double.isFinite(v) || v <= 0) {
        return MetricLine.failed(
            "metric '"
                + metric.name()
                + "' must be a finite number above 0, not "
                + value
                + " in "
                + cut(line));
      }
      values.put(metric.name(), v);
    }
    Set<String> names = declared.stream().map(MetricSpec::name).collect(Collectors.toSet());
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!names.contains(key) && !key.equals(NONCE))
        return MetricLine.failed("undeclared metric '" + key + "' in " + cut(line));
    }
    return MetricLine.of(values);
  }

  private static MetricLine notAnObject(String line) {
    return MetricLine.failed("last line is not a JSON object: \"" + cut(line) + "\"");
  }

  private static String lastNonBlankLine(String text) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
  }

  private static String cut(String line) {
    return line.length() <= QUOTE_LIMIT ? line : line.substring(0, QUOTE_LIMIT) + "…";
  }
}
