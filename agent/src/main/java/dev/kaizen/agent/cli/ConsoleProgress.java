package dev.kaizen.agent.cli;

import dev.kaizen.agent.Progress;
import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress on stderr. Off a terminal (and always with {@code --json}) only whole lines: every fifth
 * measured pair and the last. On a terminal measured pairs show as a bar that updates in place,
 * with the time since the measuring started: {@code [########------------] 12/30 pairs 1m20s}.
 */
final class ConsoleProgress implements Progress {

  static final int BAR_WIDTH = 20;

  private final PrintStream err;
  private final boolean verbose;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private boolean lineOpen;
  private int lineLength;
  private long started = -1;

  ConsoleProgress(PrintStream err, boolean verbose, boolean terminal) {
    this(err, verbose, terminal, System::nanoTime);
  }

  ConsoleProgress(PrintStream err, boolean verbose, boolean terminal, LongSupplier nanoTime) {
    this.err = err;
    this.verbose = verbose;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
  }

  /**
   * Whether the console is an interactive terminal. Before Java 22 {@link System#console()} is null
   * when a stream is redirected; from 22 on it may not be, and {@code isTerminal()} says.
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) return false;
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
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
    started = nanoTime.getAsLong();
  }

  @Override
  public synchronized void pairMeasured(int done, int planned) {
    if (terminal) {
      long now = nanoTime.getAsLong();
      if (started < 0) started = now;
      String line =
          "  "
              + bar(done, planned)
              + " "
              + done
              + "/"
              + planned
              + " pairs  "
              + elapsed(now - started);
      err.print("\r" + line + " ".repeat(Math.max(0, lineLength - line.length())));
      err.flush();
      lineOpen = true;
      lineLength = line.length();
      if (done >= planned) closeLine();
    } else if (verbose || done == planned || done % 5 == 0) {
      err.println("  measured " + done + "/" + planned + " pairs");
    }
  }

  /**
   * {@code [#####---------------]}: {@code done} of {@code planned}, in {@link #BAR_WIDTH} cells.
   */
  static String bar(int done, int planned) {
    int filled =
        planned <= 0 ? 0 : (int) Math.round((double) BAR_WIDTH * Math.min(done, planned) / planned);
    filled = Math.max(0, filled);
    return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
  }

  /** {@code 42s}, {@code 1m20s}, {@code 2h05m}. */
  static String elapsed(long nanos) {
    long s = TimeUnit.NANOSECONDS.toSeconds(Math.max(0, nanos));
    if (s < 60) return s + "s";
    if (s < 3600)
      return (s / 60) + "m" + String.format(java.util.Locale.ROOT, "%02d", s % 60) + "s";
    return (s / 3600) + "h" + String.format(java.util.Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
  }

  private void closeLine() {
    if (lineOpen) {
      err.println();
      lineOpen = false;
      lineLength = 0;
    }
  }
}
