package dev.kaizen.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Reads files that a sandboxed command wrote: its results, its test reports, its recordings. Such a
 * command may have made any of them a link (to {@code /proc/self/cwd/…} inside a container, which
 * the host would resolve to one of its own files), a folder, a pipe that blocks the reader forever,
 * or a file too big to hold. So the host never follows a link the command could have made: every
 * folder from the trusted {@code root} down and the file itself must be real (not links), the file
 * must be a regular file below {@code root} and no larger than the caller allows, and it is opened
 * with {@code O_NOFOLLOW}.
 *
 * <p>Refusals are {@link UnsafeFileException}s (an {@link IOException}), so callers that already
 * report an unreadable file report these the same way.
 */
public final class UntrustedFiles {

  private UntrustedFiles() {}

  /** Why a file written in a sandbox was not read: a link, not a regular file, too big, outside. */
  public static final class UnsafeFileException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    UnsafeFileException(Path file, String reason) {
      super(file.toString(), null, reason);
    }
  }

  /**
   * The text of {@code file}, which must be UTF-8 and lie below {@code root}.
   *
   * @param root a folder the host trusts: created by the host, or the tree it handed the command
   * @param file the file to read, absolute or relative to {@code root}
   * @param maxBytes the largest file accepted
   * @throws NoSuchFileException when there is no such file
   * @throws UnsafeFileException when the file, or a folder between {@code root} and it, is a link,
   *     when it is not a regular file, lies outside {@code root}, or is larger than {@code
   *     maxBytes}
   * @throws java.nio.charset.CharacterCodingException when it is not UTF-8
   * @throws IOException when it cannot be read
   */
  public static String readString(Path root, Path file, long maxBytes) throws IOException {
    byte[] bytes = readBytes(root, file, maxBytes);
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes)).toString();
  }

  /** The bytes of {@code file}, under the rules of {@link #readString}. */
  public static byte[] readBytes(Path root, Path file, long maxBytes) throws IOException {
    try (InputStream in = open(root, file, maxBytes)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new UnsafeFileException(file, "larger than " + maxBytes + " bytes");
      }
      return bytes;
    }
  }

  /**
   * A stream over {@code file} under the rules of {@link #readString}; the caller closes it. The
   * size is checked when it is opened (a command still running could grow it afterwards; callers
   * read what a finished command left).
   */
  public static InputStream open(Path root, Path file, long maxBytes) throws IOException {
    Path checked = check(root, file, maxBytes);
    Set<OpenOption> options = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    SeekableByteChannel channel = Files.newByteChannel(checked, options);
    return Channels.newInputStream(channel);
  }

  /**
   * Checks {@code file} under the rules of {@link #readString} without reading it.
   *
   * @return the file as an absolute, normalised path below {@code root}
   */
  public static Path check(Path root, Path file, long maxBytes) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    Path target = base.resolve(file).toAbsolutePath().normalize();
    if (!target.startsWith(base) || target.equals(base)) {
      throw new UnsafeFileException(file, "not a file below " + base);
    }
    Path at = base;
    for (Path name : base.relativize(target)) {
      at = at.resolve(name);
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(at, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        throw new NoSuchFileException(target.toString());
      }
      if (attributes.isSymbolicLink()) {
        throw new UnsafeFileException(
            target, "a symbolic link" + (at.equals(target) ? "" : " in its path: " + at));
      }
      if (at.equals(target)) {
        if (!attributes.isRegularFile())
          throw new UnsafeFileException(target, "not a regular file");
        if (attributes.size() > maxBytes) {
          throw new UnsafeFileException(target, "larger than " + maxBytes + " bytes");
        }
      } else if (!attributes.isDirectory()) {
        throw new UnsafeFileException(target, "not below a folder: " + at);
      }
    }
    return target;
  }
}
