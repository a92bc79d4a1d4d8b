package dev.kaizen.agent.propose;

import java.util.List;

/**
 * What the session knows beyond the code: what was tried and what became of it (the improvement
 * journal), what is measured, where the time goes, and what the user said.
 *
 * @param history the session's earlier iterations, oldest first
 * @param metrics one line per measured metric: its name, direction, role and latest numbers
 * @param hotspots the hottest methods of the best tree, hottest first (empty when not profiled)
 * @param feedback the user's words on earlier proposals, oldest first, in a manual session ({@code
 *     kaizen session}); empty in the loop
 */
public record SessionNotes(
    List<PastAttempt> history,
    List<String> metrics,
    List<Hotspot> hotspots,
    List<String> feedback) {

  public static final SessionNotes EMPTY =
      new SessionNotes(List.of(), List.of(), List.of(), List.of());

  public SessionNotes {
    history = List.copyOf(history);
    metrics = List.copyOf(metrics);
    hotspots = List.copyOf(hotspots);
    feedback = List.copyOf(feedback);
  }
}
