package dev.kaizen.agent.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorDetailTest {

  @Test
  void finds_the_message_in_each_providers_error_format() {
    assertThat(
            ErrorDetail.of(
                "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}"))
        .isEqualTo("Rate limit reached");
    assertThat(
            ErrorDetail.of(
                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"))
        .isEqualTo("Overloaded");
    assertThat(
            ErrorDetail.of("{\"error\":\"model \\\"llama3\\\" not found, try pulling it first\"}"))
        .isEqualTo("model \"llama3\" not found, try pulling it first");
    assertThat(
            ErrorDetail.of(
                "{\"object\":\"error\",\"message\":\"The model `x` does not exist.\",\"code\":404}"))
        .isEqualTo("The model `x` does not exist.");
  }

  @Test
  void shows_the_start_of_a_body_that_is_not_json() {
    assertThat(ErrorDetail.of("<html>\n<body>502 Bad Gateway</body>\n</html>"))
        .isEqualTo("<html> <body>502 Bad Gateway</body> </html>");
    assertThat(ErrorDetail.of("x".repeat(400))).hasSize(301).endsWith("…");
    assertThat(ErrorDetail.of("")).isEqualTo("(no details)");
  }
}
