package dev.kaizen.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import dev.kaizen.sandbox.support.PeakSampler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The peak memory of a running container, read on this host from the container's memory cgroup,
 * which the command inside cannot write.
 *
 * <p>The cgroup is removed with the container, so it is read while the container runs, every {@link
 * #INTERVAL} until it is gone. The first container's cgroup file is found through the engine
 * (inspect → the container's first process → {@code /proc/<pid>/cgroup} → where {@code
 * /proc/self/mountinfo} says that hierarchy is mounted); its path, with the container's id taken
 * out, then serves as the pattern for the next containers of the same engine, whose file is taken
 * at once when it exists at that path (the engine puts all its containers' cgroups alike) and found
 * through the engine again otherwise. What is read:
 *
 * <ul>
 *   <li>cgroup v1: {@code memory.max_usage_in_bytes}, the kernel's own high-water mark;
 *   <li>cgroup v2: {@code memory.peak} (Linux 5.19 and later), the kernel's own high-water mark; on
 *       older kernels {@code memory.current}, whose highest sample is kept.
 * </ul>
 *
 * <p>A high-water mark misses nothing that happened before its last reading; only growth in the
 * last interval before the exit (when the cgroup vanishes between two readings) can be missed. It
 * counts what the memory limit counts: the processes' memory, the page cache they brought in and
 * their files in the {@code /tmp} tmpfs, and the few MiB of the runtime's own setup process.
 *
 * <p>Nothing is reported when the cgroup cannot be seen from here: a remote engine ({@code
 * DOCKER_HOST}), Docker Desktop's virtual machine, a process namespace other than the engine's, or
 * files that are not readable. The cgroup path must name the container's id, so another process's
 * cgroup is never taken for the container's.
 */
final class ContainerMemory {

  /** How often the cgroup is read: one small file read, a few microseconds. */
  static final Duration INTERVAL = Duration.ofMillis(10);

  private final DockerClient docker;

  /** The last cgroup file found through the engine, and the id it was found for. */
  private final AtomicReference<PathPattern> pattern = new AtomicReference<>();

  ContainerMemory(DockerClient docker) {
    this.docker = docker;
  }

  /** Starts sampling the memory of the started container {@code id}. */
  PeakSampler watch(String id) {
    return PeakSampler.start(() -> locate(id).map(ContainerMemory::gauge), INTERVAL);
  }

  /** Container {@code id}'s memory cgroup file; empty when it cannot be seen from here. */
  Optional<Path> locate(String id) {
    PathPattern known = pattern.get();
    if (known != null) {
      Optional<Path> likely = readable(known.fileOf(id));
      if (likely.isPresent()) return likely;
    }
    Optional<Path> found = throughTheEngine(docker, id);
    found.ifPresent(file -> pattern.set(new PathPattern(file.toString(), id)));
    return found;
  }

  /** A cgroup file's path with the container's id as a blank to fill in. */
  record PathPattern(String path, String id) {

    Path fileOf(String otherId) {
      int at = path.lastIndexOf(id);
      return Path.of(path.substring(0, at) + otherId + path.substring(at + id.length()));
    }
  }

  private static Optional<Path> throughTheEngine(DockerClient docker, String id) {
    Integer pid = docker.inspectContainerCmd(id).exec().getState().getPid();
    if (pid == null || pid <= 0) return Optional.empty(); // already exited
    Optional<String> cgroups = read(Path.of("/proc", pid.toString(), "cgroup"));
    Optional<String> mounts = read(Path.of("/proc/self/mountinfo"));
    if (cgroups.isEmpty() || mounts.isEmpty()) return Optional.empty();
    return peakFile(cgroups.get(), mounts.get(), id);
  }

  /**
   * The file that holds the peak (or, lacking one, the current usage) of the memory cgroup that
   * {@code procCgroup} (a {@code /proc/<pid>/cgroup}) names, found through {@code mountinfo} (a
   * {@code /proc/self/mountinfo}); empty when that cgroup is not container {@code id}'s, is not
   * mounted here, or its file is not readable.
   */
  static Optional<Path> peakFile(String procCgroup, String mountinfo, String id) {
    List<String[]> lines =
        procCgroup.lines().map(line -> line.split(":", 3)).filter(f -> f.length == 3).toList();
    for (String[] line : lines) { // cgroup v1, also in a hybrid layout
      if (Arrays.asList(line[1].split(",")).contains("memory")) {
        return directory(line[2], mountinfo, "cgroup", "memory", id)
            .flatMap(dir -> readable(dir.resolve("memory.max_usage_in_bytes")));
      }
    }
    for (String[] line : lines) { // cgroup v2
      if (line[0].equals("0") && line[1].isEmpty()) {
        return directory(line[2], mountinfo, "cgroup2", null, id)
            .flatMap(
                dir ->
                    readable(dir.resolve("memory.peak"))
                        .or(() -> readable(dir.resolve("memory.current"))));
      }
    }
    return Optional.empty();
  }

  /**
   * Where cgroup {@code path} is on this host: under the mount point of a {@code fsType} mount
   * (with {@code option} among its super options, for cgroup v1) whose root holds the path.
   */
  private static Optional<Path> directory(
      String path, String mountinfo, String fsType, String option, String id) {
    boolean theContainers = path.startsWith("/") && path.contains(id);
    if (!theContainers || Arrays.asList(path.split("/")).contains("..")) return Optional.empty();
    for (String line : mountinfo.lines().toList()) {
      int separator = line.indexOf(" - ");
      if (separator < 0) continue;
      String[] mount = line.substring(0, separator).split(" ");
      String[] source = line.substring(separator + 3).split(" ");
      if (mount.length < 5 || source.length < 3 || !source[0].equals(fsType)) continue;
      if (option != null && !Arrays.asList(source[2].split(",")).contains(option)) continue;
      String root = unescape(mount[3]);
      String mountPoint = unescape(mount[4]);
      if (root.equals("/")) return Optional.of(Path.of(mountPoint + path));
      if (path.equals(root) || path.startsWith(root + "/")) {
        return Optional.of(Path.of(mountPoint + path.substring(root.length())));
      }
    }
    return Optional.empty();
  }

  /** mountinfo writes a space, tab, newline and backslash in a path as an octal escape. */
  private static String unescape(String field) {
    if (field.indexOf('\\') < 0) return field;
    var out = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      String octal = i + 3 < field.length() ? field.substring(i + 1, i + 4) : "";
      if (c == '\\' && octal.matches("[0-7]{3}")) {
        out.append((char) Integer.parseInt(octal, 8));
        i += 3;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Optional<Path> readable(Path file) {
    return Files.isReadable(file) ? Optional.of(file) : Optional.empty();
  }

  /** Reads {@code file}; empty once it is gone (the container stopped) or unreadable. */
  private static PeakSampler.Gauge gauge(Path file) {
    return () -> read(file).map(ContainerMemory::bytes).orElse(OptionalLong.empty());
  }

  private static OptionalLong bytes(String text) {
    try {
      return OptionalLong.of(Long.parseLong(text.trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static Optional<String> read(Path file) {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.US_ASCII));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
