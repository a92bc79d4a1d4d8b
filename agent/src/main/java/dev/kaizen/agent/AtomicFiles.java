package dev.kaizen.agent;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces files whole: the text goes to a synced temporary file beside the target, which is then
 * renamed over it, so a reader sees the old content or the new, never half of it — also after a
 * crash.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes {@code content} (UTF-8) to {@code file}, creating its folders.
   *
   * @throws EnvironmentException when it cannot be written
   */
  public static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
      try {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          ch.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
          ch.force(true);
        }
        try {
          Files.move(
              tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new EnvironmentException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
