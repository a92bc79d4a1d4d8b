package dev.kaizen.agent.cli;

import dev.kaizen.agent.api.EvaluateResult;
import dev.kaizen.agent.api.Kaizen;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen eval}: the scorecard of one revision. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Builds a revision in the sandbox, runs its tests and metric evals once, and prints the scorecard.")
final class EvalCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Mixin UnsandboxedOption unsandboxed;

  @Option(
      names = "--rev",
      paramLabel = "REV",
      defaultValue = "HEAD",
      description = "The revision to evaluate (default: ${DEFAULT-VALUE}).")
  String rev;

  @Override
  public Integer call() {
    try (Kaizen kaizen = root.kaizen(unsandboxed)) {
      EvaluateResult r = kaizen.evaluate(rev);
      if (root.json) {
        JsonDocuments.print(root.out, JsonDocuments.evaluation(r));
      } else {
        ScorecardText.print(root.out, r);
      }
      return Main.OK;
    }
  }
}
