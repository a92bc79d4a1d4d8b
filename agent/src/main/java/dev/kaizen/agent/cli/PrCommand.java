package dev.kaizen.agent.cli;

import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.loop.Project;
import dev.kaizen.agent.publish.GitHubTarget;
import dev.kaizen.agent.publish.Publication;
import dev.kaizen.agent.publish.Publisher;
import dev.kaizen.agent.publish.PullRequestBody;
import dev.kaizen.agent.publish.SessionEvidence;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen pr}: pushes a session branch and opens or updates its draft pull request. */
@Command(name = "pr", mixinStandardHelpOptions = true,
    description = {
        "Pushes a session's branch and opens or updates its one draft pull request on GitHub, with the ledger's evidence.",
        "The branch kaizen/<session> is pushed at its best commit from Kaizen's clone; the pull request goes into the",
        "repository's default branch. Never a second pull request, never a branch outside kaizen/, never the default branch;",
        "a pull request someone closed is not reopened. Reads GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL and",
        "GITHUB_SERVER_URL as GitHub Actions sets them."})
final class PrCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Option(names = "--branch", paramLabel = "B", description = "The session branch to publish (default: the latest session's).")
  String branch;

  @Option(names = "--all", description = "Every session with an accepted change, newest first, up to --max-per-run.")
  boolean all;

  @Option(names = "--max-per-run", paramLabel = "N", defaultValue = "" + Publisher.Request.DEFAULT_MAX_PER_RUN,
      description = "Pull requests opened or updated in this run at most (default: ${DEFAULT-VALUE}).")
  int maxPerRun;

  @Option(names = "--max-open", paramLabel = "N", defaultValue = "" + Publisher.Request.DEFAULT_MAX_OPEN,
      description = "Open pull requests by Kaizen at most (default: ${DEFAULT-VALUE}); at the cap no new one is opened, "
          + "existing ones are still updated.")
  int maxOpen;

  @Option(names = "--token-env", paramLabel = "VAR",
      description = "The environment variable holding the token, instead of GITHUB_TOKEN (never the token itself).")
  String tokenEnv;

  @Option(names = "--repository", paramLabel = "OWNER/NAME", description = "The GitHub repository, instead of GITHUB_REPOSITORY.")
  String repository;

  @Option(names = "--api-url", paramLabel = "URL",
      description = "GitHub's REST API, instead of GITHUB_API_URL (default: " + GitHubTarget.DEFAULT_API + ").")
  String apiUrl;

  @Option(names = "--remote", paramLabel = "URL",
      description = "The git URL to push to (default: <GITHUB_SERVER_URL or https://github.com>/<owner>/<name>.git).")
  String remote;

  @Option(names = "--dry-run", description = "Print the title and description that would be published; push and ask nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    var request = new Publisher.Request(Optional.ofNullable(branch), all, maxPerRun, maxOpen);
    var options = new GitHubTarget.Options(Optional.ofNullable(tokenEnv), Optional.ofNullable(repository),
        Optional.ofNullable(apiUrl), Optional.ofNullable(remote));
    try (Project project = Project.open(root.repoOrCurrentDirectory(), root.workspaceDir())) {
      var publisher = new Publisher(project.workspace(), project.ledger(), root.progress(), Clock.systemUTC());
      if (dryRun) return preview(publisher.select(request));
      List<Publication> done = publisher.run(request, System.getenv(), options);
      if (root.json) {
        var rows = new ArrayList<Map<String, Object>>();
        done.forEach(p -> rows.add(json(p)));
        root.out.print(Json.pretty(Map.of("pullRequests", rows)));
      } else if (done.isEmpty()) {
        root.out.println("nothing to publish: no session in " + project.ledger().directory() + " has an accepted change");
      } else {
        for (Publication p : done) {
          root.out.println(p.action() == Publication.Action.SKIPPED
              ? "skipped " + p.branch() + ": " + p.detail()
              : p.detail() + " for " + p.branch() + " at " + p.commit().substring(0, Math.min(10, p.commit().length())));
        }
      }
      return Main.OK;
    }
  }

  private int preview(List<SessionEvidence> sessions) {
    if (root.json) {
      var rows = new ArrayList<Map<String, Object>>();
      for (SessionEvidence s : sessions) {
        var m = new LinkedHashMap<String, Object>();
        m.put("session", s.id());
        m.put("branch", s.branch());
        m.put("commit", s.best());
        m.put("title", PullRequestBody.title(s));
        m.put("body", PullRequestBody.render(s));
        rows.add(m);
      }
      root.out.print(Json.pretty(Map.of("pullRequests", rows)));
      return Main.OK;
    }
    if (sessions.isEmpty()) root.out.println("nothing to publish: no session has an accepted change");
    for (SessionEvidence s : sessions) {
      root.out.println("branch: " + s.branch() + " at " + s.best());
      root.out.println("title: " + PullRequestBody.title(s));
      root.out.println();
      root.out.print(PullRequestBody.render(s));
    }
    return Main.OK;
  }

  private static Map<String, Object> json(Publication p) {
    var m = new LinkedHashMap<String, Object>();
    m.put("session", p.session());
    m.put("branch", p.branch());
    m.put("commit", p.commit());
    m.put("action", p.action().id());
    p.pullRequest().ifPresent(pr -> {
      m.put("number", pr.number());
      m.put("url", pr.url());
    });
    p.pushed().ifPresent(x -> m.put("pushed", x.id()));
    m.put("detail", p.detail());
    return m;
  }
}
