package dev.kaizen.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.SandboxException;
import dev.kaizen.sandbox.support.OutputTail;
import dev.kaizen.sandbox.support.PeakSampler;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One command in one container: create, attach, start, wait (killing it when its time is up),
 * inspect, and always remove.
 *
 * <p>Output is read through an attach made before the start, straight into two bounded {@link
 * OutputTail}s; the container's log driver is {@code none}, so nothing accumulates on the engine
 * either. From the start to the exit, {@link ContainerMemory} samples the container's peak memory
 * on a thread of its own.
 */
final class ContainerRun {

  private static final Logger LOG = LoggerFactory.getLogger(ContainerRun.class);

  /**
   * How long to wait for the engine to confirm an attach, an exit after a kill, or the last output.
   */
  private static final long ENGINE_GRACE_SECONDS = 60;

  /** The runtime's words when the program cannot be executed; like a shell, 127 or 126. */
  private static final Pattern CANNOT_EXEC = Pattern.compile("exec: \"[^\"]*\": [^\"\\n]*");

  private final DockerClient docker;
  private final ContainerMemory memory;
  private final Set<String> running;
  private final BooleanSupplier closed;

  ContainerRun(
      DockerClient docker, ContainerMemory memory, Set<String> running, BooleanSupplier closed) {
    this.docker = docker;
    this.memory = memory;
    this.running = running;
    this.closed = closed;
  }

  ExecResult run(CreateContainerCmd create, Limits limits) {
    String id = create.exec().getId();
    running.add(id);
    try {
      if (closed.getAsBoolean()) throw closedWhileRunning();
      return attachStartAndWait(id, limits);
    } finally {
      remove(id);
      running.remove(id);
    }
  }

  private ExecResult attachStartAndWait(String id, Limits limits) {
    var stdout = new OutputTail(limits.outputBytes());
    var stderr = new OutputTail(limits.outputBytes());
    try (var streams =
        docker
            .attachContainerCmd(id)
            .withStdOut(true)
            .withStdErr(true)
            .withFollowStream(true)
            .withLogs(false)
            .exec(new Streams(stdout, stderr))) {
      if (!streams.awaitStarted(ENGINE_GRACE_SECONDS, TimeUnit.SECONDS)) {
        throw new SandboxException("the engine did not attach to container " + id);
      }
      long started = System.nanoTime();
      try {
        docker.startContainerCmd(id).exec();
      } catch (DockerException e) {
        return cannotExec(e, elapsedSince(started)).orElseThrow(() -> e);
      }
      PeakSampler sampler = memory.watch(id);
      Exit exit;
      Duration elapsed;
      OptionalLong peakMemory;
      try {
        exit = awaitExit(id, limits.timeout());
        elapsed = elapsedSince(started);
      } finally {
        peakMemory = sampler.stop();
      }
      streams.awaitCompletion(ENGINE_GRACE_SECONDS, TimeUnit.SECONDS);
      if (closed.getAsBoolean()) throw closedWhileRunning();
      boolean oomKilled =
          Boolean.TRUE.equals(docker.inspectContainerCmd(id).exec().getState().getOOMKilled());
      return new ExecResult(
          exit.timedOut() ? 137 : exit.status(),
          stdout.text(),
          stderr.text(),
          elapsed,
          exit.timedOut(),
          oomKilled,
          stdout.truncated() || stderr.truncated(),
          peakMemory);
    } catch (InterruptedException e) {
      kill(id);
      Thread.currentThread().interrupt();
      throw new SandboxException("interrupted while container " + id + " ran", e);
    } catch (IOException e) {
      throw new SandboxException("lost the output of container " + id + ": " + e.getMessage(), e);
    }
  }

  private record Exit(int status, boolean timedOut) {}

  /**
   * Waits for the exit; when the time is up, kills the container and waits again, which then
   * answers at once.
   */
  private Exit awaitExit(String id, Duration timeout) throws InterruptedException, IOException {
    try (var waiting = docker.waitContainerCmd(id).exec(new WaitContainerResultCallback())) {
      if (waiting.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return new Exit(statusOf(id, waiting), false);
      }
    }
    boolean timedOut = kill(id);
    try (var waiting = docker.waitContainerCmd(id).exec(new WaitContainerResultCallback())) {
      if (!waiting.awaitCompletion(ENGINE_GRACE_SECONDS, TimeUnit.SECONDS)) {
        throw new SandboxException("container " + id + " did not stop after it was killed");
      }
      return new Exit(statusOf(id, waiting), timedOut);
    }
  }

  private int statusOf(String id, WaitContainerResultCallback waiting) {
    if (closed.getAsBoolean()) throw closedWhileRunning();
    try {
      return waiting.awaitStatusCode();
    } catch (RuntimeException e) {
      throw new SandboxException("lost track of container " + id + ": " + e.getMessage(), e);
    }
  }

  /** Kills the container; false when it had already stopped by itself. */
  private boolean kill(String id) {
    try {
      docker.killContainerCmd(id).withSignal("KILL").exec();
      return true;
    } catch (ConflictException | NotFoundException notRunning) {
      return false;
    }
  }

  private void remove(String id) {
    try {
      docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
    } catch (NotFoundException | ConflictException goneOrGoing) {
      // close() removed it, or is removing it right now
    } catch (RuntimeException e) {
      LOG.warn("could not remove container {}; the next sandbox on this host removes it", id, e);
    }
  }

  /** A program that cannot be executed is the command's failure, reported as a shell would. */
  static Optional<ExecResult> cannotExec(DockerException e, Duration elapsed) {
    String message = e.getMessage() == null ? "" : e.getMessage().replace("\\\"", "\"");
    var matcher = CANNOT_EXEC.matcher(message);
    if (!matcher.find()) return Optional.empty();
    String reason = matcher.group().replaceFirst(": unknown$", "");
    int status = reason.endsWith("permission denied") ? 126 : 127;
    return Optional.of(new ExecResult(status, "", reason + "\n", elapsed, false, false, false));
  }

  private SandboxException closedWhileRunning() {
    return new SandboxException("the sandbox was closed while the command ran");
  }

  private static Duration elapsedSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /** Sorts the attached frames into the two tails. */
  private static final class Streams extends ResultCallback.Adapter<Frame> {

    private final OutputTail stdout;
    private final OutputTail stderr;

    Streams(OutputTail stdout, OutputTail stderr) {
      this.stdout = stdout;
      this.stderr = stderr;
    }

    @Override
    public void onNext(Frame frame) {
      byte[] payload = frame.getPayload();
      if (payload == null) return;
      switch (frame.getStreamType()) {
        case STDOUT, RAW -> stdout.write(payload, 0, payload.length);
        case STDERR -> stderr.write(payload, 0, payload.length);
        default -> {}
      }
    }
  }
}
