package dev.kaizen.agent.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Counts tokens with OpenAI's {@code o200k_base} byte-pair encoding, the tokenizer of the GPT-4o
 * and GPT-4.1 families, so for those models the count is exact (before the few tokens of
 * per-message framing a chat format adds).
 *
 * <p>Other providers (Anthropic, Gemini, models served by Ollama) use tokenizers of their own whose
 * counts differ by some percent either way; for them this count is a measured proxy, not the truth.
 * Whoever enforces a hard limit with it adds a margin (the spending budget does) and prefers the
 * numbers a provider reports once a call has been answered.
 *
 * <p>Text is counted as ordinary text: special-token markers such as {@code <|endoftext|>} in
 * source code are counted as the characters they are, never rejected. The encoding's tables are
 * loaded once, on first use; counting is safe from any thread.
 */
public final class TokenCounter {

  private TokenCounter() {}

  /** The number of {@code o200k_base} tokens in {@code text}. */
  public static int count(CharSequence text) {
    if (text.length() == 0) return 0;
    return O200k.ENCODING.countTokensOrdinary(text.toString());
  }

  /** Holds the encoding; the JVM initializes it once, lazily and thread-safely, on first use. */
  private static final class O200k {
    static final Encoding ENCODING =
        Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
  }
}
