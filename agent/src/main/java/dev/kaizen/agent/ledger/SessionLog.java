package dev.kaizen.agent.ledger;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.sandbox.support.Directories;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One session's records: {@code session.json}, {@code iterations.jsonl}, the model exchanges
 * ({@code exchanges.jsonl}), the improvement journal ({@code journal.md}), the pull request it was
 * published to ({@code pull-request.json}), and a folder per iteration for its artifacts ({@code
 * proposal.md}, {@code patch.diff}, sandbox logs, {@code scorecard.json}, {@code decision.json}).
 * Records are written and read through {@link LedgerCodec}. Documents are replaced atomically and
 * lines appended and synced, so nothing half-written is read back as complete.
 */
public final class SessionLog {

  static final String SESSION_FILE = "session.json";
  static final String ITERATIONS_FILE = "iterations.jsonl";
  static final String EXCHANGES_FILE = "exchanges.jsonl";
  static final String JOURNAL_FILE = "journal.md";
  static final String PULL_REQUEST_FILE = "pull-request.json";
  static final String PROPOSAL_FILE = "proposal.md";
  static final String DECISION_FILE = "decision.json";
  static final String SCORECARD_FILE = "scorecard.json";
  static final String CONFIG_FILE = "kaizen.yml";

  private final Path dir;

  SessionLog(Path dir) {
    this.dir = dir;
  }

  public Path directory() {
    return dir;
  }

  public String id() {
    return dir.getFileName().toString();
  }

  /**
   * {@code session.json}.
   *
   * @throws EnvironmentException when it cannot be read
   */
  public SessionRecord session() {
    Path file = dir.resolve(SESSION_FILE);
    try {
      return LedgerCodec.readSession(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      throw new EnvironmentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Replaces {@code session.json} atomically. */
  public void writeSession(SessionRecord session) {
    writeAtomically(dir.resolve(SESSION_FILE), LedgerCodec.encode(session));
  }

  /** Writes an artifact of iteration {@code n} atomically, e.g. {@code proposal.md}. */
  public Path writeArtifact(int n, String name, String content) {
    Path file = dir.resolve(String.valueOf(n)).resolve(name);
    writeAtomically(file, content);
    return file;
  }

  /** Replaces iteration {@code n}'s {@code decision.json} atomically. */
  public void writeDecision(int n, DecisionRecord decision) {
    writeArtifact(n, DECISION_FILE, LedgerCodec.encode(decision));
  }

  /** Replaces iteration {@code n}'s {@code scorecard.json} atomically. */
  public void writeScorecard(int n, ScorecardRecord scorecard) {
    writeArtifact(n, SCORECARD_FILE, LedgerCodec.encode(scorecard));
  }

  /**
   * Iteration {@code n}'s {@code decision.json}, when it has one; one written by the first release
   * gets each metric's interval and p from the iteration's {@code scorecard.json}.
   *
   * @throws EnvironmentException when it (or the scorecard it needs) exists but cannot be read
   */
  public Optional<DecisionRecord> decision(int n) {
    return readDocument(
        iterationDirectory(n).resolve(DECISION_FILE),
        json -> LedgerCodec.readDecision(json, () -> scorecard(n)),
        "a decision record");
  }

  /**
   * Iteration {@code n}'s {@code scorecard.json}, when it has one.
   *
   * @throws EnvironmentException when it exists but cannot be read
   */
  public Optional<ScorecardRecord> scorecard(int n) {
    return readDocument(
        iterationDirectory(n).resolve(SCORECARD_FILE), LedgerCodec::readScorecard, "a scorecard");
  }

  /**
   * Why iteration {@code n}'s proposal should help, as proposed: the text under {@code ##
   * Rationale} in its {@code proposal.md}, up to the transcript; empty when there is none.
   *
   * @throws EnvironmentException when the file exists but cannot be read
   */
  public Optional<String> rationale(int n) {
    return readText(iterationDirectory(n).resolve(PROPOSAL_FILE)).flatMap(SessionLog::rationale);
  }

  /**
   * Keeps the text of the configuration the session runs with ({@code kaizen.yml} in the session's
   * folder), so that a resumed session reads the same one.
   */
  public void writeConfigText(String text) {
    writeAtomically(dir.resolve(CONFIG_FILE), text);
  }

  /**
   * The text of the configuration the session ran with; empty when it ran with the defaults, or was
   * recorded before the text was kept.
   *
   * @throws EnvironmentException when the file exists but cannot be read
   */
  public Optional<String> configText() {
    return readText(dir.resolve(CONFIG_FILE));
  }

  /**
   * Removes iteration {@code n}'s folder: what an iteration left that never finished, before it is
   * done again.
   *
   * @throws EnvironmentException when it cannot be removed
   */
  public void clearIteration(int n) {
    Path folder = iterationDirectory(n);
    try {
      Directories.delete(folder);
    } catch (IOException e) {
      throw new EnvironmentException("cannot remove " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Replaces {@code pull-request.json} atomically. */
  public void writePullRequest(PullRequestRecord pullRequest) {
    writeAtomically(dir.resolve(PULL_REQUEST_FILE), LedgerCodec.encode(pullRequest));
  }

  /**
   * The pull request the session was last published to, when it was.
   *
   * @throws EnvironmentException when {@code pull-request.json} exists but cannot be read
   */
  public Optional<PullRequestRecord> pullRequest() {
    return readDocument(
        dir.resolve(PULL_REQUEST_FILE), LedgerCodec::readPullRequest, "a pull request record");
  }

  /** Appends one iteration and syncs it to disk before returning. */
  public synchronized void append(IterationRecord record) {
    appendSynced(ITERATIONS_FILE, LedgerCodec.encode(record) + "\n");
  }

  /** Appends one model exchange ({@code exchanges.jsonl}) and syncs it to disk before returning. */
  public synchronized void appendExchange(ExchangeRecord record) {
    appendSynced(EXCHANGES_FILE, LedgerCodec.encode(record) + "\n");
  }

  /** Appends an entry to the session's improvement journal ({@code journal.md}). */
  public synchronized void appendJournal(String markdown) {
    appendSynced(JOURNAL_FILE, markdown.endsWith("\n") ? markdown : markdown + "\n");
  }

  /**
   * Every complete iteration, in order. A last line cut short by a killed process is not complete
   * and is left out.
   */
  public List<IterationRecord> iterations() {
    return readLines(ITERATIONS_FILE, LedgerCodec::readIteration, "an iteration record");
  }

  /** Every complete model exchange, in the order they were made. */
  public List<ExchangeRecord> exchanges() {
    return readLines(EXCHANGES_FILE, LedgerCodec::readExchange, "an exchange record");
  }

  /** The folder of iteration {@code n}'s artifacts (it may not exist). */
  public Path iterationDirectory(int n) {
    return dir.resolve(String.valueOf(n));
  }

  /** The text under {@code ## Rationale} in a {@code proposal.md}, up to the transcript. */
  static Optional<String> rationale(String proposal) {
    String text = proposal.replace("\r\n", "\n");
    String heading = "\n## Rationale\n";
    int start = text.indexOf(heading);
    if (start < 0) return Optional.empty();
    start += heading.length();
    int end = text.indexOf("\n## Transcript\n", start);
    String r = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
    return r.isEmpty() ? Optional.empty() : Optional.of(r);
  }

  private void appendSynced(String name, String text) {
    Path file = dir.resolve(name);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ch.write(java.nio.ByteBuffer.wrap(bytes));
      ch.force(true);
    } catch (IOException e) {
      throw new EnvironmentException("cannot write to " + file + ": " + e.getMessage(), e);
    }
  }

  private <T> List<T> readLines(String name, Function<String, T> codec, String what) {
    Path file = dir.resolve(name);
    if (!Files.exists(file)) return List.of();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EnvironmentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    var out = new ArrayList<T>();
    int start = 0;
    int lineNo = 0;
    while (true) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) break; // no newline: the line was never finished
      lineNo++;
      String line = text.substring(start, nl).trim();
      start = nl + 1;
      if (line.isEmpty()) continue;
      try {
        out.add(codec.apply(line));
      } catch (IllegalArgumentException e) {
        throw new EnvironmentException(
            file + ":" + lineNo + ": not " + what + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static <T> Optional<T> readDocument(Path file, Function<String, T> codec, String what) {
    Optional<String> text = readText(file);
    if (text.isEmpty()) return Optional.empty();
    try {
      return Optional.of(codec.apply(text.get()));
    } catch (IllegalArgumentException e) {
      throw new EnvironmentException(file + ": not " + what + ": " + e.getMessage(), e);
    }
  }

  private static Optional<String> readText(Path file) {
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new EnvironmentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code file} through a synced temporary file and a rename: readers see the old or the
   * new content.
   */
  static void writeAtomically(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.write(java.nio.ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new EnvironmentException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
