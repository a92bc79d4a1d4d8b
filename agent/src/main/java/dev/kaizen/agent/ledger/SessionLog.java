package dev.kaizen.agent.ledger;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.json.Json;
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

/**
 * One session's records: {@code session.json}, {@code iterations.jsonl}, the model exchanges
 * ({@code exchanges.jsonl}), the improvement journal ({@code journal.md}), and a folder per
 * iteration for its artifacts ({@code proposal.md}, {@code patch.diff}, sandbox logs,
 * {@code scorecard.json}, {@code decision.json}).
 */
public final class SessionLog {

  static final String SESSION_FILE = "session.json";
  static final String ITERATIONS_FILE = "iterations.jsonl";
  static final String EXCHANGES_FILE = "exchanges.jsonl";
  static final String JOURNAL_FILE = "journal.md";

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

  public SessionRecord session() {
    return Ledger.readSession(dir.resolve(SESSION_FILE));
  }

  /** Replaces {@code session.json} atomically. */
  public void writeSession(SessionRecord session) {
    writeAtomically(dir.resolve(SESSION_FILE), Json.pretty(session));
  }

  /** Writes an artifact of iteration {@code n} atomically, e.g. {@code proposal.md}. */
  public Path writeArtifact(int n, String name, String content) {
    Path file = dir.resolve(String.valueOf(n)).resolve(name);
    writeAtomically(file, content);
    return file;
  }

  /** Appends one iteration and syncs it to disk before returning. */
  public synchronized void append(IterationRecord record) {
    appendSynced(ITERATIONS_FILE, Json.line(record) + "\n");
  }

  /** Appends one model exchange ({@code exchanges.jsonl}) and syncs it to disk before returning. */
  public synchronized void appendExchange(ExchangeRecord record) {
    appendSynced(EXCHANGES_FILE, Json.line(record) + "\n");
  }

  /** Appends an entry to the session's improvement journal ({@code journal.md}). */
  public synchronized void appendJournal(String markdown) {
    appendSynced(JOURNAL_FILE, markdown.endsWith("\n") ? markdown : markdown + "\n");
  }

  /**
   * Every complete iteration, in order. A last line cut short by a killed process is not
   * complete and is left out.
   */
  public List<IterationRecord> iterations() {
    return readLines(ITERATIONS_FILE, IterationRecord.class, "an iteration record");
  }

  /** Every complete model exchange, in the order they were made. */
  public List<ExchangeRecord> exchanges() {
    return readLines(EXCHANGES_FILE, ExchangeRecord.class, "an exchange record");
  }

  private void appendSynced(String name, String text) {
    Path file = dir.resolve(name);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ch.write(java.nio.ByteBuffer.wrap(bytes));
      ch.force(true);
    } catch (IOException e) {
      throw new EnvironmentException("cannot write to " + file + ": " + e.getMessage(), e);
    }
  }

  private <T> List<T> readLines(String name, Class<T> type, String what) {
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
        out.add(Json.read(line, type));
      } catch (IllegalArgumentException e) {
        throw new EnvironmentException(file + ":" + lineNo + ": not " + what + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** The folder of iteration {@code n}'s artifacts (it may not exist). */
  public Path iterationDirectory(int n) {
    return dir.resolve(String.valueOf(n));
  }

  /** Writes {@code file} through a synced temporary file and a rename: readers see the old or the new content. */
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
