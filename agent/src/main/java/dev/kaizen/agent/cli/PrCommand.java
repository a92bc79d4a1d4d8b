package dev.kaizen.agent.cli;

import dev.kaizen.agent.api.Kaizen;
import dev.kaizen.agent.api.PullRequestPreview;
import dev.kaizen.agent.publish.GitHubTarget;
import dev.kaizen.agent.publish.Publication;
import dev.kaizen.agent.publish.Publisher;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen pr}: pushes a session branch and opens or updates its draft pull request. */
@Command(
    name = "pr",
    mixinStandardHelpOptions = true,
    description = {
      "Pushes a session's branch and opens or updates its one draft pull request on GitHub, with the ledger's evidence.",
      "The branch kaizen/<session> is pushed at its best commit from Kaizen's clone; the pull request goes into the",
      "repository's default branch. Never a second pull request, never a branch outside kaizen/, never the default branch;",
      "a pull request someone closed is not reopened. Reads GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL and",
      "GITHUB_SERVER_URL as GitHub Actions sets them."
    })
final class PrCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Option(
      names = "--branch",
      paramLabel = "B",
      description = "The session branch to publish (default: the latest session's).")
  String branch;

  @Option(
      names = "--all",
      description = "Every session with an accepted change, newest first, up to --max-per-run.")
  boolean all;

  @Option(
      names = "--max-per-run",
      paramLabel = "N",
      defaultValue = "" + Publisher.Request.DEFAULT_MAX_PER_RUN,
      description =
          "Pull requests opened or updated in this run at most (default: ${DEFAULT-VALUE}).")
  int maxPerRun;

  @Option(
      names = "--max-open",
      paramLabel = "N",
      defaultValue = "" + Publisher.Request.DEFAULT_MAX_OPEN,
      description =
          "Open pull requests by Kaizen at most (default: ${DEFAULT-VALUE}); at the cap no new one is opened, "
              + "existing ones are still updated.")
  int maxOpen;

  @Option(
      names = "--token-env",
      paramLabel = "VAR",
      description =
          "The environment variable holding the token, instead of GITHUB_TOKEN (never the token itself).")
  String tokenEnv;

  @Option(
      names = "--repository",
      paramLabel = "OWNER/NAME",
      description = "The GitHub repository, instead of GITHUB_REPOSITORY.")
  String repository;

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      description =
          "GitHub's REST API, instead of GITHUB_API_URL (default: "
              + GitHubTarget.DEFAULT_API
              + ").")
  String apiUrl;

  @Option(
      names = "--remote",
      paramLabel = "URL",
      description =
          "The git URL to push to (default: <GITHUB_SERVER_URL or https://github.com>/<owner>/<name>.git).")
  String remote;

  @Option(
      names = "--dry-run",
      description =
          "Print the title and description that would be published; push and ask nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    var request = new Publisher.Request(Optional.ofNullable(branch), all, maxPerRun, maxOpen);
    var target =
        new GitHubTarget.Options(
            Optional.ofNullable(tokenEnv),
            Optional.ofNullable(repository),
            Optional.ofNullable(apiUrl),
            Optional.ofNullable(remote));
    try (Kaizen kaizen = root.kaizen()) {
      if (dryRun) {
        List<PullRequestPreview> previews = kaizen.preview(request);
        if (root.json) JsonDocuments.print(root.out, JsonDocuments.previews(previews));
        else PullRequestText.printPreviews(root.out, previews);
        return Main.OK;
      }
      List<Publication> done = kaizen.publish(request, target);
      if (root.json) JsonDocuments.print(root.out, JsonDocuments.publications(done));
      else PullRequestText.printPublications(root.out, done, kaizen.ledgerDirectory());
      return Main.OK;
    }
  }
}
