package dev.kaizen.agent;

import dev.kaizen.evals.EvalListener;

/**
 * Hears what long work is doing, to show it. The console prints lines (or a bar on a terminal);
 * tests record them.
 */
public interface Progress extends EvalListener {

  Progress SILENT = new Progress() {};

  /** Something worth a line of its own. */
  default void info(String message) {}

  /** Something the user should not miss. */
  default void warn(String message) {}
}
