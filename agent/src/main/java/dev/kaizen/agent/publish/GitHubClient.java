package dev.kaizen.agent.publish;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The few calls of GitHub's REST API that publishing needs, over {@code java.net.http}: a
 * repository's default branch, the pull requests of a branch, opening a draft and updating it.
 * An error answer becomes a {@link GitHubException} with GitHub's own message; the token is sent
 * only in the {@code Authorization} header (redirects are not followed, so it never goes elsewhere)
 * and scrubbed from every message.
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
    this(api, token, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
        .followRedirects(HttpClient.Redirect.NEVER).build(), Duration.ofSeconds(60));
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
    Map<String, Object> m = object(send("GET", "/repos/" + repo, null));
    return new RepositoryInfo(text(m, "default_branch"), m.get("html_url") instanceof String u ? u : "");
  }

  /**
   * {@code GET /repos/{owner}/{repo}/pulls?state=…[&head=owner:branch]}, every page up to
   * {@value #MAX_PAGES} of {@value #PAGE}.
   *
   * @param state {@code open}, {@code closed} or {@code all}
   * @param headBranch only the pull requests of this branch of the repository itself
   */
  public List<PullRequest> pulls(GitHubRepository repo, String state, Optional<String> headBranch) {
    var out = new ArrayList<PullRequest>();
    for (int page = 1; page <= MAX_PAGES; page++) {
      String query = "?state=" + encode(state)
          + headBranch.map(b -> "&head=" + encode(repo.owner() + ":" + b)).orElse("")
          + "&per_page=" + PAGE + "&page=" + page;
      Object answer = Json.read(send("GET", "/repos/" + repo + "/pulls" + query, null), Object.class);
      if (!(answer instanceof List<?> list)) throw unexpected("GET /repos/" + repo + "/pulls", "a list");
      for (Object item : list) out.add(pullRequest(asMap(item)));
      if (list.size() < PAGE) break;
    }
    return out;
  }

  /** {@code POST /repos/{owner}/{repo}/pulls}: a draft pull request of {@code head} into {@code base}. */
  public PullRequest openDraft(GitHubRepository repo, String title, String head, String base, String body) {
    var m = new LinkedHashMap<String, Object>();
    m.put("title", title);
    m.put("head", head);
    m.put("base", base);
    m.put("body", body);
    m.put("draft", true);
    m.put("maintainer_can_modify", true);
    return pullRequest(object(send("POST", "/repos/" + repo + "/pulls", Json.line(m))));
  }

  /** {@code PATCH /repos/{owner}/{repo}/pulls/{number}}: a new title and body. */
  public PullRequest update(GitHubRepository repo, int number, String title, String body) {
    var m = new LinkedHashMap<String, Object>();
    m.put("title", title);
    m.put("body", body);
    return pullRequest(object(send("PATCH", "/repos/" + repo + "/pulls/" + number, Json.line(m))));
  }

  private String send(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
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
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new EnvironmentException("GitHub's API at " + api + " did not answer " + method + " " + withoutQuery(path) + ": "
          + token.redact(String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EnvironmentException("interrupted while waiting for GitHub's API");
    }
    if (response.statusCode() / 100 != 2) throw failure(method, path, response);
    return response.body();
  }

  /** The error GitHub answered, in GitHub's words: {@code message}, and each {@code errors[].message}. */
  private GitHubException failure(String method, String path, HttpResponse<String> response) {
    int status = response.statusCode();
    String said = githubMessage(response.body());
    String hint = switch (status) {
      case 301, 302, 307, 308 -> " (moved to " + response.headers().firstValue("Location").orElse("another address")
          + "; Kaizen does not follow a redirect with the token: name the new repository or API URL)";
      case 401 -> " (check the token in " + token.variable() + ")";
      case 403 -> " (the token needs permission to write contents and pull requests of the repository)";
      case 404 -> path.startsWith("/repos/") && path.indexOf('/', 7) == path.lastIndexOf('/') ? " (no such repository, or the token cannot see it)" : "";
      default -> "";
    };
    return new GitHubException(status, token.redact("GitHub answered " + status + " to " + method + " " + withoutQuery(path)
        + ": " + said + hint));
  }

  /** GitHub's {@code message} and its {@code errors[]} (422 names what failed there), or the start of the body. */
  static String githubMessage(String body) {
    Map<String, Object> m;
    try {
      Object parsed = Json.read(body, Object.class);
      if (!(parsed instanceof Map<?, ?>)) return quote(body);
      m = asMap(parsed);
    } catch (IllegalArgumentException e) {
      return quote(body);
    }
    var parts = new ArrayList<String>();
    if (m.get("message") instanceof String s && !s.isBlank()) parts.add(s.strip());
    if (m.get("errors") instanceof List<?> errors) {
      for (Object e : errors) {
        if (e instanceof String s) {
          parts.add(s);
        } else if (e instanceof Map<?, ?> em) {
          if (em.get("message") instanceof String s && !s.isBlank()) {
            parts.add(s.strip());
          } else {
            var what = new ArrayList<String>();
            for (String k : List.of("resource", "field", "code")) if (em.get(k) instanceof String v) what.add(k + " " + v);
            if (!what.isEmpty()) parts.add(String.join(", ", what));
          }
        }
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

  private static PullRequest pullRequest(Map<String, Object> m) {
    Object head = m.get("head");
    String headRef = head instanceof Map<?, ?> h && h.get("ref") instanceof String r ? r : "";
    return new PullRequest(
        m.get("number") instanceof Number n ? n.intValue() : -1,
        m.get("html_url") instanceof String u ? u : "",
        m.get("state") instanceof String s ? s : "open",
        Boolean.TRUE.equals(m.get("draft")),
        m.get("merged_at") instanceof String || Boolean.TRUE.equals(m.get("merged")),
        headRef,
        m.get("body") instanceof String b ? b : "");
  }

  private static Map<String, Object> object(String json) {
    Object parsed;
    try {
      parsed = Json.read(json, Object.class);
    } catch (IllegalArgumentException e) {
      throw new EnvironmentException("GitHub's API answered with something that is not JSON: " + quote(json));
    }
    return asMap(parsed);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    if (!(o instanceof Map<?, ?>)) throw new EnvironmentException("GitHub's API answered with something other than an object");
    return (Map<String, Object>) o;
  }

  private static String text(Map<String, Object> m, String key) {
    if (m.get(key) instanceof String s) return s;
    throw new EnvironmentException("GitHub's API answered without '" + key + "'");
  }

  private static EnvironmentException unexpected(String what, String expected) {
    return new EnvironmentException("GitHub's API answered " + what + " with something other than " + expected);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
