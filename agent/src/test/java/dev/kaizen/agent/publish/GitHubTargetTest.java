package dev.kaizen.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a session is published: what GitHub Actions sets, and the options that override it. */
class GitHubTargetTest {

  static final String TOKEN = "ghs_targetTestToken0123456789abcdef";

  @Test
  void reads_what_github_actions_sets() {
    GitHubTarget t =
        GitHubTarget.resolve(
            Map.of("GITHUB_TOKEN", TOKEN, "GITHUB_REPOSITORY", "acme/slow-report"),
            GitHubTarget.Options.NONE);

    assertThat(t.api()).isEqualTo(URI.create("https://api.github.com"));
    assertThat(t.repository()).isEqualTo(new GitHubRepository("acme", "slow-report"));
    assertThat(t.remote()).isEqualTo("https://github.com/acme/slow-report.git");
    assertThat(t.token().variable()).isEqualTo("GITHUB_TOKEN");
    assertThat(t.toString()).doesNotContain(TOKEN);
  }

  @Test
  void a_github_enterprise_server_comes_from_its_variables() {
    GitHubTarget t =
        GitHubTarget.resolve(
            Map.of(
                "GITHUB_TOKEN",
                TOKEN,
                "GITHUB_REPOSITORY",
                "acme/app",
                "GITHUB_API_URL",
                "https://ghe.example.com/api/v3/",
                "GITHUB_SERVER_URL",
                "https://ghe.example.com"),
            GitHubTarget.Options.NONE);

    assertThat(t.api()).isEqualTo(URI.create("https://ghe.example.com/api/v3"));
    assertThat(t.remote()).isEqualTo("https://ghe.example.com/acme/app.git");
  }

  @Test
  void options_override_the_environment() {
    var options =
        new GitHubTarget.Options(
            Optional.of("BOT_TOKEN"),
            Optional.of("other/repo"),
            Optional.of("http://127.0.0.1:8080"),
            Optional.of("/srv/git/repo.git"));
    GitHubTarget t =
        GitHubTarget.resolve(Map.of("BOT_TOKEN", TOKEN, "GITHUB_REPOSITORY", "acme/app"), options);

    assertThat(t.token().variable()).isEqualTo("BOT_TOKEN");
    assertThat(t.repository()).hasToString("other/repo");
    assertThat(t.api()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    assertThat(t.remote()).isEqualTo("/srv/git/repo.git");
  }

  @Test
  void a_missing_token_names_its_variable_and_a_missing_repository_is_a_usage_error() {
    assertThatThrownBy(
            () ->
                GitHubTarget.resolve(
                    Map.of("GITHUB_REPOSITORY", "acme/app"), GitHubTarget.Options.NONE))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("GITHUB_TOKEN is not set");
    assertThatThrownBy(
            () -> GitHubTarget.resolve(Map.of("GITHUB_TOKEN", " "), GitHubTarget.Options.NONE))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("GITHUB_TOKEN is not set");
    assertThatThrownBy(
            () -> GitHubTarget.resolve(Map.of("GITHUB_TOKEN", TOKEN), GitHubTarget.Options.NONE))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("pass --repository owner/name or set GITHUB_REPOSITORY");
    assertThatThrownBy(
            () ->
                GitHubTarget.resolve(
                    Map.of("GITHUB_TOKEN", TOKEN, "GITHUB_REPOSITORY", "acme"),
                    GitHubTarget.Options.NONE))
        .isInstanceOf(UsageException.class)
        .hasMessage("GITHUB_REPOSITORY: expected owner/name, not 'acme'");
  }

  @Test
  void a_url_with_credentials_is_refused_without_repeating_it() {
    var options =
        new GitHubTarget.Options(
            Optional.empty(),
            Optional.of("acme/app"),
            Optional.of("https://me:" + TOKEN + "@api.github.com"),
            Optional.empty());
    assertThatThrownBy(() -> GitHubTarget.resolve(Map.of("GITHUB_TOKEN", TOKEN), options))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--api-url: a URL with credentials")
        .message()
        .doesNotContain(TOKEN);
  }

  @Test
  void githubs_error_message_is_read_with_each_validation_error() {
    assertThat(
            GitHubClient.githubMessage(
                "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"PullRequest\","
                    + "\"code\":\"custom\",\"message\":\"A pull request already exists for acme:kaizen/x.\"},{\"resource\":\"PullRequest\","
                    + "\"field\":\"base\",\"code\":\"invalid\"}]}"))
        .isEqualTo(
            "Validation Failed: A pull request already exists for acme:kaizen/x.: resource PullRequest, field base, code invalid");
    assertThat(GitHubClient.githubMessage("<html>Bad gateway</html>"))
        .isEqualTo("<html>Bad gateway</html>");
    assertThat(GitHubClient.githubMessage("")).isEqualTo("(no message)");
  }

  @Test
  void githubs_errors_may_be_plain_texts_and_an_answer_that_is_no_object_is_quoted() {
    assertThat(
            GitHubClient.githubMessage(
                "{\"message\":\"Validation Failed\",\"errors\":[\"No commits between main and kaizen/x\"]}"))
        .isEqualTo("Validation Failed: No commits between main and kaizen/x");
    assertThat(GitHubClient.githubMessage("[\"a list\"]")).isEqualTo("[\"a list\"]");
  }
}
