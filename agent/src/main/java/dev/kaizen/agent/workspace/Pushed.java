package dev.kaizen.agent.workspace;

/** What a push did to the remote's branch. */
public enum Pushed {
  /** The branch did not exist there and now does. */
  CREATED,
  /** The branch was fast-forwarded. */
  UPDATED,
  /** The branch already pointed at the commit. */
  UP_TO_DATE;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
