package dev.kaizen.agent.model;

/** Why the model stopped writing, as far as the provider said. */
public enum FinishReason {
  /** It finished its answer (or hit a stop sequence). */
  STOP,
  /** It ran into the output token limit: the answer is cut off. */
  LENGTH,
  /** The provider's safety filter stopped or blocked it. */
  CONTENT_FILTER,
  /** It asked to call a tool (Kaizen offers none, so this is unexpected). */
  TOOL_CALL,
  /** Some other reason the provider named. */
  OTHER,
  /** The provider did not say. */
  UNKNOWN
}
