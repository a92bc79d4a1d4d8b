package dev.kaizen.agent.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.sandbox.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One session at a time in a workspace, with an operating-system lock. */
class WorkspaceLockTest {

  private static final Instant T0 = Instant.parse("2026-11-27T04:23:00Z");

  @TempDir Path workspace;

  @Test
  void a_second_lock_in_the_same_process_is_refused_naming_the_holder() {
    try (WorkspaceLock first = WorkspaceLock.acquire(workspace, () -> "s1", T0)) {
      assertThatThrownBy(() -> WorkspaceLock.acquire(workspace, () -> "s2", T0))
          .isInstanceOf(EnvironmentException.class)
          .hasMessage(
              "the workspace "
                  + workspace
                  + " is in use by session s1 ("
                  + ProcessRecord.current()
                  + ", started 2026-11-27T04:23:00Z); wait for it to end (or stop it), or use another --workspace");
      assertThat(first.session()).isEqualTo("s1");
    }
  }

  @Test
  void the_session_id_is_asked_only_once_the_lock_is_held() {
    try (WorkspaceLock first = WorkspaceLock.acquire(workspace, () -> "s1", T0)) {
      assertThatThrownBy(
              () ->
                  WorkspaceLock.acquire(
                      workspace,
                      () -> {
                        throw new AssertionError("an id was chosen without the lock");
                      },
                      T0))
          .isInstanceOf(EnvironmentException.class);
    }
  }

  @Test
  void once_released_the_next_session_takes_it_and_the_file_names_it() {
    WorkspaceLock.acquire(workspace, () -> "s1", T0).close();

    try (WorkspaceLock next = WorkspaceLock.acquire(workspace, () -> "s2", T0.plusSeconds(60))) {
      assertThat(next.holder().session()).isEqualTo("s2");
      assertThat(WorkspaceLock.lastHolder(workspace).map(LockRecord::session)).contains("s2");
    }
    assertThat(WorkspaceLock.lastHolder(workspace).map(LockRecord::session))
        .as("the file names its last holder once released")
        .contains("s2");
  }

  @Test
  void a_lock_held_by_another_process_is_refused_and_freed_when_that_process_is_killed()
      throws Exception {
    try (ChildJvm child =
        ChildJvm.start(LockHolderChild.class, Map.of(), workspace.toString(), "s-child")) {
      assertThat(waitForHolder(child.pid()))
          .as("the child holds the lock; its output:\n%s", child.output())
          .isTrue();

      assertThatThrownBy(() -> WorkspaceLock.acquire(workspace, () -> "s-parent", T0))
          .isInstanceOf(EnvironmentException.class)
          .hasMessageContaining("in use by session s-child (pid " + child.pid() + " on ");
      assertThat(WorkspaceLock.lastHolder(workspace).map(LockRecord::session))
          .as("reading who holds it leaves it held")
          .contains("s-child");
      assertThatThrownBy(() -> WorkspaceLock.acquire(workspace, () -> "s-parent", T0))
          .isInstanceOf(EnvironmentException.class);

      child.kill();

      try (WorkspaceLock mine = WorkspaceLock.acquire(workspace, () -> "s-parent", T0)) {
        assertThat(mine.session())
            .as("a killed holder leaves no lock behind")
            .isEqualTo("s-parent");
      }
    }
  }

  private boolean waitForHolder(long pid) throws InterruptedException {
    Instant end = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(end)) {
      Optional<LockRecord> holder = WorkspaceLock.lastHolder(workspace);
      if (holder.isPresent() && holder.get().process().pid() == pid) return true;
      Thread.sleep(50);
    }
    return false;
  }
}
