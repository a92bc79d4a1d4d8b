package dev.kaizen.agent.project;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a configuration's {@code prepare} command once on the host, with network, in an export of
 * the trusted baseline, so that the sandbox can later build offline. Never runs on a candidate. A
 * success is remembered per (commit, command), so a later session on the same commit skips it.
 */
final class Preparer {

  private static final java.util.regex.Pattern ANSI =
      java.util.regex.Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

  private final Path cacheDir;
  private final List<String> secretVariables;

  /**
   * @param cacheDir where success markers and logs are kept
   * @param secretVariables environment variables the command must not see (the model's key); any
   *     variable that looks like a secret ({@link #looksSecret}) is kept from it too
   */
  Preparer(Path cacheDir, List<String> secretVariables) {
    this.cacheDir = cacheDir;
    this.secretVariables = List.copyOf(secretVariables);
  }

  /**
   * Whether a variable's name says it holds a secret: {@code OPENAI_API_KEY}, {@code GITHUB_TOKEN},
   * {@code AWS_SECRET_ACCESS_KEY}, {@code DB_PASSWORD}. A prepare command fetches dependencies; it
   * needs none of them.
   */
  static boolean looksSecret(String name) {
    String n = name.toUpperCase(java.util.Locale.ROOT);
    return n.endsWith("API_KEY")
        || n.endsWith("_TOKEN")
        || n.contains("SECRET")
        || n.endsWith("PASSWORD");
  }

  void prepare(String command, String commit, Path tree, Duration timeout, Progress progress) {
    String key = hash(commit + "\n" + command);
    Path marker = cacheDir.resolve("prepared-" + key);
    if (Files.exists(marker)) return;
    Path log = cacheDir.resolve("prepare-" + key + ".log");
    progress.step(
        "preparing the build on the host (fills the Maven repository; may use the network): "
            + command);
    try {
      Files.createDirectories(cacheDir);
      var pb =
          new ProcessBuilder("/bin/sh", "-c", command)
              .directory(tree.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      secretVariables.forEach(pb.environment()::remove);
      pb.environment().keySet().removeIf(Preparer::looksSecret);
      Process p = pb.start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new EnvironmentException(
            "preparing the build timed out after "
                + timeout.toSeconds()
                + " s; its output is in "
                + log);
      }
      if (p.exitValue() != 0) {
        throw new EnvironmentException(
            "preparing the build failed (exit "
                + p.exitValue()
                + "): "
                + firstError(log)
                + "; the full output is in "
                + log);
      }
      Files.writeString(marker, commit + "\n" + command + "\n");
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot run the prepare command '" + command + "': " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EnvironmentException("interrupted while preparing the build");
    }
  }

  /**
   * The line of {@code log} that says what went wrong: its first {@code [ERROR]} line with words in
   * it (colour codes removed: Maven writes some even in batch mode), else its last line.
   */
  static String firstError(Path log) {
    try {
      List<String> lines =
          Files.readAllLines(log, StandardCharsets.UTF_8).stream()
              .map(l -> ANSI.matcher(l).replaceAll("").strip())
              .filter(l -> !l.isEmpty())
              .toList();
      for (String l : lines) {
        if (l.startsWith("[ERROR]") && !l.equals("[ERROR]")) return l;
      }
      return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    } catch (IOException e) {
      return "(no output)";
    }
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
