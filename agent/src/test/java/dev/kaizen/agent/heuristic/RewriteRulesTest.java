package dev.kaizen.agent.heuristic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.agent.propose.ProposalContext;
import dev.kaizen.agent.propose.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RewriteRules}, the one list of registered rules, and adding a rule to it. */
class RewriteRulesTest {

  private static final String CALC = "src/main/java/demo/Calc.java";

  @TempDir Path tree;

  @Test
  void standard_registers_the_rules_of_this_package_in_the_order_they_are_tried() {
    assertThat(RewriteRules.standard().all())
        .extracting(RewriteRule::id)
        .containsExactly(StringConcatInLoopRule.ID, PrecompileRegexRule.ID);
    assertThat(HeuristicProposer.defaultRules())
        .extracting(RewriteRule::id)
        .as("the default rules are the registered ones")
        .containsExactly(StringConcatInLoopRule.ID, PrecompileRegexRule.ID);
    assertThat(new HeuristicProposer().rules())
        .extracting(RewriteRule::id)
        .containsExactly(StringConcatInLoopRule.ID, PrecompileRegexRule.ID);
  }

  @Test
  void with_registers_a_rule_after_the_others_and_leaves_the_registry_it_came_from_as_it_was() {
    RewriteRules standard = RewriteRules.standard();

    RewriteRules more = standard.with(new EmptyStatementRule());

    assertThat(more.all())
        .extracting(RewriteRule::id)
        .containsExactly(StringConcatInLoopRule.ID, PrecompileRegexRule.ID, EmptyStatementRule.ID);
    assertThat(standard.all()).extracting(RewriteRule::id).doesNotContain(EmptyStatementRule.ID);
  }

  @Test
  void refuses_a_rule_whose_id_is_registered_already() {
    assertThatThrownBy(() -> RewriteRules.standard().with(new PrecompileRegexRule()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two rules with id " + PrecompileRegexRule.ID);
  }

  @Test
  void a_new_rule_registered_next_to_the_standard_ones_is_proposed_by_the_heuristic_proposer()
      throws IOException {
    write(
        CALC,
        """
        package demo;

        class Calc {
          int twice(int x) {
            int y = x * 2;;
            return y;
          }
        }
        """);
    var context = new ProposalContext(tree, CodeIndex.build(tree), Set.of(), path -> false);
    assertThat(new HeuristicProposer().propose(Goal.DEFAULT, context))
        .as("the standard rules find nothing here")
        .isEmpty();

    var proposer = new HeuristicProposer(RewriteRules.standard().with(new EmptyStatementRule()));
    Proposal p = proposer.propose(Goal.DEFAULT, context).orElseThrow();

    assertThat(p.key()).isEqualTo(EmptyStatementRule.ID + ":" + CALC + ":Calc#twice:5");
    assertThat(p.summary()).isEqualTo("Drop the empty statement in Calc.twice (Calc.java:5)");
    assertThat(p.provenance()).isEqualTo(Provenance.offline("heuristic", EmptyStatementRule.ID));
    assertThat(p.patch().edits())
        .singleElement()
        .satisfies(
            edit -> {
              assertThat(edit.path()).isEqualTo(CALC);
              assertThat(edit.after()).contains("    int y = x * 2;\n    return y;\n");
            });
    assertThat(p.transcript())
        .contains("`" + EmptyStatementRule.ID + "` — " + new EmptyStatementRule().description());
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(tree.resolve(path).getParent());
    Files.writeString(tree.resolve(path), text);
  }
}
