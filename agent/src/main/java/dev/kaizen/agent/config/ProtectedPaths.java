package dev.kaizen.agent.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The paths a candidate may not touch, each glob with why: the {@linkplain ProtectedCore core},
 * then what {@code kaizen.yml} adds, the sandbox's Dockerfile and each eval's workload (see {@link
 * KaizenConfig#protection}). A glob listed twice keeps its first reason.
 */
public final class ProtectedPaths implements Predicate<String> {

  private final Map<String, String> why;
  private final PathGlobs globs;

  private ProtectedPaths(Map<String, String> why) {
    this.why = why;
    this.globs = new PathGlobs(List.copyOf(why.keySet()));
  }

  /** Only the core, which every configuration protects. */
  public static ProtectedPaths core() {
    var why = new LinkedHashMap<String, String>();
    ProtectedCore.PATHS.forEach(p -> why.putIfAbsent(p.glob(), p.why()));
    return new ProtectedPaths(why);
  }

  /**
   * These paths and {@code more}, protected because {@code reason} (a glob already here keeps its
   * reason).
   */
  public ProtectedPaths with(List<String> more, String reason) {
    var merged = new LinkedHashMap<>(why);
    more.forEach(g -> merged.putIfAbsent(g, reason));
    return new ProtectedPaths(merged);
  }

  /** Every glob, in order: the effective list the ledger records. */
  public List<String> globs() {
    return globs.globs();
  }

  /** Every glob with why, in order. */
  public List<ProtectedPath> entries() {
    var entries = new ArrayList<ProtectedPath>();
    why.forEach((glob, reason) -> entries.add(new ProtectedPath(glob, reason)));
    return entries;
  }

  /** The first protected glob that matches {@code path} (repository-relative, "/"-separated). */
  public Optional<ProtectedPath> firstMatch(String path) {
    String glob = globs.firstMatch(path);
    return glob == null ? Optional.empty() : Optional.of(new ProtectedPath(glob, why.get(glob)));
  }

  /** Whether a candidate may not touch {@code path}. */
  @Override
  public boolean test(String path) {
    return globs.test(path);
  }

  @Override
  public String toString() {
    return globs().toString();
  }
}
