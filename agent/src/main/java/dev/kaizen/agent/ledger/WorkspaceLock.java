package dev.kaizen.agent.ledger;

import dev.kaizen.agent.EnvironmentException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One session at a time in a workspace: an operating-system lock on {@code workspace/session.lock},
 * held while a session runs ({@code kaizen improve}, {@code kaizen session}). The file says who
 * holds it (a {@link LockRecord}), so a second session is refused at once with one line naming the
 * holder. The operating system releases the lock when its process ends, however it ends: a killed
 * session never leaves a lock behind.
 *
 * <p>Within one JVM the lock is also kept in memory: POSIX releases a process's lock when any of
 * its descriptors of the file is closed, so a process that holds the lock never opens the file
 * again.
 *
 * <p>Commands that only read the ledger ({@code history}, {@code show}, {@code report}, {@code pr
 * --dry-run}) never take it.
 */
public final class WorkspaceLock implements AutoCloseable {

  /** The lock file, in the workspace folder. */
  public static final String FILE = "session.lock";

  /** The locks this JVM holds, by lock file. */
  private static final Map<Path, LockRecord> HELD = new ConcurrentHashMap<>();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final LockRecord holder;

  private WorkspaceLock(Path file, FileChannel channel, FileLock lock, LockRecord holder) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.holder = holder;
  }

  /**
   * Takes the lock of {@code workspaceDir} for the session {@code session} names (asked once the
   * lock is held, so that two processes cannot pick one id), and writes who holds it.
   *
   * @throws EnvironmentException when another session holds it (naming the holder: session, pid,
   *     machine, since when), or the lock file cannot be used
   */
  public static WorkspaceLock acquire(Path workspaceDir, Supplier<String> session, Instant now) {
    Path file = workspaceDir.toAbsolutePath().normalize().resolve(FILE);
    FileChannel channel = null;
    synchronized (HELD) {
      try {
        Files.createDirectories(file.getParent());
        if (HELD.containsKey(file)) throw inUse(workspaceDir, Optional.of(HELD.get(file)));
        channel =
            FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException held) {
          lock = null; // held through a channel this class did not open
        }
        if (lock == null) {
          channel.close();
          throw inUse(workspaceDir, holder(file));
        }
        var holder = new LockRecord(session.get(), ProcessRecord.current(), now.toString());
        byte[] text = LedgerCodec.encode(holder).getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text), 0);
        channel.force(true);
        HELD.put(file, holder);
        return new WorkspaceLock(file, channel, lock, holder);
      } catch (IOException e) {
        closeQuietly(channel);
        throw new EnvironmentException("cannot lock " + file + ": " + e.getMessage(), e);
      } catch (RuntimeException e) {
        closeQuietly(channel);
        throw e;
      }
    }
  }

  private static EnvironmentException inUse(Path workspaceDir, Optional<LockRecord> holder) {
    return new EnvironmentException(
        "the workspace "
            + workspaceDir
            + " is in use by "
            + holder.map(LockRecord::toString).orElse("another session")
            + "; wait for it to end (or stop it), or use another --workspace");
  }

  /**
   * Who last held the lock of {@code workspaceDir}, as its file says (it may have ended since);
   * empty when no session ever took it or the file cannot be read.
   */
  public static Optional<LockRecord> lastHolder(Path workspaceDir) {
    Path file = workspaceDir.toAbsolutePath().normalize().resolve(FILE);
    synchronized (HELD) {
      LockRecord mine = HELD.get(file);
      return mine != null ? Optional.of(mine) : holder(file);
    }
  }

  /** The session that holds it. */
  public String session() {
    return holder.session();
  }

  public LockRecord holder() {
    return holder;
  }

  /** Releases the lock; the file stays, naming its last holder. */
  @Override
  public void close() {
    synchronized (HELD) {
      try {
        if (lock.isValid()) lock.release();
      } catch (IOException e) {
        // closing the channel releases it all the same
      } finally {
        closeQuietly(channel);
        HELD.remove(file, holder);
      }
    }
  }

  private static Optional<LockRecord> holder(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.isBlank() ? Optional.empty() : Optional.of(LedgerCodec.readLock(text));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) return;
    try {
      channel.close();
    } catch (IOException e) {
      // nothing left to do
    }
  }
}
