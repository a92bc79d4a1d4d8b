package dev.kaizen.agent.api;

import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.SessionRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** One session, or one of its iterations, as the ledger holds it. */
public sealed interface Shown {

  /** A session and its iterations, in order. */
  record Session(SessionRecord session, List<IterationRecord> iterations) implements Shown {
    public Session {
      Objects.requireNonNull(session, "session");
      iterations = List.copyOf(iterations);
    }
  }

  /**
   * One iteration, with the files it left.
   *
   * @param directory the iteration's folder in the ledger
   * @param artifacts the files in it, relative to it, sorted
   */
  record Iteration(IterationRecord iteration, Path directory, List<String> artifacts)
      implements Shown {
    public Iteration {
      Objects.requireNonNull(iteration, "iteration");
      Objects.requireNonNull(directory, "directory");
      artifacts = List.copyOf(artifacts);
    }
  }
}
