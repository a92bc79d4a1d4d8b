package dev.kaizen.agent.api;

import dev.kaizen.agent.Progress;
import dev.kaizen.agent.config.Extensions;
import dev.kaizen.agent.heuristic.RewriteRules;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link Kaizen} works: where its settings and state are, whom it tells what it is doing, and
 * which extensions it knows.
 *
 * @param configFile a {@code kaizen.yml} to use instead of the one committed in the repository
 * @param workspace where Kaizen keeps its clone, trees and ledger; by default {@code workspace/} at
 *     the repository's root
 * @param progress hears what long work is doing
 * @param clock the time sessions and records are stamped with
 * @param environment where API keys and tokens are read from, by the variable the configuration
 *     names (usually {@code System.getenv()}); nothing else of it is used, and none of it enters a
 *     sandbox
 * @param extensions the eval types, model providers and sandbox backends there are
 * @param rewriteRules the offline engine's rules
 */
public record KaizenOptions(
    Optional<Path> configFile,
    Optional<Path> workspace,
    Progress progress,
    Clock clock,
    Map<String, String> environment,
    Extensions extensions,
    RewriteRules rewriteRules) {

  public KaizenOptions {
    configFile =
        Objects.requireNonNull(configFile, "configFile").map(p -> p.toAbsolutePath().normalize());
    workspace =
        Objects.requireNonNull(workspace, "workspace").map(p -> p.toAbsolutePath().normalize());
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(clock, "clock");
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    Objects.requireNonNull(extensions, "extensions");
    Objects.requireNonNull(rewriteRules, "rewriteRules");
  }

  /**
   * The committed configuration, the default workspace, no progress shown, the system clock, this
   * process's environment and the standard extensions.
   */
  public static KaizenOptions defaults() {
    return new KaizenOptions(
        Optional.empty(),
        Optional.empty(),
        Progress.SILENT,
        Clock.systemUTC(),
        System.getenv(),
        Extensions.standard(),
        RewriteRules.standard());
  }

  public KaizenOptions withConfigFile(Optional<Path> file) {
    return new KaizenOptions(
        file, workspace, progress, clock, environment, extensions, rewriteRules);
  }

  public KaizenOptions withWorkspace(Optional<Path> dir) {
    return new KaizenOptions(
        configFile, dir, progress, clock, environment, extensions, rewriteRules);
  }

  public KaizenOptions withProgress(Progress p) {
    return new KaizenOptions(
        configFile, workspace, p, clock, environment, extensions, rewriteRules);
  }

  public KaizenOptions withClock(Clock c) {
    return new KaizenOptions(
        configFile, workspace, progress, c, environment, extensions, rewriteRules);
  }

  public KaizenOptions withEnvironment(Map<String, String> env) {
    return new KaizenOptions(configFile, workspace, progress, clock, env, extensions, rewriteRules);
  }

  public KaizenOptions withExtensions(Extensions e) {
    return new KaizenOptions(configFile, workspace, progress, clock, environment, e, rewriteRules);
  }

  /**
   * These options, with {@code sandbox.backend: auto} allowed to run candidates without isolation
   * (the {@code unsafe-process} backend, with its warning) when no backend that isolates can run
   * here: what {@code --allow-unsandboxed} asks. Without it, {@code auto} then fails. Kept in the
   * sandbox backends of {@link #extensions()}: call it after {@link #withExtensions}.
   */
  public KaizenOptions allowingUnsandboxed() {
    return withExtensions(
        new Extensions(
            extensions.evalTypes(),
            extensions.modelProviders(),
            extensions.sandboxBackends().allowingUnsandboxed()));
  }

  /**
   * Whether {@code auto} may run candidates without isolation; see {@link #allowingUnsandboxed}.
   */
  public boolean unsandboxedAllowed() {
    return extensions.sandboxBackends().unsandboxedAllowed();
  }

  public KaizenOptions withRewriteRules(RewriteRules rules) {
    return new KaizenOptions(
        configFile, workspace, progress, clock, environment, extensions, rules);
  }
}
