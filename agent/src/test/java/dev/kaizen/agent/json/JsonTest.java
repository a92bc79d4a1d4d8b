package dev.kaizen.agent.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kaizen's own JSON annotations: a component's key, and a component whose keys sit in the enclosing
 * object.
 */
class JsonTest {

  record Gate(
      @JsonKey("min-effect") Double minEffect,
      @JsonKey("guard-max-regression") double guardMaxRegression) {}

  record Numbers(Integer pairs, Double estimate, List<String> metrics) {}

  record Tests(int run) {}

  record Outcome(String decision, @JsonInline Numbers numbers, Tests tests) {}

  @Test
  void a_component_is_written_and_read_under_its_key() {
    String json = Json.line(new Gate(0.01, 0.02));

    assertThat(json).isEqualTo("{\"min-effect\":0.01,\"guard-max-regression\":0.02}");
    assertThat(Json.read(json, Gate.class)).isEqualTo(new Gate(0.01, 0.02));
  }

  @Test
  void an_inline_component_is_written_in_place_in_the_enclosing_object_and_read_back_from_there() {
    var outcome =
        new Outcome("accepted", new Numbers(12, 0.03, List.of("ms_per_op")), new Tests(3));

    String json = Json.line(outcome);

    assertThat(json)
        .isEqualTo(
            "{\"decision\":\"accepted\",\"pairs\":12,\"estimate\":0.03,\"metrics\":[\"ms_per_op\"],\"tests\":{\"run\":3}}");
    assertThat(Json.read(json, Outcome.class)).isEqualTo(outcome);
  }

  @Test
  void
      an_absent_inline_component_writes_nothing_and_reads_as_a_value_with_every_component_absent() {
    String json = Json.line(new Outcome("rejected", null, new Tests(2)));

    assertThat(json).isEqualTo("{\"decision\":\"rejected\",\"tests\":{\"run\":2}}");
    assertThat(Json.read(json, Outcome.class).numbers()).isEqualTo(new Numbers(null, null, null));
  }
}
