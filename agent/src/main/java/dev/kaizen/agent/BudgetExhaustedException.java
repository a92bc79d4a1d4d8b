package dev.kaizen.agent;

/** A configured budget (time, tokens, money) ran out before the work was done. Exit 4. */
public class BudgetExhaustedException extends KaizenException {

  public BudgetExhaustedException(String message) {
    super(message);
  }

  @Override
  public int exitCode() {
    return 4;
  }
}
