package dev.kaizen.agent.config;

import dev.kaizen.evals.EvalEntry;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An item of {@code kaizen.yml}'s {@code evals} list, as its eval type reads its own keys: errors
 * are {@link ConfigException}s naming the file, the line and the full key ({@code kaizen.yml:5:
 * evals[0].metrics[1].better: …}).
 */
final class YamlEvalEntry extends YamlMapping implements EvalEntry {

  private final String id;
  private final String command;
  private final Optional<Duration> timeout;

  YamlEvalEntry(YamlSection section, String id, String command, Optional<Duration> timeout) {
    super(section);
    this.id = Objects.requireNonNull(id, "id");
    this.command = Objects.requireNonNull(command, "command");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String command() {
    return command;
  }

  @Override
  public Optional<Duration> timeout() {
    return timeout;
  }
}
