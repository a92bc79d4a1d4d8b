package dev.kaizen.agent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.ledger.IterationRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageTest {

  private static IterationRecord it(int n, String parent, String commit, String decision) {
    return new IterationRecord(
        "s/" + n,
        n,
        "t0",
        "t1",
        "heuristic",
        "rule",
        "k" + n,
        "summary " + n,
        null,
        0,
        0,
        parent,
        commit,
        decision,
        decision,
        List.of(decision),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static String describe(Lineage lineage) {
    var out = new StringBuilder();
    for (Lineage.Row r : lineage.rows()) {
      out.append("  ".repeat(r.column()))
          .append(r.base() ? "base " + r.commit() : "#" + r.iteration().n() + " " + r.commit())
          .append(r.merged() && !r.base() ? " merged" : "")
          .append(" <- ")
          .append(r.parentRow())
          .append('\n');
    }
    return out.toString();
  }

  @Test
  void dead_ends_hang_off_their_commit_and_the_merged_line_goes_on_in_the_same_column() {
    var lineage =
        Lineage.of(
            "B",
            List.of(
                it(1, "B", "C1", "rejected"),
                it(2, "B", "C2", "accepted"),
                it(3, "C2", "C3", "inconclusive"),
                it(4, "C2", null, "rejected"),
                it(5, "C2", "C5", "accepted")),
            "C5");

    assertThat(describe(lineage))
        .isEqualTo(
            """
        base B <- -1
          #1 C1 <- 0
        #2 C2 merged <- 0
          #3 C3 <- 2
          #4 null <- 2
        #5 C5 merged <- 2
        """);
  }

  @Test
  void candidates_of_one_batch_keep_the_order_they_were_tried_in() {
    var lineage =
        Lineage.of(
            "B",
            List.of(
                it(1, "B", "C1", "accepted"),
                it(2, "B", "C2", "accepted"),
                it(3, "B", "C3", "rejected"),
                it(4, "C2", "C4", "rejected")),
            "C2");

    assertThat(describe(lineage))
        .as("#1 was accepted but not merged: #2 was better in its batch")
        .isEqualTo(
            """
        base B <- -1
          #1 C1 <- 0
          #3 C3 <- 0
        #2 C2 merged <- 0
          #4 C4 <- 3
        """);
  }

  @Test
  void a_parent_that_no_iteration_made_gets_its_own_root_and_a_missing_parent_means_the_base() {
    var lineage =
        Lineage.of("B", List.of(it(1, null, "C1", "rejected"), it(2, "X", "C2", "rejected")), "B");

    assertThat(describe(lineage))
        .isEqualTo(
            """
        base B <- -1
          #1 C1 <- 0
        base X <- -1
          #2 C2 <- 2
        """);
  }

  @Test
  void a_candidate_built_on_itself_does_not_loop() {
    var lineage =
        Lineage.of("B", List.of(it(1, "B", "B", "accepted"), it(2, "B", "C2", "rejected")), "B");

    assertThat(lineage.rows()).hasSize(3);
  }

  @Test
  void no_iterations_is_just_the_base() {
    assertThat(Lineage.of("B", List.of(), "B").rows())
        .singleElement()
        .satisfies(r -> assertThat(r.base()).isTrue());
  }

  @Test
  void draws_one_node_per_row_linked_to_its_table_row() {
    var lineage =
        Lineage.of("B", List.of(it(1, "B", "C1", "rejected"), it(2, "B", "C2", "accepted")), "C2");

    Xml svg = Xml.parse(lineage.svg(800, n -> "#row-" + n));

    assertThat(svg.all("//g[@class='nodes']/*")).hasSize(3);
    assertThat(svg.all("//path[" + Xml.hasClass("edge") + "]")).hasSize(2);
    assertThat(svg.one("//a[@href='#row-2']/g").getAttribute("class"))
        .contains("accepted")
        .contains("merged");
    assertThat(svg.one("//a[@href='#row-1']/g").getAttribute("class"))
        .contains("rejected")
        .doesNotContain("merged");
  }
}
