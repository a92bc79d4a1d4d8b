package dev.kaizen.agent.api;

import dev.kaizen.agent.ledger.SessionRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The sessions recorded in the ledger.
 *
 * @param ledger the folder that holds them
 * @param sessions each session's record, oldest first
 */
public record History(Path ledger, List<SessionRecord> sessions) {

  public History {
    Objects.requireNonNull(ledger, "ledger");
    sessions = List.copyOf(sessions);
  }
}
