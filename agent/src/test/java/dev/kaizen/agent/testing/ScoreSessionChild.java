package dev.kaizen.agent.testing;

import dev.kaizen.agent.Progress;
import dev.kaizen.agent.loop.ImproveRequest;
import dev.kaizen.agent.loop.Improver;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.propose.Goal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code kaizen improve} on a {@link ScoreRepo} with the {@link ScoreProposer}, in a JVM of its own
 * that a test can kill: {@code ScoreSessionChild REPO ITERATIONS [INTO]}. With {@link
 * ScoreRepo#HOLD_AT} and {@link ScoreRepo#HELD} in its environment it hangs in the middle of an
 * iteration.
 */
public final class ScoreSessionChild {

  private ScoreSessionChild() {}

  public static void main(String[] args) {
    Path repo = Path.of(args[0]);
    var request =
        new ImproveRequest(
            Optional.of(Integer.parseInt(args[1])),
            Goal.DEFAULT,
            args.length > 2 ? Optional.of(args[2]) : Optional.empty());
    try (Project project =
        Project.open(repo, Optional.empty(), Optional.empty(), ScoreRepo.EXTENSIONS)) {
      var result =
          new Improver(project, new ScoreProposer(), Progress.SILENT, Clock.systemUTC())
              .run(request);
      System.out.println("session " + result.session() + ": " + result.stopReason());
    }
  }
}
