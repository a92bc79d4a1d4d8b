package dev.kaizen.agent.profile;

import dev.kaizen.agent.index.MethodInfo;
import java.util.Objects;

/**
 * A method of the project's main code and the share of the execution samples attributed to it: the
 * samples whose first project frame, from the top of the stack, lies in it (time spent in JDK or
 * library code it calls included).
 *
 * @param path the file that declares it, repository-relative and {@code /}-separated
 * @param type the qualified name of its type as the index names it, e.g. {@code demo.Outer.Inner};
 *     always {@code method.declaringType()}
 * @param method the indexed method or constructor
 * @param samples how many execution samples were attributed to it, not negative
 * @param share {@code samples} divided by every execution sample read, from 0 to 1
 */
public record HotMethod(String path, String type, MethodInfo method, long samples, double share) {

  public HotMethod {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(method, "method");
    if (!type.equals(method.declaringType())) {
      throw new IllegalArgumentException(
          method.name() + " is declared by " + method.declaringType() + ", not " + type);
    }
    if (samples < 0) throw new IllegalArgumentException("samples must not be negative: " + samples);
    if (!(share >= 0 && share <= 1))
      throw new IllegalArgumentException("share must be within 0..1: " + share);
  }

  /**
   * The method as a prompt names it: its type, {@code #}, and its name with its parameters, e.g.
   * {@code demo.Report#render(List<String> rows)} (no return type, type parameters or throws
   * clause; a compact constructor has no parameter list).
   */
  public String label() {
    return type + "#" + callable(method);
  }

  private static String callable(MethodInfo method) {
    String signature = method.signature();
    int open = signature.indexOf('(');
    if (open < 0) return method.name();
    int start =
        signature.startsWith(method.name(), open - method.name().length())
            ? open - method.name().length()
            : open;
    int depth = 0;
    for (int i = open; i < signature.length(); i++) {
      char c = signature.charAt(i);
      if (c == '(') depth++;
      if (c == ')' && --depth == 0)
        return (start == open ? method.name() : "") + signature.substring(start, i + 1);
    }
    return signature.substring(start);
  }
}
