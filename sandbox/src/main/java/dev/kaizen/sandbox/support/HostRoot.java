package dev.kaizen.sandbox.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How the host's root directory holds its programs and libraries: on a merged-{@code /usr} system
 * (Debian 12) {@code /bin}, {@code /sbin} and {@code /lib*} are symbolic links into {@code /usr};
 * elsewhere some are real directories.
 *
 * <p>Sandboxes reproduce the links (the Docker host image holds them; bubblewrap makes them), so
 * paths such as {@code /bin/sh} and the dynamic loader {@code /lib64/ld-linux-x86-64.so.2} resolve
 * once {@code /usr} is mounted; real directories are mounted read-only instead.
 *
 * @param links top-level names that are symbolic links, with their targets
 * @param directories top-level directories to mount
 */
public record HostRoot(Map<String, String> links, List<Path> directories) {

  /** The top-level entries that hold programs and libraries. */
  public static final List<String> ENTRIES =
      List.of("bin", "sbin", "lib", "lib32", "lib64", "libx32");

  public HostRoot {
    links = Map.copyOf(Objects.requireNonNull(links, "links"));
    directories = List.copyOf(Objects.requireNonNull(directories, "directories"));
  }

  /** Scans the real root, {@code /}. */
  public static HostRoot scan() {
    return scan(Path.of("/"));
  }

  static HostRoot scan(Path root) {
    var links = new TreeMap<String, String>();
    var directories = new ArrayList<Path>();
    for (String name : ENTRIES) {
      Path entry = root.resolve(name);
      try {
        if (Files.isSymbolicLink(entry)) {
          links.put(name, Files.readSymbolicLink(entry).toString());
        } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          directories.add(entry);
        }
      } catch (IOException e) {
        // unreadable entry: neither linked nor mounted
      }
    }
    return new HostRoot(links, directories);
  }

  /** A short text that changes whenever the links change; the host image is rebuilt then. */
  public String fingerprint() {
    return new TreeMap<>(links)
        .entrySet().stream()
            .map(e -> e.getKey() + "->" + e.getValue())
            .collect(Collectors.joining(","));
  }
}
