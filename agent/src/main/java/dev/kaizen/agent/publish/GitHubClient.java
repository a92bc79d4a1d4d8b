package dev.kaizen.agent.publish;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.json.JsonKey;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The few calls of GitHub's REST API that publishing needs, over {@code java.net.http}: a
 * repository's default branch, the pull requests of a branch, opening a draft and updating it. An
 * error answer becomes a {@link GitHubException} with GitHub's own message; the token is sent only
 * in the {@code Authorization} header (redirects are not followed, so it never goes elsewhere) and
 * scrubbed from every message.
 */
public final class GitHubClient {

  /** Pull requests asked for per page, GitHub's maximum. */
  static final int PAGE = 100;

  /** Pages read at most when listing pull requests. */
  static final int MAX_PAGES = 10;

  private final String api;
  private final GitHubToken token;
  private final HttpClient http;
  private final Duration timeout;

  public GitHubClient(URI api, GitHubToken token) {
    this(
        api,
        token,
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build(),
        Duration.ofSeconds(60));
  }

  GitHubClient(URI api, GitHubToken token, HttpClient http, Duration timeout) {
    String root = Objects.requireNonNull(api, "api").toString();
    while (root.endsWith("/")) root = root.substring(0, root.length() - 1);
    this.api = root;
    this.token = Objects.requireNonNull(token, "token");
    this.http = Objects.requireNonNull(http, "http");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /** {@code GET /repos/{owner}/{repo}}. */
  public RepositoryInfo repository(GitHubRepository repo) {
    RepositoryAnswer answer = object(send("GET", "/repos/" + repo, null), RepositoryAnswer.class);
    if (answer.defaultBranch() == null)
      throw new EnvironmentException("GitHub's API answered without 'default_branch'");
    return new RepositoryInfo(answer.defaultBranch(), answer.url() == null ? "" : answer.url());
  }

  /**
   * {@code GET /repos/{owner}/{repo}/pulls?state=…[&head=owner:branch]}, every page up to {@value
   * #MAX_PAGES} of {@value #PAGE}.
   *
   * @param state {@code open}, {@code closed} or {@code all}
   * @param headBranch only the pull requests of this branch of the repository itself
   */
  public List<PullRequest> pulls(GitHubRepository repo, String state, Optional<String> headBranch) {
    var out = new ArrayList<PullRequest>();
    for (int page = 1; page <= MAX_PAGES; page++) {
      String query =
          "?state="
              + encode(state)
              + headBranch.map(b -> "&head=" + encode(repo.owner() + ":" + b)).orElse("")
              + "&per_page="
              + PAGE
              + "&page="
              + page;
      String json = send("GET", "/repos/" + repo + "/pulls" + query, null);
      PullAnswer[] answers;
      try {
        answers = Json.read(json, PullAnswer[].class);
      } catch (IllegalArgumentException e) {
        if (!Json.wellFormed(json)) throw notJson(json);
        throw unexpected("GET /repos/" + repo + "/pulls", "a list of objects");
      }
      for (PullAnswer pr : answers) out.add(pr.pullRequest());
      if (answers.length < PAGE) break;
    }
    return out;
  }

  /**
   * {@code POST /repos/{owner}/{repo}/pulls}: a draft pull request of {@code head} into {@code
   * base}.
   */
  public PullRequest openDraft(
      GitHubRepository repo, String title, String head, String base, String body) {
    String request = Json.line(new NewPull(title, head, base, body, true, true));
    return object(send("POST", "/repos/" + repo + "/pulls", request), PullAnswer.class)
        .pullRequest();
  }

  /** {@code PATCH /repos/{owner}/{repo}/pulls/{number}}: a new title and body. */
  public PullRequest update(GitHubRepository repo, int number, String title, String body) {
    String request = Json.line(new PullEdit(title, body));
    return object(send("PATCH", "/repos/" + repo + "/pulls/" + number, request), PullAnswer.class)
        .pullRequest();
  }

  private String send(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api + path))
            .timeout(timeout)
            .header("Accept", "application/vnd.github+json")
            .header("X-GitHub-Api-Version", "2022-11-28")
            .header("User-Agent", "kaizen")
            .header("Authorization", "Bearer " + token.reveal());
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    HttpResponse<String> response;
    try {
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new EnvironmentException(
          "GitHub's API at "
              + api
              + " did not answer "
              + method
              + " "
              + withoutQuery(path)
              + ": "
              + token.redact(
                  String.valueOf(
                      e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EnvironmentException("interrupted while waiting for GitHub's API");
    }
    if (response.statusCode() / 100 != 2) throw failure(method, path, response);
    return response.body();
  }

  /**
   * The error GitHub answered, in GitHub's words: {@code message}, and each {@code
   * errors[].message}.
   */
  private GitHubException failure(String method, String path, HttpResponse<String> response) {
    int status = response.statusCode();
    String said = githubMessage(response.body());
    String hint =
        switch (status) {
          case 301, 302, 307, 308 ->
              " (moved to "
                  + response.headers().firstValue("Location").orElse("another address")
                  + "; Kaizen does not follow a redirect with the token: name the new repository or API URL)";
          case 401 -> " (check the token in " + token.variable() + ")";
          case 403 ->
              " (the token needs permission to write contents and pull requests of the repository)";
          case 404 ->
              path.startsWith("/repos/") && path.indexOf('/', 7) == path.lastIndexOf('/')
                  ? " (no such repository, or the token cannot see it)"
                  : "";
          default -> "";
        };
    return new GitHubException(
        status,
        token.redact(
            "GitHub answered "
                + status
                + " to "
                + method
                + " "
                + withoutQuery(path)
                + ": "
                + said
                + hint));
  }

  /**
   * GitHub's {@code message} and its {@code errors[]} (422 names what failed there), or the start
   * of the body.
   */
  static String githubMessage(String body) {
    ErrorAnswer answer;
    try {
      answer = Json.read(body, ErrorAnswer.class);
    } catch (IllegalArgumentException e) {
      return quote(body);
    }
    var parts = new ArrayList<String>();
    if (answer.message() != null && !answer.message().isBlank())
      parts.add(answer.message().strip());
    for (ErrorItem e : answer.errors()) {
      if (e.message() != null && !e.message().isBlank()) {
        parts.add(e.message().strip());
      } else {
        var what = new ArrayList<String>();
        if (e.resource() != null) what.add("resource " + e.resource());
        if (e.field() != null) what.add("field " + e.field());
        if (e.code() != null) what.add("code " + e.code());
        if (!what.isEmpty()) parts.add(String.join(", ", what));
      }
    }
    return parts.isEmpty() ? quote(body) : String.join(": ", parts);
  }

  private static String quote(String body) {
    String b = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    if (b.isEmpty()) return "(no message)";
    return b.length() > 300 ? b.substring(0, 300) + "…" : b;
  }

  private static String withoutQuery(String path) {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }

  /**
   * The answer read as an object of {@code type}; an answer that is not one is GitHub's API
   * failing.
   */
  private static <T> T object(String json, Class<T> type) {
    try {
      return Json.read(json, type);
    } catch (IllegalArgumentException e) {
      if (!Json.wellFormed(json)) throw notJson(json);
      throw new EnvironmentException("GitHub's API answered with something other than an object");
    }
  }

  private static EnvironmentException notJson(String json) {
    return new EnvironmentException(
        "GitHub's API answered with something that is not JSON: " + quote(json));
  }

  private static EnvironmentException unexpected(String what, String expected) {
    return new EnvironmentException(
        "GitHub's API answered " + what + " with something other than " + expected);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // ---- GitHub's request and answer bodies, as far as publishing writes and reads them
  // ------------

  /** The body of {@code POST /repos/{owner}/{repo}/pulls}. */
  record NewPull(
      String title,
      String head,
      String base,
      String body,
      boolean draft,
      @JsonKey("maintainer_can_modify") boolean maintainerCanModify) {}

  /** The body of {@code PATCH /repos/{owner}/{repo}/pulls/{number}}. */
  record PullEdit(String title, String body) {}

  /** What {@code GET /repos/{owner}/{repo}} answers. */
  record RepositoryAnswer(
      @JsonKey("default_branch") String defaultBranch, @JsonKey("html_url") String url) {}

  /** A pull request as GitHub answers it; {@code head} is the branch it proposes. */
  record PullAnswer(
      Integer number,
      @JsonKey("html_url") String url,
      String state,
      Boolean draft,
      @JsonKey("merged_at") String mergedAt,
      Boolean merged,
      Head head,
      String body) {

    PullRequest pullRequest() {
      return new PullRequest(
          number == null ? -1 : number,
          url == null ? "" : url,
          state == null ? "open" : state,
          Boolean.TRUE.equals(draft),
          mergedAt != null || Boolean.TRUE.equals(merged),
          head == null || head.ref() == null ? "" : head.ref(),
          body == null ? "" : body);
    }
  }

  /** The head of a pull request: its branch. */
  record Head(String ref) {}

  /** An error GitHub answers: its message and what failed (422 names each). */
  record ErrorAnswer(String message, List<ErrorItem> errors) {
    ErrorAnswer {
      errors = errors == null ? List.of() : errors;
    }
  }

  /** One thing that failed: an object naming it, or only a text (read as its message). */
  record ErrorItem(String resource, String field, String code, String message) {
    ErrorItem(String message) {
      this(null, null, null, message);
    }
  }
}
