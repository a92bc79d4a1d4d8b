package dev.kaizen.evals.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Surefire report files of a tree at one moment, with when each last changed, to tell which
 * files a later run wrote. Reports left in the tree by an earlier eval or committed to the
 * repository must not count for the next test eval.
 *
 * @param files each report file with its modification time and size
 */
public record ReportSnapshot(Map<Path, Stamp> files) {

  public ReportSnapshot {
    files = Map.copyOf(Objects.requireNonNull(files, "files"));
  }

  /** The reports {@code reader} finds under {@code tree} now. */
  public static ReportSnapshot take(SurefireReader reader, Path tree) {
    return new ReportSnapshot(
        reader.find(tree).stream()
            .flatMap(p -> stamp(p).map(s -> Map.entry(p, s)).stream())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  /** The reports under {@code tree} now that are new or changed since this snapshot. */
  public List<Path> writtenSince(SurefireReader reader, Path tree) {
    return reader.find(tree).stream()
        .filter(
            p -> {
              Optional<Stamp> now = stamp(p);
              return now.isPresent() && !now.get().equals(files.get(p));
            })
        .toList();
  }

  private static Optional<Stamp> stamp(Path file) {
    try {
      var attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return Optional.of(new Stamp(attrs.lastModifiedTime(), attrs.size()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** When a file last changed, and its size. */
  public record Stamp(FileTime modified, long size) {
    public Stamp {
      Objects.requireNonNull(modified, "modified");
    }
  }
}
