package dev.kaizen.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.KaizenException;
import dev.kaizen.agent.Progress;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.LedgerFixture;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Publishing a recorded session against a loopback stub of GitHub's REST API, with a local bare
 * repository as the remote: the branch is pushed, one draft pull request is opened with the
 * evidence, a second run updates it, and every refusal and failure exits as documented without a
 * push or a pull request, and without the token in any message or file.
 */
class PublisherTest {

  static final String TOKEN = "ghs_publisherTestToken5f0c1a2b3c4d5e6f";
  static final String SESSION = LedgerFixture.SESSION;
  static final String BRANCH = "kaizen/" + SESSION;

  @TempDir Path tmp;
  GitHubStub github;
  GitFixture repo;
  Path workspace;
  Path remote;
  LedgerFixture.Commits commits;
  final List<String> said = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    github = new GitHubStub();
    repo = SlowReportRepo.create(tmp.resolve("slow-report"));
    workspace = tmp.resolve("workspace");
    remote = tmp.resolve("remote.git");
    Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
  }

  @AfterEach
  void tearDown() {
    github.close();
    repo.close();
  }

  private void recordSession() {
    commits = LedgerFixture.commitCandidates(repo, workspace, SESSION);
  }

  private Map<String, String> env() {
    var env = new HashMap<String, String>();
    env.put("GITHUB_TOKEN", TOKEN);
    env.put("GITHUB_REPOSITORY", GitHubStub.OWNER + "/" + GitHubStub.NAME);
    env.put("GITHUB_API_URL", github.url());
    return env;
  }

  private GitHubTarget.Options toRemote() {
    return new GitHubTarget.Options(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(remote.toString()));
  }

  private List<Publication> publish(
      Publisher.Request request, Map<String, String> env, GitHubTarget.Options options) {
    try (Project project = Project.open(repo.root(), Optional.of(workspace))) {
      var progress =
          new Progress() {
            @Override
            public void info(String message) {
              said.add(message);
            }

            @Override
            public void warn(String message) {
              said.add("warning: " + message);
            }

            @Override
            public void step(String message) {
              said.add(message);
            }
          };
      var clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
      return new Publisher(project.workspace(), project.ledger(), progress, clock)
          .run(request, env, options);
    }
  }

  private List<Publication> publish(Publisher.Request request) {
    return publish(request, env(), toRemote());
  }

  private String remoteBranch(String name) throws IOException {
    try (Git git = Git.open(remote.toFile())) {
      var ref = git.getRepository().exactRef("refs/heads/" + name);
      return ref == null ? null : ref.getObjectId().name();
    }
  }

  private List<String> remoteBranches() throws Exception {
    try (Git git = Git.open(remote.toFile())) {
      return git.branchList().call().stream().map(r -> r.getName()).toList();
    }
  }

  /** Every file Kaizen wrote in the workspace, as text. */
  private String workspaceFiles() throws IOException {
    var sb = new StringBuilder();
    try (Stream<Path> files = Files.walk(workspace.resolve("sessions"))) {
      for (Path f : files.filter(Files::isRegularFile).toList())
        sb.append(Files.readString(f, StandardCharsets.ISO_8859_1));
    }
    return sb.toString();
  }

  @Test
  void pushes_the_branch_and_opens_one_draft_pull_request_with_the_evidence() throws Exception {
    recordSession();
    github
        .repository("main")
        .pullsOfBranch(BRANCH, List.of())
        .openPulls(List.of())
        .opens(7, BRANCH);

    List<Publication> done = publish(Publisher.Request.latest());

    assertThat(done)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.action()).isEqualTo(Publication.Action.OPENED);
              assertThat(p.commit()).isEqualTo(commits.accepted());
              assertThat(p.pullRequest()).get().extracting(PullRequest::number).isEqualTo(7);
              assertThat(p.detail())
                  .isEqualTo(
                      "opened draft pull request #7 https://github.com/acme/slow-report/pull/7");
            });
    assertThat(remoteBranch(BRANCH))
        .as("the remote has the session branch at the best commit")
        .isEqualTo(commits.accepted());
    assertThat(remoteBranches())
        .as("nothing else is pushed")
        .containsExactly("refs/heads/" + BRANCH);

    List<LoggedRequest> posts = github.requests(RequestMethod.POST);
    assertThat(posts).hasSize(1);
    JsonNode sent = GitHubStub.body(posts.get(0));
    assertThat(sent.get("draft").asBoolean()).isTrue();
    assertThat(sent.get("head").asText()).isEqualTo(BRANCH);
    assertThat(sent.get("base").asText())
        .as("into the default branch GitHub named")
        .isEqualTo("main");
    assertThat(sent.get("title").asText())
        .isEqualTo("perf: " + LedgerFixture.ACCEPTED_SUMMARY + " (+3.1%)");
    assertThat(sent.get("body").asText())
        .startsWith("**Verdict: better by +3.1%** (95% CI +2.2% … +3.9%), p = 0.00024, 12 pairs.")
        .contains("| metric | role | baseline | candidate | change | 95% CI | p |")
        .contains(
            "| `ms_per_op` (lower is better) | target | 41.3 | 40.16 | +2.8% | +2.2% … +3.9% | 0.00024 |")
        .contains(
            "java -jar kaizen.jar gate --base "
                + commits.base()
                + " --candidate "
                + commits.accepted())
        .contains("- [ ] ")
        .contains("<details>");
    assertThat(PrMarker.find(sent.get("body").asText()))
        .hasValue(new PrMarker(SESSION, BRANCH, commits.base(), commits.accepted()));
    assertThat(posts.get(0).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(posts.get(0).getHeader("Accept")).isEqualTo("application/vnd.github+json");
    assertThat(github.requests(RequestMethod.GET))
        .extracting(LoggedRequest::getUrl)
        .contains(
            "/repos/acme/slow-report",
            "/repos/acme/slow-report/pulls?state=all&head=acme%3Akaizen%2F"
                + SESSION
                + "&per_page=100&page=1");

    Path record = workspace.resolve("sessions").resolve(SESSION).resolve("pull-request.json");
    assertThat(Files.readString(record))
        .contains("\"number\" : 7")
        .contains("\"action\" : \"opened\"")
        .contains("\"commit\" : \"" + commits.accepted() + "\"")
        .contains("\"at\" : \"2026-11-27T10:00:00Z\"");
    assertThat(workspaceFiles()).as("the token is in no file of the ledger").doesNotContain(TOKEN);
    assertThat(String.join("\n", said)).doesNotContain(TOKEN).contains("pushing " + BRANCH);
    assertThat(repo.statusClean()).as("the user's tree is untouched").isTrue();
    assertThat(repo.currentBranch()).isEqualTo("main");
  }

  @Test
  void a_second_run_updates_the_pull_request_it_opened_instead_of_opening_another()
      throws Exception {
    recordSession();
    github
        .repository("main")
        .pullsOfBranch(BRANCH, List.of())
        .openPulls(List.of())
        .opens(7, BRANCH);
    publish(Publisher.Request.latest());
    String openedBody =
        GitHubStub.body(github.requests(RequestMethod.POST).get(0)).get("body").asText();
    github.server.resetRequests();
    github
        .pullsOfBranch(BRANCH, List.of(GitHubStub.pull(7, BRANCH, "open", openedBody)))
        .updates(7, BRANCH);

    List<Publication> again = publish(Publisher.Request.latest());

    assertThat(again)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.action()).isEqualTo(Publication.Action.UPDATED);
              assertThat(p.pushed()).hasValue(dev.kaizen.agent.workspace.Pushed.UP_TO_DATE);
            });
    assertThat(github.requests(RequestMethod.POST)).as("no second pull request").isEmpty();
    List<LoggedRequest> patches = github.requests(RequestMethod.PATCH);
    assertThat(patches)
        .singleElement()
        .extracting(LoggedRequest::getUrl)
        .isEqualTo("/repos/acme/slow-report/pulls/7");
    JsonNode sent = GitHubStub.body(patches.get(0));
    assertThat(sent.get("body").asText()).isEqualTo(openedBody);
    assertThat(sent.has("draft")).as("an update leaves the draft state to people").isFalse();
    assertThat(remoteBranch(BRANCH)).isEqualTo(commits.accepted());
  }

  @Test
  void updating_is_allowed_at_the_open_cap_but_opening_is_not() throws Exception {
    recordSession();
    var kaizenPulls = new ArrayList<Map<String, Object>>();
    for (int n = 1; n <= 5; n++) {
      kaizenPulls.add(
          GitHubStub.pull(
              n,
              "kaizen/other-" + n,
              "open",
              "body\n" + new PrMarker("other-" + n, "kaizen/other-" + n, "a", "b").render()));
    }
    kaizenPulls.add(GitHubStub.pull(6, "feature/by-a-person", "open", "no marker here"));
    github
        .repository("main")
        .pullsOfBranch(BRANCH, List.of())
        .openPulls(kaizenPulls)
        .opens(7, BRANCH);

    List<Publication> done = publish(Publisher.Request.latest());

    assertThat(done)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.action()).isEqualTo(Publication.Action.SKIPPED);
              assertThat(p.detail())
                  .isEqualTo(
                      "5 open pull requests by Kaizen already (--max-open 5): no new one for "
                          + BRANCH
                          + "; merge or close one, or raise --max-open");
            });
    assertThat(github.requests(RequestMethod.POST)).isEmpty();
    assertThat(remoteBranches()).as("nothing is pushed at the cap").isEmpty();

    String ours = "evidence\n" + new PrMarker(SESSION, BRANCH, "a", "b").render();
    github
        .pullsOfBranch(BRANCH, List.of(GitHubStub.pull(9, BRANCH, "open", ours)))
        .updates(9, BRANCH);
    assertThat(publish(Publisher.Request.latest()))
        .singleElement()
        .extracting(Publication::action)
        .isEqualTo(Publication.Action.UPDATED);
    assertThat(github.requests(RequestMethod.POST)).isEmpty();
  }

  @Test
  void a_pull_request_someone_closed_is_not_reopened() throws Exception {
    recordSession();
    String ours = "evidence\n" + new PrMarker(SESSION, BRANCH, "a", "b").render();
    github
        .repository("main")
        .pullsOfBranch(BRANCH, List.of(GitHubStub.pull(4, BRANCH, "closed", ours)))
        .openPulls(List.of());

    List<Publication> done = publish(Publisher.Request.latest());

    assertThat(done)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.action()).isEqualTo(Publication.Action.SKIPPED);
              assertThat(p.detail())
                  .startsWith(
                      "pull request #4 for "
                          + BRANCH
                          + " was closed; Kaizen does not open another");
            });
    assertThat(github.requests(RequestMethod.POST)).isEmpty();
    assertThat(github.requests(RequestMethod.PATCH)).isEmpty();
    assertThat(remoteBranches()).isEmpty();
  }

  @Test
  void all_publishes_sessions_with_an_accepted_change_newest_first_up_to_max_per_run()
      throws Exception {
    String older = "20261126-080000-aaaa";
    LedgerFixture.commitCandidates(repo, workspace, older);
    String none = "20261126-090000-bbbb";
    LedgerFixture.writeNothingAccepted(
        workspace, none, new LedgerFixture.Commits(repo.head(), repo.head(), repo.head()));
    recordSession();
    github
        .repository("main")
        .pullsOfBranch(BRANCH, List.of())
        .pullsOfBranch("kaizen/" + older, List.of())
        .openPulls(List.of())
        .opens(7, BRANCH);

    List<Publication> one = publish(new Publisher.Request(Optional.empty(), true, 1, 5));

    assertThat(one).extracting(Publication::session).containsExactly(SESSION);
    assertThat(said).anyMatch(m -> m.startsWith("--max-per-run 1 reached: 1 more session(s) wait"));
    assertThat(remoteBranches()).containsExactly("refs/heads/" + BRANCH);

    List<Publication> both = publish(new Publisher.Request(Optional.empty(), true, 5, 5));
    assertThat(both).extracting(Publication::session).containsExactly(SESSION, older);
    assertThat(remoteBranches())
        .containsExactlyInAnyOrder("refs/heads/" + BRANCH, "refs/heads/kaizen/" + older);
  }

  @Test
  void a_missing_token_exits_3_naming_the_variable_before_anything_is_sent() throws Exception {
    recordSession();
    var env = env();
    env.remove("GITHUB_TOKEN");

    assertThatThrownBy(() -> publish(Publisher.Request.latest(), env, toRemote()))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("the environment variable GITHUB_TOKEN is not set")
        .satisfies(e -> assertThat(((KaizenException) e).exitCode()).isEqualTo(3));
    var named =
        new GitHubTarget.Options(
            Optional.of("KAIZEN_BOT_TOKEN"),
            Optional.empty(),
            Optional.empty(),
            Optional.of(remote.toString()));
    assertThatThrownBy(() -> publish(Publisher.Request.latest(), env(), named))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("the environment variable KAIZEN_BOT_TOKEN is not set");
    assertThat(github.all()).isEmpty();
    assertThat(remoteBranches()).isEmpty();
  }

  @Test
  void a_session_that_accepted_nothing_exits_2_with_no_push_and_no_request() throws Exception {
    LedgerFixture.writeNothingAccepted(
        workspace, SESSION, new LedgerFixture.Commits(repo.head(), repo.head(), repo.head()));

    assertThatThrownBy(() -> publish(Publisher.Request.latest()))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "session "
                + SESSION
                + " accepted nothing (2 tried): there is nothing to publish on "
                + BRANCH);
    assertThatThrownBy(() -> publish(new Publisher.Request(Optional.of(BRANCH), false, 1, 5)))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("accepted nothing");
    assertThat(publish(new Publisher.Request(Optional.empty(), true, 1, 5)))
        .as("--all: nothing to do, not an error")
        .isEmpty();
    assertThat(github.all()).isEmpty();
    assertThat(remoteBranches()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "401 | {\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"} | GitHub answered 401 to POST /repos/acme/slow-report/pulls: Bad credentials (check the token in GITHUB_TOKEN)",
        "403 | {\"message\":\"Resource not accessible by integration\"} | GitHub answered 403 to POST /repos/acme/slow-report/pulls: Resource not accessible by integration (the token needs permission",
        "422 | {\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"PullRequest\",\"code\":\"custom\",\"message\":\"No commits between main and kaizen/x\"}]} | GitHub answered 422 to POST /repos/acme/slow-report/pulls: Validation Failed: No commits between main and kaizen/x",
      })
  void github_refusing_exits_3_with_githubs_message(int status, String answer, String expected)
      throws Exception {
    recordSession();
    github
        .repository("main")
        .pullsOfBranch(BRANCH, List.of())
        .openPulls(List.of())
        .fails(
            RequestMethod.POST, GitHubStub.REPO + "/pulls", status, answer.replace("TOKEN", TOKEN));

    assertThatThrownBy(() -> publish(Publisher.Request.latest()))
        .isInstanceOf(GitHubException.class)
        .satisfies(
            e -> {
              assertThat(((KaizenException) e).exitCode()).isEqualTo(3);
              assertThat(((GitHubException) e).status()).isEqualTo(status);
              assertThat(e.getMessage()).startsWith(expected).doesNotContain(TOKEN);
            });
  }

  @Test
  void github_refusing_the_first_request_stops_before_the_push() throws Exception {
    recordSession();
    github.fails(
        RequestMethod.GET,
        GitHubStub.REPO,
        401,
        "{\"message\":\"Bad credentials: " + TOKEN + "\"}");

    assertThatThrownBy(() -> publish(Publisher.Request.latest()))
        .isInstanceOf(GitHubException.class)
        .hasMessage(
            "GitHub answered 401 to GET /repos/acme/slow-report: Bad credentials: *** (check the token in GITHUB_TOKEN)");
    assertThat(remoteBranches()).isEmpty();
  }

  @Test
  void a_redirect_is_not_followed_with_the_token() throws Exception {
    recordSession();
    github.server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(GitHubStub.REPO))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                    .withStatus(301)
                    .withHeader("Location", github.url() + "/repositories/42")
                    .withBody("{\"message\":\"Moved Permanently\"}")));

    assertThatThrownBy(() -> publish(Publisher.Request.latest()))
        .isInstanceOf(GitHubException.class)
        .hasMessageStartingWith(
            "GitHub answered 301 to GET /repos/acme/slow-report: Moved Permanently (moved to ");
    assertThat(github.all())
        .extracting(LoggedRequest::getUrl)
        .containsExactly("/repos/acme/slow-report");
    assertThat(remoteBranches()).isEmpty();
  }

  @Test
  void refuses_a_branch_outside_kaizen_and_the_default_branch() throws Exception {
    recordSession();

    assertThatThrownBy(() -> publish(new Publisher.Request(Optional.of("main"), false, 1, 5)))
        .isInstanceOf(UsageException.class)
        .hasMessage("Kaizen publishes only its own session branches (kaizen/<session>), not main");
    assertThatThrownBy(
            () ->
                publish(
                    new Publisher.Request(
                        Optional.of("kaizen/candidates/" + SESSION + "/2"), false, 1, 5)))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("is a candidate branch");
    assertThatThrownBy(
            () -> publish(new Publisher.Request(Optional.of("kaizen/nope"), false, 1, 5)))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("no session in")
        .hasMessageContaining("has the branch kaizen/nope");

    github.repository(BRANCH);
    assertThatThrownBy(() -> publish(new Publisher.Request(Optional.of(BRANCH), false, 1, 5)))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            BRANCH + " is the default branch of acme/slow-report; Kaizen never pushes to it");
    assertThat(github.requests(RequestMethod.POST)).isEmpty();
    assertThat(remoteBranches()).isEmpty();
  }

  @Test
  void a_pull_request_on_the_branch_that_kaizen_did_not_open_is_left_alone() throws Exception {
    recordSession();
    github
        .repository("main")
        .pullsOfBranch(BRANCH, List.of(GitHubStub.pull(3, BRANCH, "open", "opened by hand")))
        .openPulls(List.of());

    assertThat(publish(Publisher.Request.latest()))
        .singleElement()
        .extracting(Publication::detail)
        .isEqualTo(
            "pull request #3 for "
                + BRANCH
                + " was not opened by Kaizen (no kaizen marker); it is left alone");
    assertThat(github.requests(RequestMethod.POST)).isEmpty();
    assertThat(github.requests(RequestMethod.PATCH)).isEmpty();
  }
}
