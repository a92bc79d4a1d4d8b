package dev.kaizen.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.sandbox.SandboxSettings;
import org.junit.jupiter.api.Test;

/** {@code sandbox.backend}: the registered names, {@code unsafe-process} among them. */
class SandboxBackendConfigTest {

  private static KaizenConfig read(String yaml) {
    return ConfigReader.read(yaml, "kaizen.yml", "test", ProjectDefaults.maven());
  }

  @Test
  void the_default_is_auto_which_isolates_or_fails() {
    assertThat(read("budget: {max-iterations: 3}\n").sandbox().backend())
        .isEqualTo(SandboxSettings.AUTO);
  }

  @Test
  void reads_unsafe_process_the_explicit_way_to_run_without_isolation() {
    assertThat(read("sandbox: {backend: unsafe-process}\n").sandbox().backend())
        .isEqualTo("unsafe-process");
    assertThat(read("sandbox: {backend: process}\n").sandbox().backend()).isEqualTo("process");
  }

  @Test
  void an_unknown_backend_lists_every_registered_name() {
    assertThatThrownBy(() -> read("sandbox: {backend: plain}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "kaizen.yml:1: sandbox.backend: unknown sandbox backend 'plain' (expected auto, docker,"
                + " process or unsafe-process)");
  }
}
