package dev.kaizen.agent.cli;

import dev.kaizen.agent.BudgetExhaustedException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.api.Kaizen;
import dev.kaizen.agent.loop.ImproveRequest;
import dev.kaizen.agent.loop.SessionResult;
import dev.kaizen.agent.propose.Goal;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen improve}: the loop. */
@Command(
    name = "improve",
    mixinStandardHelpOptions = true,
    description = {
      "Proposes changes, measures each against the best commit in the sandbox, and keeps only those the gate accepts.",
      "Accepted changes move the session branch kaizen/<session>; your working tree and current branch are never touched."
    })
final class ImproveCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Mixin UnsandboxedOption unsandboxed;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description =
          "Iterations to try at most (default: budget.max-iterations); with --resume, finished ones included (default: as first asked).")
  Integer iterations;

  @Mixin ProposerOptions proposerOptions;

  @Option(
      names = "--goal",
      paramLabel = "TEXT",
      description = "What to improve, in words (shown to the proposer).")
  String goal;

  @Option(
      names = "--propose-only",
      description = {
        "Only propose: each change is committed on its candidate branch, and nothing is built, run or measured",
        "(no sandbox). 'improve --proposer replay --from SESSION' measures the proposals later, elsewhere (a job without the key)."
      })
  boolean proposeOnly;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "1",
      description = {
        "Candidates proposed and judged together per round (default: ${DEFAULT-VALUE}). With more than gate.batch.confirm,",
        "cheap screening pairs choose which are confirmed on fresh pairs; Benjamini-Hochberg adjusts across them."
      })
  int batch;

  @Option(
      names = "--into",
      paramLabel = "BRANCH",
      description =
          "Also fast-forward BRANCH to the best commit at the end (never a checked-out branch with uncommitted changes).")
  String into;

  @Option(
      names = "--resume",
      paramLabel = "SESSION",
      description =
          "Continue SESSION (interrupted or failed) from the ledger: its finished iterations are kept, the one in flight is redone.")
  String resume;

  @Override
  public Integer call() {
    if (iterations != null && iterations < 1)
      throw new UsageException("--iterations must be at least 1");
    if (goal != null && goal.isBlank()) throw new UsageException("--goal must not be blank");
    if (batch < 1) throw new UsageException("--batch must be at least 1, not " + batch);
    if (proposeOnly && into != null) {
      throw new UsageException(
          "--into has nothing to fast-forward with --propose-only: nothing is measured or accepted");
    }
    if (resume != null && (goal != null || into != null || proposeOnly || batch != 1)) {
      throw new UsageException(
          "--resume goes on as the session was started: its --goal, --into, --batch and --propose-only are its own");
    }
    proposerOptions.check();
    var request =
        new ImproveRequest(
            Optional.ofNullable(iterations),
            goal == null ? Goal.DEFAULT : new Goal(goal),
            Optional.ofNullable(into),
            batch,
            proposeOnly);
    try (Kaizen kaizen = root.kaizen(unsandboxed)) {
      SessionResult result =
          resume == null
              ? kaizen.improve(request, proposerOptions.choice())
              : kaizen.resume(resume, Optional.ofNullable(iterations), proposerOptions.choice());
      if (root.json) {
        JsonDocuments.print(root.out, JsonDocuments.session(result));
      } else {
        SessionText.printLoop(root.out, result);
      }
      if (result.budgetExhausted())
        throw new BudgetExhaustedException(
            result.stopReason() + "; the ledger holds every iteration");
      return Main.OK;
    }
  }
}
