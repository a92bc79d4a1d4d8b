package dev.kaizen.agent.propose;

import dev.kaizen.agent.config.KaizenConfig;
import java.time.Instant;

/**
 * Opens a session's proposer once the session's configuration is known (it comes from the baseline
 * commit, so a proposer that needs the {@code model:} or {@code budget:} section cannot be made
 * earlier).
 */
@FunctionalInterface
public interface ProposerFactory {

  /**
   * Opens the proposer for a session that started at {@code started} under {@code config}.
   *
   * @throws dev.kaizen.agent.EnvironmentException when what the proposer needs is not there (an API
   *     key's variable is unset)
   * @throws dev.kaizen.agent.UsageException when the configuration does not make a usable proposer
   */
  Proposer open(KaizenConfig config, Instant started);

  /** A factory of a proposer that needs no configuration. */
  static ProposerFactory of(Proposer proposer) {
    return (config, started) -> proposer;
  }
}
