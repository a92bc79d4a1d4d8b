package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaizen improve --proposer llm|replay} refusing before any work: a key whose variable is
 * unset (exit 3, before the sandbox is opened) and bad options (exit 2). Stops that need the
 * baseline checked first are in {@link LlmImproveEndToEndTest}.
 */
class LlmImproveCommandTest {

  @TempDir Path tmp;

  @Test
  void an_unset_key_variable_exits_3_naming_the_variable() throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      CliRun run = CliRun.of("improve", "--repo", repo.root().toString(), "--proposer", "llm", "--provider", "anthropic",
          "--model", "claude-sonnet-4-5", "--api-key-env", "KAIZEN_TEST_KEY_THAT_IS_NOT_SET");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
      assertThat(run.err()).contains("KAIZEN_TEST_KEY_THAT_IS_NOT_SET").contains("is not set");
      assertThat(repo.root().resolve("workspace/sessions")).as("nothing was started").doesNotExist();
    }
  }

  @Test
  void replay_needs_a_session_that_recorded_exchanges() throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      CliRun noFrom = CliRun.of("improve", "--repo", repo.root().toString(), "--proposer", "replay");
      CliRun unknown = CliRun.of("improve", "--repo", repo.root().toString(), "--proposer", "replay", "--from", "2019");
      CliRun fromWithHeuristic = CliRun.of("improve", "--repo", repo.root().toString(), "--from", "2019");
      CliRun modelWithHeuristic = CliRun.of("improve", "--repo", repo.root().toString(), "--model", "gpt-4.1");

      assertThat(noFrom.exitCode()).isEqualTo(2);
      assertThat(noFrom.err()).contains("--proposer replay needs --from SESSION");
      assertThat(unknown.exitCode()).isEqualTo(2);
      assertThat(unknown.err()).contains("no session '2019'");
      assertThat(fromWithHeuristic.exitCode()).isEqualTo(2);
      assertThat(fromWithHeuristic.err()).contains("--from applies to --proposer replay only");
      assertThat(modelWithHeuristic.exitCode()).isEqualTo(2);
      assertThat(modelWithHeuristic.err()).contains("apply to --proposer llm");
    }
  }
}
