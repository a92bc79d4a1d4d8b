package dev.kaizen.agent.cli;

import dev.kaizen.agent.api.KaizenOptions;
import picocli.CommandLine.Option;

/** {@code --allow-unsandboxed}, on every command that runs candidates in a sandbox. */
final class UnsandboxedOption {

  @Option(
      names = "--allow-unsandboxed",
      description =
          "With sandbox.backend: auto, when neither a Docker engine nor a working bubblewrap is"
              + " there, run commands as plain processes (the unsafe-process backend) instead of"
              + " stopping with exit 3. They are then not isolated: they can read your files and"
              + " Kaizen's environment (API keys), write outside their tree, use the network and"
              + " outlive the run; a warning lists all of it.")
  boolean allowed;

  /** {@code options}, allowing {@code auto} to run without isolation when the flag is given. */
  KaizenOptions applyTo(KaizenOptions options) {
    return allowed ? options.allowingUnsandboxed() : options;
  }
}
