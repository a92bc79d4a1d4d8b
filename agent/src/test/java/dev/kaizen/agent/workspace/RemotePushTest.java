package dev.kaizen.agent.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link RemotePush} keeps secrets out of its messages: the remote as shown, and redaction. */
class RemotePushTest {

  @Test
  void a_url_with_a_user_and_password_is_shown_without_them_and_both_count_as_secrets() {
    var secrets = new ArrayList<String>();

    String shown =
        RemotePush.displayRemote(
            "https://someone:hunter2hunter2@github.com/owner/repo.git", secrets);

    assertThat(shown).isEqualTo("https://github.com/owner/repo.git");
    assertThat(secrets).containsExactly("someone:hunter2hunter2", "hunter2hunter2");
  }

  @Test
  void a_token_given_as_the_user_of_a_url_is_a_secret_but_a_short_user_name_is_not() {
    var secrets = new ArrayList<String>();
    assertThat(
            RemotePush.displayRemote(
                "https://ghp_0123456789abcdef@github.com/owner/repo.git", secrets))
        .isEqualTo("https://github.com/owner/repo.git");
    assertThat(secrets).containsExactly("ghp_0123456789abcdef");

    var none = new ArrayList<String>();
    assertThat(RemotePush.displayRemote("https://git@example.com/owner/repo.git", none))
        .isEqualTo("https://example.com/owner/repo.git");
    assertThat(none).as("a user name of fewer than 8 characters").isEmpty();
  }

  @Test
  void an_at_sign_after_the_host_or_in_a_path_is_not_user_information() {
    var secrets = new ArrayList<String>();

    assertThat(RemotePush.displayRemote("https://example.com/owner/repo@v2.git", secrets))
        .isEqualTo("https://example.com/owner/repo@v2.git");
    assertThat(RemotePush.displayRemote("/srv/git/team@home/repo.git", secrets))
        .isEqualTo("/srv/git/team@home/repo.git");
    assertThat(secrets).isEmpty();
  }

  @Test
  void a_known_secret_is_scrubbed_from_the_remote_as_shown_too() {
    var secrets = new ArrayList<>(List.of("topsecret-token"));

    assertThat(RemotePush.displayRemote("https://example.com/topsecret-token/repo.git", secrets))
        .isEqualTo("https://example.com/***/repo.git");
  }

  @Test
  void redact_replaces_every_occurrence_of_every_secret_and_ignores_empty_ones() {
    assertThat(RemotePush.redact("a s1 b s2 c s1", List.of("s1", "", "s2")))
        .isEqualTo("a *** b *** c ***");
    assertThat(RemotePush.redact(null, List.of("s1"))).isNull();
  }
}
