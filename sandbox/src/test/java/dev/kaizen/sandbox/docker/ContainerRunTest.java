package dev.kaizen.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import dev.kaizen.sandbox.ExecResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How a program that cannot be executed is told apart from an engine failure. */
class ContainerRunTest {

  @Test
  void reports_a_program_missing_from_path_as_exit_127() {
    var e =
        new BadRequestException(
            "Status 400: {\"message\":\"failed to create shim task: OCI runtime create failed:"
                + " runc create failed: unable to start container process: exec:"
                + " \\\"mvnx\\\": executable file not found in $PATH: unknown\"}");

    ExecResult result = ContainerRun.cannotExec(e, Duration.ofMillis(5)).orElseThrow();

    assertThat(result.exitCode()).isEqualTo(127);
    assertThat(result.stderr()).isEqualTo("exec: \"mvnx\": executable file not found in $PATH\n");
  }

  @Test
  void reports_a_program_that_may_not_run_as_exit_126() {
    var e =
        new BadRequestException(
            "OCI runtime create failed: container_linux.go:380: starting container process"
                + " caused: exec: \"/workspace/run.sh\": permission denied: unknown");

    ExecResult result = ContainerRun.cannotExec(e, Duration.ZERO).orElseThrow();

    assertThat(result.exitCode()).isEqualTo(126);
    assertThat(result.stderr()).contains("/workspace/run.sh").contains("permission denied");
  }

  @Test
  void leaves_other_start_failures_to_be_thrown() {
    var e = new InternalServerErrorException("error mounting \"/usr\" to rootfs: no such device");

    assertThat(ContainerRun.cannotExec(e, Duration.ZERO)).isEmpty();
  }
}
