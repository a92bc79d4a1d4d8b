package dev.kaizen.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import dev.kaizen.sandbox.SandboxConfigurationException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * An image given by reference: used when the engine has it, otherwise pulled once, within a bounded
 * time. An image that can be neither found nor pulled is a configuration error.
 */
final class RegistryImage {

  /** How long a pull may take; big toolchain images over a slow line need minutes. */
  static final Duration PULL_TIMEOUT = Duration.ofMinutes(10);

  private RegistryImage() {}

  /**
   * Makes sure the engine has {@code reference}, pulling it when missing.
   *
   * @throws SandboxConfigurationException when it is not local and cannot be pulled in time
   */
  static ContainerImage prepare(DockerClient docker, String reference, Duration pullTimeout) {
    if (!isLocal(docker, reference)) {
      pull(docker, reference, pullTimeout);
      if (!isLocal(docker, reference)) {
        throw unavailable(reference, "the pull ended but the engine still does not have it");
      }
    }
    return ContainerImage.selfContained(reference);
  }

  private static boolean isLocal(DockerClient docker, String reference) {
    try {
      docker.inspectImageCmd(reference).exec();
      return true;
    } catch (NotFoundException absent) {
      return false;
    } catch (DockerException e) {
      throw new SandboxConfigurationException(
          "image '" + reference + "' cannot be looked up: " + message(e), e);
    }
  }

  private static void pull(DockerClient docker, String reference, Duration timeout) {
    String[] repositoryAndTag = repositoryAndTag(reference);
    var progress = new Progress();
    try (var pulling =
        docker.pullImageCmd(repositoryAndTag[0]).withTag(repositoryAndTag[1]).exec(progress)) {
      if (!pulling.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw unavailable(reference, "no answer within " + timeout.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(reference, "interrupted");
    } catch (IOException | RuntimeException e) {
      if (e instanceof SandboxConfigurationException c) throw c;
      throw unavailable(reference, message(e));
    }
    if (progress.error != null) throw unavailable(reference, progress.error);
  }

  /**
   * The repository and the tag to pull: a reference without tag means {@code latest} (an empty tag
   * would pull every tag); one with a digest is pulled as it is.
   */
  static String[] repositoryAndTag(String reference) {
    if (reference.contains("@")) return new String[] {reference, null};
    int colon = reference.lastIndexOf(':');
    if (colon > reference.lastIndexOf('/')) {
      return new String[] {reference.substring(0, colon), reference.substring(colon + 1)};
    }
    return new String[] {reference, "latest"};
  }

  static SandboxConfigurationException unavailable(String reference, String why) {
    return new SandboxConfigurationException(
        "image '"
            + reference
            + "' is not available locally and could not be pulled: "
            + why
            + " (docker load it, or use image: host or a Dockerfile)");
  }

  /** The engine's own words when it gave some ({@code Status 500: {"message":"..."}}). */
  static String message(Throwable e) {
    String message = e.getMessage();
    if (message == null) return e.getClass().getSimpleName();
    var engine = ENGINE_MESSAGE.matcher(message.strip());
    return engine.matches() ? engine.group(1).replace("\\\"", "\"") : message.strip();
  }

  private static final Pattern ENGINE_MESSAGE =
      Pattern.compile("Status \\d+: \\{\"message\":\"(.*)\"\\}", Pattern.DOTALL);

  /** Keeps the first error the engine reports while pulling, as its answer or in its stream. */
  private static final class Progress extends ResultCallback.Adapter<PullResponseItem> {

    private volatile String error;

    @Override
    public void onError(Throwable throwable) {
      if (error == null) error = message(throwable);
      try {
        close(); // ends the wait; the error is reported by pull(), not logged here
      } catch (IOException e) {
        // closing anyway
      }
    }

    @Override
    public void onNext(PullResponseItem item) {
      if (error == null && item.isErrorIndicated()) {
        error =
            item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                ? item.getErrorDetail().getMessage()
                : item.getError();
      }
    }
  }
}
