package dev.kaizen.agent.index;

/**
 * Counts tokens the cheap way, until a real tokenizer replaces it: one token per started group of
 * four characters ({@code ceil(chars / 4)}), which is close to what byte-pair tokenizers give for
 * English and Java source, and errs on the generous side for short identifiers.
 *
 * <p>Because {@code ceil(a / 4) + ceil(b / 4) >= ceil((a + b) / 4)}, summing the estimates of the
 * parts of a text never underestimates the estimate of the whole.
 */
public final class Tokens {

  private Tokens() {}

  /** The approximate number of tokens in {@code text}. */
  public static int approximate(CharSequence text) {
    return (text.length() + 3) / 4;
  }
}
