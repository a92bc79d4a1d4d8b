package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaizen improve --max-usd}: it takes the place of {@code budget.max-usd}. Seen before any
 * work starts: a hosted model without a known price is refused while a money limit is in force
 * (exit 2), and at {@code --max-usd 0} its price no longer matters, so the next check, the key's
 * variable, is the one that stops it (exit 3).
 */
class MaxUsdOptionTest {

  private static final String UNSET_KEY = "KAIZEN_TEST_KEY_THAT_IS_NOT_SET";

  @TempDir Path tmp;

  @Test
  void max_usd_replaces_the_configured_money_limit() throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      String[] unpriced = {
        "improve",
        "--repo",
        repo.root().toString(),
        "--proposer",
        "llm",
        "--provider",
        "openai",
        "--model",
        "kaizen-test-model-without-a-price",
        "--api-key-env",
        UNSET_KEY
      };

      CliRun configured = CliRun.of(unpriced);
      CliRun zero = CliRun.of(concat(unpriced, "--max-usd", "0"));

      assertThat(configured.exitCode())
          .as("budget.max-usd 5 needs the model's price: %s", configured)
          .isEqualTo(2);
      assertThat(configured.err())
          .contains("no price is known")
          .contains("kaizen-test-model-without-a-price");
      assertThat(zero.exitCode())
          .as("--max-usd 0 needs no price, so the unset key stops it: %s", zero)
          .isEqualTo(3);
      assertThat(zero.err())
          .contains(UNSET_KEY)
          .doesNotContain("no price is known")
          .contains("budget.max-usd: $0.00 from --max-usd (kaizen.yml at");
    }
  }

  @Test
  void a_negative_or_infinite_max_usd_is_a_usage_error() throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      CliRun negative = CliRun.of("improve", "--repo", repo.root().toString(), "--max-usd", "-1");
      CliRun infinite =
          CliRun.of("improve", "--repo", repo.root().toString(), "--max-usd", "Infinity");

      assertThat(negative.exitCode()).as(negative.toString()).isEqualTo(2);
      assertThat(negative.err()).contains("--max-usd must be a number of US dollars, 0 or more");
      assertThat(infinite.exitCode()).as(infinite.toString()).isEqualTo(2);
      assertThat(infinite.err()).contains("--max-usd");
      assertThat(repo.root().resolve("workspace/sessions"))
          .as("nothing was started")
          .doesNotExist();
    }
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
