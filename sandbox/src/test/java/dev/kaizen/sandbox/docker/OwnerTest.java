package dev.kaizen.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnerTest {

  @Test
  void reads_back_the_labels_it_writes() {
    Owner owner = new Owner("vm", 42, 1234);

    assertThat(Owner.fromLabels(owner.labels())).contains(owner);
  }

  @Test
  void names_no_owner_when_the_labels_do_not() {
    assertThat(Owner.fromLabels(null)).isEmpty();
    assertThat(Owner.fromLabels(Map.of(DockerSandbox.LABEL, "true"))).isEmpty();
    assertThat(Owner.fromLabels(Map.of(Owner.HOST_LABEL, "vm", Owner.PID_LABEL, "x"))).isEmpty();
  }

  @Test
  void this_process_is_alive() {
    Owner self = Owner.current();

    assertThat(self.isDeadOn(self.host())).isFalse();
  }

  @Test
  void a_pid_no_process_has_is_dead() {
    assertThat(new Owner("vm", 4_194_305L, 0).isDeadOn("vm")).isTrue();
  }

  @Test
  void a_live_pid_that_started_at_another_time_is_a_dead_owner() {
    Owner self = Owner.current();

    assertThat(new Owner(self.host(), self.pid(), self.start() + 1).isDeadOn(self.host())).isTrue();
  }

  @Test
  void owners_on_other_hosts_are_never_judged() {
    assertThat(new Owner("elsewhere", 4_194_305L, 0).isDeadOn("vm")).isFalse();
  }
}
