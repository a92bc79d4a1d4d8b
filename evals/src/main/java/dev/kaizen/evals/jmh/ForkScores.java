package dev.kaizen.evals.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One score per fork from a metric's raw data. {@code rawData} holds, per fork, the score of each
 * measurement iteration; {@code rawDataHistogram} (sample mode) holds, per fork, per iteration, a
 * list of {@code [value, count]} pairs.
 */
final class ForkScores {

  private static final int VALUE_LIMIT = 40;

  private ForkScores() {}

  /** The primary metric's fork scores, from {@code rawData} or else {@code rawDataHistogram}. */
  static List<Double> primary(JsonNode metric) throws EntryProblem {
    if (present(metric.get("rawData"))) return means(metric.get("rawData"));
    if (present(metric.get("rawDataHistogram")))
      return weightedMeans(metric.get("rawDataHistogram"));
    throw new EntryProblem("primaryMetric has neither rawData nor rawDataHistogram");
  }

  /** Each secondary metric with usable {@code rawData}; the others are left out. */
  static Map<String, List<Double>> secondary(JsonNode metrics) {
    var scores = new LinkedHashMap<String, List<Double>>();
    if (metrics == null || !metrics.isObject()) return scores;
    for (Map.Entry<String, JsonNode> metric : metrics.properties()) {
      JsonNode raw = metric.getValue().get("rawData");
      if (!present(raw)) continue;
      try {
        scores.put(metric.getKey(), means(raw));
      } catch (EntryProblem e) {
        // optional: a secondary metric without usable raw data is left out
      }
    }
    return scores;
  }

  /** Per fork, the mean of its iteration scores. */
  static List<Double> means(JsonNode rawData) throws EntryProblem {
    var means = new ArrayList<Double>();
    for (int f = 0; f < forks(rawData, "rawData"); f++) {
      JsonNode iterations = iterations(rawData.get(f), f);
      double sum = 0;
      for (int i = 0; i < iterations.size(); i++) {
        sum += finite(iterations.get(i), f, i);
      }
      means.add(mean(sum / iterations.size(), f));
    }
    return means;
  }

  /** Per fork, the count-weighted mean of the samples of all its iterations. */
  static List<Double> weightedMeans(JsonNode histogram) throws EntryProblem {
    var means = new ArrayList<Double>();
    for (int f = 0; f < forks(histogram, "rawDataHistogram"); f++) {
      JsonNode iterations = iterations(histogram.get(f), f);
      double weighted = 0;
      double count = 0;
      for (int i = 0; i < iterations.size(); i++) {
        JsonNode pairs = iterations.get(i);
        if (!pairs.isArray())
          throw new EntryProblem(at(f, i) + " is not a list of [value, count] pairs");
        for (JsonNode pair : pairs) {
          double n =
              pair.isArray() && pair.size() == 2 && pair.get(1).isNumber()
                  ? pair.get(1).doubleValue()
                  : -1;
          if (!Double.isFinite(n) || n < 0) {
            throw new EntryProblem(at(f, i) + " has a malformed histogram entry " + cut(pair));
          }
          weighted += finite(pair.get(0), f, i) * n;
          count += n;
        }
      }
      if (count == 0) throw new EntryProblem("fork " + (f + 1) + " has no samples");
      means.add(mean(weighted / count, f));
    }
    return means;
  }

  private static double mean(double mean, int f) throws EntryProblem {
    if (!Double.isFinite(mean))
      throw new EntryProblem("fork " + (f + 1) + " score is not finite: " + mean);
    return mean;
  }

  private static int forks(JsonNode raw, String field) throws EntryProblem {
    if (!raw.isArray()) throw new EntryProblem(field + " is not a list of forks");
    if (raw.isEmpty()) throw new EntryProblem(field + " has no forks");
    return raw.size();
  }

  private static JsonNode iterations(JsonNode fork, int f) throws EntryProblem {
    if (!fork.isArray()) throw new EntryProblem("fork " + (f + 1) + " is not a list of iterations");
    if (fork.isEmpty())
      throw new EntryProblem("fork " + (f + 1) + " has no measurement iterations");
    return fork;
  }

  /**
   * A finite number; JMH writes NaN and infinities as the strings {@code "NaN"}, {@code
   * "Infinity"}.
   */
  private static double finite(JsonNode value, int f, int i) throws EntryProblem {
    double v;
    if (value.isNumber()) {
      v = value.doubleValue();
    } else if (value.isTextual() && value.asText().matches("NaN|-?Infinity")) {
      v = Double.parseDouble(value.asText());
    } else {
      throw new EntryProblem(at(f, i) + " is not a number: " + cut(value));
    }
    if (!Double.isFinite(v)) throw new EntryProblem(at(f, i) + " is not finite: " + v);
    return v;
  }

  private static boolean present(JsonNode node) {
    return node != null && !node.isNull();
  }

  private static String at(int f, int i) {
    return "fork " + (f + 1) + " iteration " + (i + 1);
  }

  static String cut(JsonNode value) {
    String text = value.toString();
    return text.length() <= VALUE_LIMIT ? text : text.substring(0, VALUE_LIMIT) + "…";
  }
}
