package dev.kaizen.agent.project;

import dev.kaizen.agent.AtomicFiles;
import dev.kaizen.agent.json.Json;
import dev.kaizen.evals.TestReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The test results of trusted baselines that passed, kept per (commit, eval-suite hash) under
 * {@code cache/baseline-tests/} in the workspace, so a baseline's tests run once however many
 * sessions and gates start from it. Only passing results are kept; performance is never cached. An
 * unreadable entry is treated as missing (and overwritten by the next run).
 */
public final class BaselineChecks {

  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{16,64}");

  private final Path directory;

  public BaselineChecks(Path workspaceDir) {
    this.directory = workspaceDir.toAbsolutePath().resolve("cache").resolve("baseline-tests");
  }

  /**
   * The passing test results of {@code commit} under the suite with hash {@code suiteHash}, when
   * cached.
   */
  public Optional<TestReport> find(String commit, String suiteHash) {
    Path file = file(commit, suiteHash);
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      return Optional.of(Json.read(Files.readString(file), TestReport.class));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Keeps the passing test results of {@code commit} under the suite with hash {@code suiteHash}.
   */
  public void store(String commit, String suiteHash, TestReport tests) {
    if (!tests.passed()) throw new IllegalArgumentException("only passing baselines are cached");
    AtomicFiles.write(file(commit, suiteHash), Json.pretty(tests));
  }

  private Path file(String commit, String suiteHash) {
    if (!COMMIT.matcher(commit).matches())
      throw new IllegalArgumentException("not a commit id: " + commit);
    if (!HASH.matcher(suiteHash).matches())
      throw new IllegalArgumentException("not a suite hash: " + suiteHash);
    return directory.resolve(commit + "-" + suiteHash + ".json");
  }
}
