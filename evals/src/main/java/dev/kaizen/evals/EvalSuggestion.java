package dev.kaizen.evals;

import java.util.List;
import java.util.Objects;

/**
 * An eval that an {@link EvalType} proposes for a tree, from what the tree shows: what the defaults
 * add when {@code kaizen.yml} leaves the evals out, and what {@code init} writes.
 *
 * @param eval the eval, as the defaults hold it
 * @param found what was found, after "a Maven project with" ({@code JMH benchmarks})
 * @param yaml the eval as {@code init} writes it in {@code kaizen.yml}: an item of the {@code
 *     evals} list indented by two spaces, with its comments, every line ending in a newline
 * @param protectedPaths files the eval runs as its workload (relative to the root): patches may not
 *     touch them
 * @param summary what {@code init} prints after writing the file, one line each
 */
public record EvalSuggestion(
    EvalSpec eval, String found, String yaml, List<String> protectedPaths, List<String> summary) {

  public EvalSuggestion {
    Objects.requireNonNull(eval, "eval");
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(yaml, "yaml");
    protectedPaths = List.copyOf(protectedPaths);
    summary = List.copyOf(summary);
    if (!yaml.isEmpty() && !yaml.endsWith("\n"))
      throw new IllegalArgumentException("the yaml must end with a newline");
  }
}
