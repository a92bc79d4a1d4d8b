package dev.kaizen.agent.cli;

import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.loop.SessionResult;
import dev.kaizen.agent.workspace.Workspace;
import java.io.PrintStream;
import java.util.Locale;

/**
 * How a session's end reads on the terminal: its iterations (for {@code improve}) and where the
 * best commit is.
 */
final class SessionText {

  private SessionText() {}

  /**
   * {@code improve}'s summary: every iteration with its decision, effect and reason, then the
   * totals.
   */
  static void printLoop(PrintStream out, SessionResult r) {
    out.println();
    out.println("session " + r.session() + " (branch " + r.branch() + ")");
    if (r.iterations().isEmpty()) {
      out.println("  " + r.stopReason());
    } else {
      out.printf(Locale.ROOT, "  %-4s %-13s %8s %9s  %s%n", "#", "decision", "effect", "p", "what");
      for (IterationRecord i : r.iterations()) {
        out.printf(
            Locale.ROOT,
            "  %-4d %-13s %8s %9s  %s%n",
            i.n(),
            i.decision(),
            i.effect() == null ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * i.effect()),
            i.p() == null ? "-" : String.format(Locale.ROOT, "%.2g", i.p()),
            i.summary());
        out.println("       " + i.reason());
      }
    }
    out.println("tried " + r.tried() + ", accepted " + r.accepted() + "; " + r.stopReason());
    long tokens = r.iterations().stream().mapToLong(IterationRecord::tokens).sum();
    if (tokens > 0) {
      out.printf(
          Locale.ROOT,
          "model: %d tokens, $%.4f (every exchange is in the session's exchanges.jsonl)%n",
          tokens,
          r.iterations().stream().mapToDouble(IterationRecord::costUsd).sum());
    }
    printBest(out, r);
  }

  /** A manual session's last lines. */
  static void printEnd(PrintStream out, SessionResult r) {
    out.println(
        "session "
            + r.session()
            + " (branch "
            + r.branch()
            + "): tried "
            + r.tried()
            + ", accepted "
            + r.accepted()
            + "; "
            + r.stopReason());
    printBest(out, r);
  }

  private static void printBest(PrintStream out, SessionResult r) {
    if (r.best().equals(r.base())) {
      out.println("best is still the base " + Workspace.abbreviate(r.base()));
    } else {
      out.println(
          "best "
              + Workspace.abbreviate(r.best())
              + " on "
              + r.branch()
              + " (from "
              + Workspace.abbreviate(r.base())
              + "); see it with: git log --stat "
              + Workspace.abbreviate(r.base())
              + ".."
              + r.branch());
    }
  }
}
