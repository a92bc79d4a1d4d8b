package dev.kaizen.agent.cli;

import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.loop.ManualSession;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.Decision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/** {@code kaizen session}'s conversation: one command a line, each answered on stdout. */
final class SessionConversation {

  static final String HELP =
      """
      commands:
        goal [TEXT]         show the goal, or set or change it
        propose             ask the proposer for a change; shows its summary, rationale and diff
        eval                build and test the proposal in the sandbox; the gate judges it against the best commit
        accept              make the measured candidate the best (moves the session branch), even if the gate did not prove it
        reject [FEEDBACK]   drop the proposal; the feedback goes into the next proposal
        feedback TEXT       notes for the next proposal
        status              the session, its best commit and the proposal in hand
        help                this list
        quit, exit          end the session (so does the end of the input)""";

  private SessionConversation() {}

  /**
   * Answers commands read from {@code in}, one a line, until {@code quit} or the end of the input.
   * A command that cannot be done now, or fails for a reason the user can act on, is answered with
   * one {@code error:} line and the session goes on; an internal error ends it.
   *
   * @param prompt whether to print {@code kaizen> } before each command (on a terminal)
   */
  static void converse(ManualSession session, BufferedReader in, PrintStream out, boolean prompt) {
    while (true) {
      if (prompt) {
        out.print("kaizen> ");
        out.flush();
      }
      String line;
      try {
        line = in.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the session's input", e);
      }
      if (line == null) return;
      line = line.strip();
      if (line.isEmpty()) continue;
      int space = line.indexOf(' ');
      String command = (space < 0 ? line : line.substring(0, space)).toLowerCase(Locale.ROOT);
      String arg = space < 0 ? "" : line.substring(space + 1).strip();
      if (command.equals("quit") || command.equals("exit")) return;
      try {
        answer(session, command, arg, out);
      } catch (RuntimeException e) {
        if (Main.exitCode(e) == Main.INTERNAL) throw e;
        out.println("error: " + e.getMessage());
      }
    }
  }

  private static void answer(ManualSession session, String command, String arg, PrintStream out) {
    switch (command) {
      case "help" -> out.println(HELP);
      case "goal" -> {
        if (!arg.isEmpty()) session.goal(new Goal(arg));
        out.println("goal: " + session.goal().text());
      }
      case "propose" ->
          session
              .propose()
              .ifPresentOrElse(
                  p -> printProposal(out, p),
                  () ->
                      out.println(
                          "nothing to propose: the "
                              + session.status().proposer()
                              + " proposer has no new change to offer"));
      case "eval" -> printEvaluation(out, session.eval(), session.status().branch());
      case "accept" -> printAccepted(out, session.accept());
      case "reject" -> {
        ManualSession.Rejected r =
            session.reject(arg.isEmpty() ? Optional.empty() : Optional.of(arg));
        out.println(
            "rejected #"
                + r.n()
                + " ("
                + r.summary()
                + ")"
                + (arg.isEmpty() ? "" : "; your feedback goes into the next proposal"));
      }
      case "feedback" -> {
        if (arg.isEmpty()) throw new UsageException("feedback needs some words: feedback TEXT");
        session.feedback(arg);
        out.println("noted for the next proposal");
      }
      case "status" -> printStatus(out, session.status());
      default ->
          throw new UsageException("unknown command '" + command + "'; 'help' lists the commands");
    }
  }

  private static void printProposal(PrintStream out, ManualSession.Proposed p) {
    Proposal proposal = p.proposal();
    out.println("#" + p.n() + " " + proposal.summary());
    out.println(
        "proposer: "
            + proposal.provenance().proposer()
            + " ("
            + proposal.provenance().source()
            + ")");
    out.println("rationale:");
    proposal.rationale().strip().lines().forEach(l -> out.println("  " + l));
    p.diff().ifPresent(d -> out.print(d.endsWith("\n") ? d : d + "\n"));
    if (p.refused().isPresent()) {
      out.println("cannot be measured: " + p.refused().get());
      out.println("next: 'reject [FEEDBACK]' drops it");
    } else {
      out.println("next: 'eval' measures it; 'reject [FEEDBACK]' drops it");
    }
  }

  private static void printEvaluation(PrintStream out, ManualSession.Evaluated e, String branch) {
    Decision d = e.decision();
    out.println(
        "#"
            + e.n()
            + " "
            + d.kind().toUpperCase(Locale.ROOT)
            + ": "
            + Workspace.abbreviate(e.candidate())
            + " against the best "
            + Workspace.abbreviate(e.best()));
    d.reasons().forEach(r -> out.println("  " + r));
    d.evidence().ifPresent(ev -> DecisionText.printEvidence(out, ev));
    if (d instanceof Decision.Accepted) {
      out.println("next: 'accept' moves " + branch + " to it; 'reject [FEEDBACK]' drops it");
    } else if (e.acceptable()) {
      out.println(
          "not proven better: 'accept' takes it all the same (your call, recorded as accepted-by-user);"
              + " 'reject [FEEDBACK]' drops it");
    } else {
      out.println(
          "its build or tests failed, so it cannot be accepted: 'reject [FEEDBACK]' drops it");
    }
  }

  private static void printAccepted(PrintStream out, ManualSession.Accepted a) {
    if (a.proven()) {
      out.println(
          "accepted #"
              + a.n()
              + ": "
              + a.branch()
              + " → "
              + Workspace.abbreviate(a.commit())
              + " (proven better by the gate)");
    } else {
      out.println(
          "accepted #"
              + a.n()
              + " by you: "
              + a.branch()
              + " → "
              + Workspace.abbreviate(a.commit()));
      out.println(
          "  NOT proven better: the gate's decision was "
              + a.decision()
              + "; recorded as accepted-by-user");
    }
  }

  private static void printStatus(PrintStream out, ManualSession.Status s) {
    out.println(
        "session " + s.session() + " (branch " + s.branch() + "), " + s.proposer() + " proposer");
    out.println("  goal      " + s.goal().text());
    out.println("  base      " + Workspace.abbreviate(s.base()));
    out.println(
        "  best      "
            + Workspace.abbreviate(s.best())
            + (s.best().equals(s.base()) ? " (the base)" : ""));
    out.println("  tried " + s.tried() + ", accepted " + s.accepted());
    out.println("  in hand   " + s.inHand().orElse("nothing: 'propose' asks for a change"));
    s.feedback().forEach(f -> out.println("  feedback  " + f));
    out.println("  ledger    " + s.ledger());
  }
}
