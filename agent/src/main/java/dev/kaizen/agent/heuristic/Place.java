package dev.kaizen.agent.heuristic;

import java.util.Objects;

/**
 * One place in a file where a rewrite rule applies.
 *
 * @param line the 1-based line of the code the rule matched (its anchor)
 * @param column the 1-based column of that code
 * @param member where it is, as {@code Type#method}: the package-relative name of the declaring
 *     type and the method's name; a constructor is named after its type, an initializer is {@code
 *     <init>} or {@code <clinit>}, a field initializer is named after the field
 * @param summary what the rewrite does, in the imperative ("Use a StringBuilder for `out +=`")
 * @param rationale why it is better and why it keeps behaviour, in one to three sentences
 * @param code the matched code as it is in the file, its common indentation removed
 */
public record Place(
    int line, int column, String member, String summary, String rationale, String code) {

  public Place {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(code, "code");
    if (line < 1 || column < 1)
      throw new IllegalArgumentException("not a position: " + line + ":" + column);
  }

  /** {@code Type.method}, for summaries. */
  public String memberDisplayName() {
    return member.replace('#', '.');
  }
}
