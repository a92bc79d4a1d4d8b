package dev.kaizen.agent.redteam;

import dev.kaizen.agent.patch.Patch;
import java.util.Objects;

/** What became of an attack's templates on one repository. */
public sealed interface Instantiated {

  /** The attack as a patch against the baseline. */
  record Ready(Patch patch) implements Instantiated {
    public Ready {
      Objects.requireNonNull(patch, "patch");
    }
  }

  /** The attack does not apply to this repository, and why (no test class, say). */
  record NotApplicable(String why) implements Instantiated {
    public NotApplicable {
      Objects.requireNonNull(why, "why");
    }
  }
}
