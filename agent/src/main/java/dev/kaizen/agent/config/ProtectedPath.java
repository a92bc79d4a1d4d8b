package dev.kaizen.agent.config;

import java.util.Objects;

/**
 * One protected glob and why it is protected, for the reason a refusal gives.
 *
 * @param glob a {@link PathGlobs} glob
 * @param why why a candidate may not touch what it matches ("a build file: …", "eval 'speed' runs
 *     it as its workload")
 */
public record ProtectedPath(String glob, String why) {

  public ProtectedPath {
    Objects.requireNonNull(glob, "glob");
    Objects.requireNonNull(why, "why");
    if (glob.isBlank()) throw new IllegalArgumentException("a protected glob must not be blank");
  }
}
