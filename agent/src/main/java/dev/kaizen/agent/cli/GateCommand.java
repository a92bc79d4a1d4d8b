package dev.kaizen.agent.cli;

import dev.kaizen.agent.api.GateResult;
import dev.kaizen.agent.api.Kaizen;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen gate}: an interleaved A/B of two revisions and the gate's decision. */
@Command(
    name = "gate",
    mixinStandardHelpOptions = true,
    description = {
      "Builds and tests both revisions in the sandbox, measures them in interleaved pairs, and prints the gate's decision",
      "with its numbers. Evals, gate settings and protected paths come from the base revision (the candidate never judges",
      "itself): a candidate that touches a protected path, or edits or deletes a baseline test or benchmark, is rejected",
      "before anything runs."
    })
final class GateCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Mixin UnsandboxedOption unsandboxed;

  @Option(
      names = "--base",
      paramLabel = "REV",
      required = true,
      description = "The trusted baseline revision.")
  String base;

  @Option(
      names = "--candidate",
      paramLabel = "REV",
      required = true,
      description = "The revision to judge.")
  String candidate;

  @Override
  public Integer call() {
    try (Kaizen kaizen = root.kaizen(unsandboxed)) {
      GateResult r = kaizen.gate(base, candidate);
      if (root.json) {
        JsonDocuments.print(root.out, JsonDocuments.gate(r));
      } else {
        DecisionText.print(root.out, r.base(), r.candidate(), r.decision());
      }
      return Main.OK;
    }
  }
}
