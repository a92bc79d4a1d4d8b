package dev.kaizen.sandbox.docker;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.DeviceRequest;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import dev.kaizen.sandbox.Gpus;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.support.HostMount;
import java.util.List;
import java.util.Map;

/**
 * The sandbox policy as a Docker {@link HostConfig}: no network, read-only root, a size-capped
 * {@code /tmp}, no capabilities, no privilege gain, memory/CPU/pids limits, GPUs only on request.
 */
final class ContainerPolicy {

  /** Where the tree is mounted; the command's working directory. */
  static final String WORKSPACE = "/workspace";

  /** Where the Maven repository (or its readable view) is mounted, read-only. */
  static final String MAVEN_REPOSITORY = "/m2";

  /** Where a command's results directory is mounted, writable (see {@code Command#results}). */
  static final String RESULTS = "/kaizen-results";

  /** The only writable place besides the tree (and a results directory); also {@code HOME}. */
  static final String TMP = "/tmp";

  private ContainerPolicy() {}

  static HostConfig hostConfig(Limits limits, List<HostMount> mounts) {
    return HostConfig.newHostConfig()
        .withNetworkMode("none")
        .withReadonlyRootfs(true)
        .withCapDrop(Capability.ALL)
        .withSecurityOpts(List.of("no-new-privileges"))
        .withMemory(limits.memoryBytes())
        .withMemorySwap(limits.memoryBytes())
        .withNanoCPUs(Math.round(limits.cpus() * 1e9))
        .withPidsLimit(limits.pids())
        .withTmpFs(Map.of(TMP, tmpOptions(limits.tmpBytes())))
        .withMounts(mounts.stream().map(ContainerPolicy::bind).toList())
        .withDeviceRequests(deviceRequests(limits.gpus()))
        // Output is streamed to the host through an attach; nothing is kept on the engine's disk.
        .withLogConfig(new LogConfig(LogConfig.LoggingType.NONE));
  }

  /**
   * Options of the {@code /tmp} tmpfs. Not {@code noexec}: builds load native libraries unpacked
   * there (JNA, Netty), and the writable tree could hold executables anyway. Mounted through {@code
   * HostConfig.Tmpfs} because the {@code Mounts} API of engines before 1.46 always adds {@code
   * noexec} and may ignore the mode.
   */
  static String tmpOptions(long sizeBytes) {
    return "rw,exec,nosuid,nodev,size=" + sizeBytes + ",mode=1777";
  }

  /** {@code --gpus all} or {@code --gpus device=0,1}, as the docker CLI sends them. */
  static List<DeviceRequest> deviceRequests(Gpus gpus) {
    if (!gpus.any()) return List.of();
    var request = new DeviceRequest().withDriver("").withCapabilities(List.of(List.of("gpu")));
    return List.of(gpus.all() ? request.withCount(-1) : request.withDeviceIds(gpus.deviceIds()));
  }

  private static Mount bind(HostMount mount) {
    return new Mount()
        .withType(MountType.BIND)
        .withSource(mount.source().toString())
        .withTarget(mount.target())
        .withReadOnly(mount.readOnly());
  }
}
