package dev.kaizen.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.DeviceRequest;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import dev.kaizen.sandbox.Gpus;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.support.HostMount;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy as built for the engine, checked without running anything. */
class ContainerPolicyTest {

  private static final Limits LIMITS =
      Limits.DEFAULT
          .withCpus(1.5)
          .withMemoryBytes(256L << 20)
          .withPids(100)
          .withTmpBytes(32L << 20);

  @Test
  void asks_for_no_gpu_unless_the_limits_name_some() {
    assertThat(ContainerPolicy.deviceRequests(Gpus.NONE)).isEmpty();
    assertThat(ContainerPolicy.hostConfig(LIMITS, List.of()).getDeviceRequests()).isEmpty();
  }

  @Test
  void asks_for_all_gpus_as_docker_run_gpus_all_does() throws Exception {
    List<DeviceRequest> requests = ContainerPolicy.deviceRequests(Gpus.ALL);

    assertThat(requests).hasSize(1);
    DeviceRequest all = requests.get(0);
    assertThat(all.getCount()).isEqualTo(-1);
    assertThat(all.getDriver()).isEmpty();
    assertThat(all.getDeviceIds()).isNull();
    assertThat(all.getCapabilities()).isEqualTo(List.of(List.of("gpu")));
    assertThat(new ObjectMapper().writeValueAsString(all))
        .contains("\"Count\":-1", "\"Capabilities\":[[\"gpu\"]]", "\"Driver\":\"\"");
  }

  @Test
  void asks_for_the_listed_gpus_by_id() {
    HostConfig config = ContainerPolicy.hostConfig(LIMITS.withGpus(Gpus.parse("0,1")), List.of());

    assertThat(config.getDeviceRequests()).hasSize(1);
    DeviceRequest listed = config.getDeviceRequests().get(0);
    assertThat(listed.getDeviceIds()).containsExactly("0", "1");
    assertThat(listed.getCount()).isNull();
    assertThat(listed.getCapabilities()).isEqualTo(List.of(List.of("gpu")));
  }

  @Test
  void locks_the_container_down() {
    HostConfig config = ContainerPolicy.hostConfig(LIMITS, List.of());

    assertThat(config.getNetworkMode()).isEqualTo("none");
    assertThat(config.getReadonlyRootfs()).isTrue();
    assertThat(config.getCapDrop()).containsExactly(Capability.ALL);
    assertThat(config.getCapAdd()).isNullOrEmpty();
    assertThat(config.getPrivileged()).isNotEqualTo(Boolean.TRUE);
    assertThat(config.getSecurityOpts()).containsExactly("no-new-privileges");
    assertThat(config.getLogConfig().getType()).isEqualTo(LogConfig.LoggingType.NONE);
  }

  @Test
  void applies_the_limits() {
    HostConfig config = ContainerPolicy.hostConfig(LIMITS, List.of());

    assertThat(config.getMemory()).isEqualTo(256L << 20);
    assertThat(config.getMemorySwap()).as("no swap beyond the memory").isEqualTo(256L << 20);
    assertThat(config.getNanoCPUs()).isEqualTo(1_500_000_000L);
    assertThat(config.getPidsLimit()).isEqualTo(100L);
    assertThat(config.getTmpFs())
        .isEqualTo(Map.of("/tmp", "rw,exec,nosuid,nodev,size=" + (32L << 20) + ",mode=1777"));
  }

  @Test
  void binds_the_mounts_as_given() {
    var mounts =
        List.of(
            HostMount.readOnly(Path.of("/usr")),
            new HostMount(Path.of("/work/tree"), ContainerPolicy.WORKSPACE, false));

    List<Mount> bound = ContainerPolicy.hostConfig(LIMITS, mounts).getMounts();

    assertThat(bound).extracting(Mount::getType).containsOnly(MountType.BIND);
    assertThat(bound).extracting(Mount::getSource).containsExactly("/usr", "/work/tree");
    assertThat(bound).extracting(Mount::getTarget).containsExactly("/usr", "/workspace");
    assertThat(bound).extracting(Mount::getReadOnly).containsExactly(true, false);
  }
}
