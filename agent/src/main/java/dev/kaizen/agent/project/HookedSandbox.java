package dev.kaizen.agent.project;

import dev.kaizen.sandbox.Attack;
import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** A sandbox that is also closed by a JVM shutdown hook (Ctrl-C) until it is closed normally. */
final class HookedSandbox implements Sandbox {

  private final Sandbox delegate;
  private final Thread hook;

  HookedSandbox(Sandbox delegate) {
    this.delegate = delegate;
    this.hook = new Thread(delegate::close, "kaizen-sandbox-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public ExecResult exec(Command command, Path tree, Limits limits) {
    return delegate.exec(command, tree, limits);
  }

  @Override
  public String backend() {
    return delegate.backend();
  }

  @Override
  public Capabilities capabilities() {
    return delegate.capabilities();
  }

  @Override
  public List<String> weaknesses() {
    return delegate.weaknesses();
  }

  @Override
  public Set<Attack> uncontained() {
    return delegate.uncontained();
  }

  @Override
  public String warning(String why) {
    return delegate.warning(why);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs (or ran) the same close
    }
    delegate.close();
  }
}
