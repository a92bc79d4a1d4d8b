package dev.kaizen.agent.publish;

import dev.kaizen.agent.UsageException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a session is published: GitHub's REST API, the repository on it, the git remote its branch
 * is pushed to, and the token for both.
 *
 * @param api the REST API's root ({@code https://api.github.com}, or a GitHub Enterprise server's
 *     {@code https://host/api/v3})
 * @param repository the repository the pull request is opened in
 * @param remote the git URL the branch is pushed to (an HTTPS URL, or a path for tests)
 * @param token the token for the API and the push
 */
public record GitHubTarget(URI api, GitHubRepository repository, String remote, GitHubToken token) {

  public static final String DEFAULT_API = "https://api.github.com";
  public static final String DEFAULT_SERVER = "https://github.com";

  public GitHubTarget {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(token, "token");
  }

  /**
   * What the command line says, each in place of what GitHub Actions sets.
   *
   * @param tokenEnv the variable holding the token, instead of {@code GITHUB_TOKEN}
   * @param repository {@code owner/name}, instead of {@code GITHUB_REPOSITORY}
   * @param api the API's root, instead of {@code GITHUB_API_URL}
   * @param remote the git URL to push to, instead of {@code <GITHUB_SERVER_URL>/<owner>/<name>.git}
   */
  public record Options(
      Optional<String> tokenEnv,
      Optional<String> repository,
      Optional<String> api,
      Optional<String> remote) {

    public static final Options NONE =
        new Options(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Options {
      Objects.requireNonNull(tokenEnv, "tokenEnv");
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(api, "api");
      Objects.requireNonNull(remote, "remote");
    }
  }

  /**
   * The target from the environment GitHub Actions sets ({@code GITHUB_TOKEN}, {@code
   * GITHUB_REPOSITORY}, {@code GITHUB_API_URL}, {@code GITHUB_SERVER_URL}) and the options that
   * override it.
   *
   * @throws dev.kaizen.agent.EnvironmentException naming the variable when there is no token
   * @throws UsageException when there is no repository, or a URL is not one
   */
  public static GitHubTarget resolve(Map<String, String> env, Options options) {
    String variable = options.tokenEnv().orElse(GitHubToken.DEFAULT_VARIABLE);
    if (variable.isBlank()) throw new UsageException("--token-env: name an environment variable");
    GitHubToken token = GitHubToken.fromEnvironment(variable, env);
    String repoText =
        options
            .repository()
            .or(() -> nonBlank(env.get("GITHUB_REPOSITORY")))
            .orElseThrow(
                () ->
                    new UsageException(
                        "no GitHub repository: pass --repository owner/name or set GITHUB_REPOSITORY"));
    GitHubRepository repository =
        GitHubRepository.parse(
            repoText, options.repository().isPresent() ? "--repository" : "GITHUB_REPOSITORY");
    URI api =
        httpUrl(
            options.api().or(() -> nonBlank(env.get("GITHUB_API_URL"))).orElse(DEFAULT_API),
            options.api().isPresent() ? "--api-url" : "GITHUB_API_URL");
    String remote =
        options
            .remote()
            .orElseGet(
                () -> {
                  String server = nonBlank(env.get("GITHUB_SERVER_URL")).orElse(DEFAULT_SERVER);
                  httpUrl(server, "GITHUB_SERVER_URL");
                  return stripSlash(server)
                      + "/"
                      + repository.owner()
                      + "/"
                      + repository.name()
                      + ".git";
                });
    if (remote.isBlank()) throw new UsageException("--remote: give a git URL");
    return new GitHubTarget(api, repository, remote, token);
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  private static URI httpUrl(String text, String what) {
    try {
      URI uri = new URI(stripSlash(text));
      if (uri.getRawUserInfo() != null || text.contains("@")) {
        throw new UsageException(
            what
                + ": a URL with credentials in it is not accepted; the token comes from its variable");
      }
      if (uri.getScheme() == null
          || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
          || uri.getHost() == null) {
        throw new UsageException(what + ": expected an http(s) URL, not '" + text + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new UsageException(
          what + ": not a URL" + (text.contains("@") ? "" : ": '" + text + "'"));
    }
  }

  private static String stripSlash(String s) {
    String t = s.strip();
    while (t.endsWith("/")) t = t.substring(0, t.length() - 1);
    return t;
  }
}
