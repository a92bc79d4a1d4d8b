package dev.kaizen.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Hotspot;
import dev.kaizen.agent.propose.PastAttempt;
import dev.kaizen.agent.propose.ProposalContext;
import dev.kaizen.agent.propose.SessionNotes;
import dev.kaizen.agent.tokens.TokenCounter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first request of an iteration, built over Kaizen's own agent sources (a real, large index).
 */
class PromptBuilderTest {

  static final Path AGENT_ROOT = Path.of("").toAbsolutePath();
  static final CodeIndex INDEX = CodeIndex.build(AGENT_ROOT);
  static final PromptTemplates TEMPLATES = PromptTemplates.packaged();
  static final String HOT = "src/main/java/dev/kaizen/agent/index/RepoMap.java";

  @ParameterizedTest
  @ValueSource(ints = {2000, 3000, 6000, 12000, 24000, 60000})
  void never_exceeds_the_context_limit_counted_on_what_is_sent(int limit) {
    var built =
        new PromptBuilder(TEMPLATES, limit)
            .build(new Goal("make the repo map faster"), context(notes(30)));

    int counted = TokenCounter.count(TEMPLATES.system().text()) + TokenCounter.count(built.text());
    assertThat(counted).isLessThanOrEqualTo(limit);
    assertThat(built.tokens()).isEqualTo(counted);
  }

  @Test
  void shows_the_hot_methods_files_first_and_in_full() throws Exception {
    var built =
        new PromptBuilder(TEMPLATES, 24000).build(new Goal("make it faster"), context(notes(0)));

    assertThat(built.files()).containsExactly(HOT);
    assertThat(built.text())
        .contains(HOT + "\n```java\n" + java.nio.file.Files.readString(AGENT_ROOT.resolve(HOT)));
    assertThat(built.text()).contains("62.5%  " + HOT);
  }

  @Test
  void without_a_profile_ranks_main_files_by_the_goals_words_and_never_shows_a_protected_one() {
    var ctx =
        new ProposalContext(
            AGENT_ROOT, INDEX, Set.of(), p -> p.contains("/llm/"), 1, SessionNotes.EMPTY, e -> {});

    var built =
        new PromptBuilder(TEMPLATES, 24000).build(new Goal("speed up the RepoMap rendering"), ctx);

    assertThat(built.files())
        .isNotEmpty()
        .allMatch(p -> !p.contains("/llm/") && !p.contains("src/test/"));
    assertThat(built.files().get(0)).endsWith("RepoMap.java");
  }

  @Test
  void the_journal_keeps_the_latest_attempts_and_the_diagnosis_explains_the_last_failure() {
    var built =
        new PromptBuilder(TEMPLATES, 6000).build(new Goal("make it faster"), context(notes(200)));

    assertThat(built.text())
        .contains("#200 rejected")
        .contains("earlier lines left out")
        .doesNotContain("- #1 rejected");
    assertThat(built.text())
        .contains("The previous candidate, \"idea 200\", was rejected")
        .contains("ReportTest.renders_nothing_for_zero");
  }

  @Test
  void the_reviewers_feedback_is_shown_in_their_words_and_none_is_said_when_there_is_none() {
    var built =
        new PromptBuilder(TEMPLATES, 24000)
            .build(
                new Goal("make it faster"),
                context(
                    notes(
                        1, List.of("on #1 (idea 1): too risky", "keep the public API as it is"))));
    var without =
        new PromptBuilder(TEMPLATES, 24000).build(new Goal("make it faster"), context(notes(1)));

    assertThat(built.text())
        .contains("# Reviewer's feedback\n\nReviewer's feedback on earlier proposals")
        .contains("\n- on #1 (idea 1): too risky\n- keep the public API as it is\n");
    assertThat(without.text())
        .contains("Reviewer's feedback on earlier proposals")
        .contains("follow it:\n\n(none)\n");
  }

  private static ProposalContext context(SessionNotes notes) {
    return new ProposalContext(
        AGENT_ROOT, INDEX, Set.of(), p -> p.startsWith("src/test/"), 1, notes, e -> {});
  }

  private static SessionNotes notes(int attempts) {
    return notes(attempts, List.of());
  }

  private static SessionNotes notes(int attempts, List<String> feedback) {
    var history = new ArrayList<PastAttempt>();
    for (int n = 1; n <= attempts; n++) {
      history.add(
          new PastAttempt(
              n,
              "idea " + n,
              "rejected",
              List.of("tests failed: ReportTest.renders_nothing_for_zero"),
              Optional.empty(),
              "[ERROR] ReportTest.renders_nothing_for_zero:12 expected: <> but was: <,>"));
    }
    return new SessionNotes(
        history,
        List.of("ms_per_op: target, lower is better"),
        List.of(new Hotspot(HOT, "dev.kaizen.agent.index.RepoMap#render(...)", 40, 90, 0.625)),
        feedback);
  }
}
