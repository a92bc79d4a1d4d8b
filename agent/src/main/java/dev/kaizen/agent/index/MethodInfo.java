package dev.kaizen.agent.index;

import java.util.Objects;
import java.util.Optional;

/**
 * A method, constructor or annotation member of an indexed type.
 *
 * @param declaringType the qualified name of the type that declares it
 * @param name the method's name; a constructor's name is its type's simple name
 * @param signature the declaration as text without modifiers, annotations and body, but with type
 *     parameters, parameter names and the throws clause, e.g. {@code <T extends Comparable<T>> T
 *     max(List<T> xs)}
 * @param constructor whether it is a constructor (a record's compact constructor included)
 * @param lines where it is, its Javadoc excluded
 * @param summary the first sentence of its Javadoc, if it has one
 */
public record MethodInfo(
    String declaringType,
    String name,
    String signature,
    boolean constructor,
    LineRange lines,
    Optional<String> summary) {

  public MethodInfo {
    Objects.requireNonNull(declaringType, "declaringType");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(summary, "summary");
  }

  /** Its size in lines. */
  public int size() {
    return lines.lines();
  }
}
