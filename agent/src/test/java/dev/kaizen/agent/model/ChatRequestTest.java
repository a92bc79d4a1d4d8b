package dev.kaizen.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ChatRequestTest {

  @Test
  void a_repair_round_appends_the_answer_and_the_feedback() {
    ChatRequest first = ChatRequest.of("system", "fix it", 1000, 0.2);

    ChatRequest second = first.followUp("<patch>", "the SEARCH block did not match");

    assertThat(second.turns())
        .extracting(ChatRequest.Turn::role)
        .containsExactly(ChatRequest.Role.USER, ChatRequest.Role.ASSISTANT, ChatRequest.Role.USER);
    assertThat(second.turns().get(2).text()).isEqualTo("the SEARCH block did not match");
    assertThat(first.turns()).as("the first request is unchanged").hasSize(1);
  }

  @Test
  void turns_alternate_and_end_with_the_user() {
    assertThatThrownBy(() -> new ChatRequest("s", List.of(), 10, OptionalDouble.empty()))
        .hasMessageContaining("at least one user turn");
    assertThatThrownBy(
            () ->
                new ChatRequest(
                    "s", List.of(ChatRequest.Turn.assistant("a")), 10, OptionalDouble.empty()))
        .hasMessageContaining("turn 1 must be from the user");
    assertThatThrownBy(
            () ->
                new ChatRequest(
                    "s",
                    List.of(ChatRequest.Turn.user("u"), ChatRequest.Turn.assistant("a")),
                    10,
                    OptionalDouble.empty()))
        .hasMessageContaining("last turn must be from the user");
  }

  @Test
  void refuses_limits_and_temperatures_out_of_range() {
    assertThatThrownBy(() -> ChatRequest.of("s", "u", 0, 0.2))
        .hasMessageContaining("maxOutputTokens");
    assertThatThrownBy(() -> ChatRequest.of("s", "u", 10, 2.5)).hasMessageContaining("temperature");
    assertThatThrownBy(() -> ChatRequest.of("s", " ", 10, 0.2))
        .hasMessageContaining("must not be empty");
  }

  @Test
  void the_temperature_can_be_left_to_the_provider() {
    assertThat(ChatRequest.of("s", "u", 10, 0.2).withoutTemperature().temperature()).isEmpty();
  }
}
