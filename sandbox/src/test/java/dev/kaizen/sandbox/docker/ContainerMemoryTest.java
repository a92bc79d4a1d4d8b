package dev.kaizen.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a container's memory cgroup file is found from {@code /proc/<pid>/cgroup} and {@code
 * /proc/self/mountinfo}, on cgroup file systems laid out in a temporary directory.
 */
class ContainerMemoryTest {

  private static final String ID =
      "5bf50106abeb3b67f6180d50357501a7baa3f090707dec91a622b3e51a74aca2";

  @TempDir Path root;

  @Test
  void finds_the_v1_high_water_mark_through_the_memory_hierarchy_in_a_hybrid_layout()
      throws Exception {
    Path file = file("memory/docker/" + ID + "/memory.max_usage_in_bytes");
    String cgroup =
        "9:name=systemd:/docker/" + ID + "\n4:memory:/docker/" + ID + "\n0::/docker/" + ID + "\n";
    String mountinfo =
        mount("/", "cpu", "cgroup", "rw,cpu")
            + mount("/", "memory", "cgroup", "rw,memory")
            + mount("/", "unified", "cgroup2", "rw");

    assertThat(ContainerMemory.peakFile(cgroup, mountinfo, ID)).contains(file);
  }

  @Test
  void finds_a_v1_memory_hierarchy_mounted_with_other_controllers_and_a_root_of_its_own()
      throws Exception {
    Path file = file("memory/" + ID + "/memory.max_usage_in_bytes");
    String cgroup = "5:cpu,memory:/kaizen/docker/" + ID + "\n";
    String mountinfo = mount("/kaizen/docker", "memory", "cgroup", "rw,cpu,memory");

    assertThat(ContainerMemory.peakFile(cgroup, mountinfo, ID)).contains(file);
  }

  @Test
  void prefers_the_v2_peak_and_falls_back_to_the_current_usage() throws Exception {
    String cgroup = "0::/system.slice/docker-" + ID + ".scope\n";
    String mountinfo = mount("/", "", "cgroup2", "rw,nsdelegate");
    Path current = file("system.slice/docker-" + ID + ".scope/memory.current");

    assertThat(ContainerMemory.peakFile(cgroup, mountinfo, ID)).contains(current);

    Path peak = file("system.slice/docker-" + ID + ".scope/memory.peak");
    assertThat(ContainerMemory.peakFile(cgroup, mountinfo, ID)).contains(peak);
  }

  @Test
  void never_takes_a_cgroup_that_is_not_the_containers() throws Exception {
    file("memory/user.slice/memory.max_usage_in_bytes");
    String mountinfo = mount("/", "memory", "cgroup", "rw,memory");

    assertThat(ContainerMemory.peakFile("4:memory:/user.slice\n", mountinfo, ID))
        .as("another process with the container's pid, seen from another namespace")
        .isEmpty();
    assertThat(ContainerMemory.peakFile("4:memory:/../../docker/" + ID + "\n", mountinfo, ID))
        .as("a cgroup outside this namespace")
        .isEmpty();
  }

  @Test
  void finds_nothing_where_the_hierarchy_is_not_mounted_or_the_file_is_missing() throws Exception {
    String cgroup = "4:memory:/docker/" + ID + "\n";

    assertThat(ContainerMemory.peakFile(cgroup, mount("/", "cpu", "cgroup", "rw,cpu"), ID))
        .isEmpty();
    assertThat(ContainerMemory.peakFile(cgroup, mount("/", "memory", "cgroup", "rw,memory"), ID))
        .as("the container is gone: its cgroup directory with it")
        .isEmpty();
  }

  @Test
  void reads_mount_points_with_escaped_spaces() throws Exception {
    Path file = file("cgroup fs/docker/" + ID + "/memory.max_usage_in_bytes");
    String escaped = root.resolve("cgroup fs").toString().replace(" ", "\\040");
    String mountinfo = "35 31 0:32 / " + escaped + " rw,relatime - cgroup cgroup rw,memory\n";

    assertThat(ContainerMemory.peakFile("4:memory:/docker/" + ID + "\n", mountinfo, ID))
        .contains(file);
  }

  @Test
  void a_path_found_for_one_container_is_the_pattern_for_the_next() {
    String other = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    var pattern =
        new ContainerMemory.PathPattern(
            "/sys/fs/cgroup/system.slice/docker-" + ID + ".scope/memory.peak", ID);

    assertThat(pattern.fileOf(other))
        .isEqualTo(Path.of("/sys/fs/cgroup/system.slice/docker-" + other + ".scope/memory.peak"));
  }

  /** A mountinfo line mounting {@code rootInFs} of a file system of {@code type} at {@code dir}. */
  private String mount(String rootInFs, String dir, String type, String superOptions) {
    Path mountPoint = dir.isEmpty() ? root : root.resolve(dir);
    return "35 31 0:32 "
        + rootInFs
        + " "
        + mountPoint
        + " rw,nosuid,nodev,noexec,relatime shared:9 - "
        + type
        + " "
        + type
        + " "
        + superOptions
        + "\n";
  }

  private Path file(String relative) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "1048576\n");
  }
}
