package dev.kaizen.agent.cli;

import dev.kaizen.agent.api.PullRequestPreview;
import dev.kaizen.agent.publish.Publication;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** How {@code pr} reads on the terminal: what would be published, or what was. */
final class PullRequestText {

  private PullRequestText() {}

  static void printPreviews(PrintStream out, List<PullRequestPreview> previews) {
    if (previews.isEmpty()) out.println("nothing to publish: no session has an accepted change");
    for (PullRequestPreview p : previews) {
      out.println("branch: " + p.branch() + " at " + p.commit());
      out.println("title: " + p.title());
      out.println();
      out.print(p.body());
    }
  }

  static void printPublications(PrintStream out, List<Publication> done, Path ledger) {
    if (done.isEmpty()) {
      out.println("nothing to publish: no session in " + ledger + " has an accepted change");
      return;
    }
    for (Publication p : done) {
      out.println(
          p.action() == Publication.Action.SKIPPED
              ? "skipped " + p.branch() + ": " + p.detail()
              : p.detail()
                  + " for "
                  + p.branch()
                  + " at "
                  + p.commit().substring(0, Math.min(10, p.commit().length())));
    }
  }
}
