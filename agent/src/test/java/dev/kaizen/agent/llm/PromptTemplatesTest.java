package dev.kaizen.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplatesTest {

  @Test
  void the_packaged_templates_load_with_exactly_the_placeholders_the_proposer_fills() {
    PromptTemplates t = PromptTemplates.packaged();

    assertThat(t.system().placeholders()).isEmpty();
    assertThat(t.propose().placeholders())
        .containsExactly(
            "goal", "metrics", "journal", "diagnosis", "feedback", "hotspots", "repo_map", "files");
    assertThat(t.repair().placeholders()).containsExactly("failure");
    assertThat(t.diagnose().placeholders())
        .containsExactly("summary", "decision", "reasons", "details");
    assertThat(t.system().text())
        .contains("<<<<<<< SEARCH")
        .contains(">>>>>>> REPLACE")
        .contains("Summary:");
  }

  @Test
  void an_id_names_the_template_and_the_hash_of_its_content() {
    var a = new PromptTemplate("repair", "{{failure}}\nTry again.");
    var b = new PromptTemplate("repair", "{{failure}}\nTry again!");

    assertThat(a.id()).matches("repair@sha256:[0-9a-f]{12}");
    assertThat(a.id()).isNotEqualTo(b.id());
    // sha256("abc") is published in FIPS 180-2
    assertThat(PromptTemplate.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(new PromptTemplate("x", "abc").hash()).isEqualTo("ba7816bf8f01");
  }

  @Test
  void fill_replaces_every_placeholder_and_inserts_values_literally() {
    var t = new PromptTemplate("repair", "Why: {{failure}}\nAgain: {{failure}}");

    assertThat(t.fill(Map.of("failure", "a $1 \\ {{goal}}")))
        .isEqualTo("Why: a $1 \\ {{goal}}\nAgain: a $1 \\ {{goal}}");
  }

  @Test
  void fill_refuses_a_missing_or_an_unknown_value() {
    var t = new PromptTemplate("repair", "{{failure}}");

    assertThatThrownBy(() -> t.fill(Map.of())).hasMessageContaining("[failure]");
    assertThatThrownBy(() -> t.fill(Map.of("failure", "x", "goal", "y")))
        .hasMessageContaining("goal");
  }

  @Test
  void a_template_set_with_a_wrong_placeholder_is_refused() {
    PromptTemplates t = PromptTemplates.packaged();
    var wrong = new PromptTemplate("repair", "{{reason}}");

    assertThatThrownBy(() -> new PromptTemplates(t.system(), t.propose(), wrong, t.diagnose()))
        .hasMessageContaining("prompts/repair.md must have the placeholders [failure]");
  }
}
