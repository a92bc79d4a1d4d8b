package dev.kaizen.agent.index;

import dev.kaizen.agent.tokens.TokenCounter;

/**
 * Counts the tokens of the text the index renders for prompts, with the tokenizer of {@link
 * TokenCounter} ({@code o200k_base}).
 *
 * <p>A real tokenizer's counts do not simply add up: the count of a text may differ from the sum of
 * the counts of its parts, because a token can span the place where they were joined. Code that
 * keeps a text under a hard limit must therefore count the text it actually returns, not only its
 * parts ({@link RepoMap} does).
 */
public final class Tokens {

  private Tokens() {}

  /** The number of tokens in {@code text}. */
  public static int count(CharSequence text) {
    return TokenCounter.count(text);
  }
}
