package dev.kaizen.agent.api;

import dev.kaizen.sandbox.ExecResult;
import java.util.Objects;

/**
 * One command run on its own in the configured sandbox.
 *
 * @param backend the backend it ran in
 * @param result what happened
 */
public record SandboxRun(String backend, ExecResult result) {

  public SandboxRun {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(result, "result");
  }
}
