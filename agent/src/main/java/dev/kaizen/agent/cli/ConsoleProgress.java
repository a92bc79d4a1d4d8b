package dev.kaizen.agent.cli;

import dev.kaizen.agent.loop.Progress;
import java.io.PrintStream;

/**
 * Progress on stderr: plain lines, and on a terminal a pair counter that updates in place.
 */
final class ConsoleProgress implements Progress {

  private final PrintStream err;
  private final boolean verbose;
  private final boolean terminal;
  private boolean lineOpen;

  ConsoleProgress(PrintStream err, boolean verbose, boolean terminal) {
    this.err = err;
    this.verbose = verbose;
    this.terminal = terminal;
  }

  @Override
  public synchronized void info(String message) {
    closeLine();
    err.println(message);
  }

  @Override
  public synchronized void warn(String message) {
    closeLine();
    err.println("warning: " + message);
  }

  @Override
  public synchronized void step(String message) {
    closeLine();
    err.println("  " + message + " …");
  }

  @Override
  public synchronized void pairMeasured(int done, int planned) {
    if (terminal) {
      err.print("\r  measured " + done + "/" + planned + " pairs");
      lineOpen = true;
      if (done >= planned) closeLine();
    } else if (verbose || done == planned || done % 5 == 0) {
      err.println("  measured " + done + "/" + planned + " pairs");
    }
  }

  private void closeLine() {
    if (lineOpen) {
      err.println();
      lineOpen = false;
    }
  }
}
