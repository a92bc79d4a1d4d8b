package dev.kaizen.agent.model;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** One chat through a LangChain4j {@link ChatModel}, translated both ways. */
final class LangChainAttempt implements Attempt {

  private final ChatModel model;

  LangChainAttempt(ChatModel model) {
    this.model = model;
  }

  @Override
  public Answer send(ChatRequest request) {
    ChatResponse response = model.chat(toLangChain(request));
    AiMessage ai = response.aiMessage();
    String text = ai == null || ai.text() == null ? "" : ai.text();
    TokenUsage usage = response.tokenUsage();
    return new Answer(
        text,
        usage == null ? OptionalInt.empty() : optional(usage.inputTokenCount()),
        usage == null ? OptionalInt.empty() : optional(usage.outputTokenCount()),
        finishReason(response.finishReason()));
  }

  static dev.langchain4j.model.chat.request.ChatRequest toLangChain(ChatRequest request) {
    List<ChatMessage> messages = new ArrayList<>();
    if (!request.system().isBlank()) messages.add(SystemMessage.from(request.system()));
    for (ChatRequest.Turn turn : request.turns()) {
      messages.add(
          turn.role() == ChatRequest.Role.USER
              ? UserMessage.from(turn.text())
              : AiMessage.from(turn.text()));
    }
    var builder =
        dev.langchain4j.model.chat.request.ChatRequest.builder()
            .messages(messages)
            .maxOutputTokens(request.maxOutputTokens());
    if (request.temperature().isPresent()) builder.temperature(request.temperature().getAsDouble());
    return builder.build();
  }

  static FinishReason finishReason(dev.langchain4j.model.output.FinishReason reason) {
    if (reason == null) return FinishReason.UNKNOWN;
    return switch (reason.name()) {
      case "STOP" -> FinishReason.STOP;
      case "LENGTH" -> FinishReason.LENGTH;
      case "CONTENT_FILTER" -> FinishReason.CONTENT_FILTER;
      case "TOOL_EXECUTION" -> FinishReason.TOOL_CALL;
      default -> FinishReason.OTHER;
    };
  }

  private static OptionalInt optional(Integer count) {
    return count == null ? OptionalInt.empty() : OptionalInt.of(count);
  }

  @Override
  public String toString() {
    return "LangChainAttempt[" + model.getClass().getSimpleName() + "]";
  }
}
