package dev.kaizen.agent.trust;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import java.util.Objects;
import java.util.Optional;

/**
 * A method a pattern looks for, matched by name and, without types, by what its receiver names.
 *
 * @param construct how a finding names it: {@code System.exit}
 * @param owner the simple name of the declaring type
 * @param method the method's name
 * @param receiver how the receiver must look
 */
record CallSite(String construct, String owner, String method, Receiver receiver) {

  /** How a call's receiver must look for the call to match. */
  enum Receiver {
    /**
     * The type itself ({@code System.exit(1)}, {@code java.lang.System.exit}), or none through a
     * static import.
     */
    TYPE,
    /**
     * Any expression that names the type or a variable declared with it ({@code
     * Runtime.getRuntime().exit(1)}).
     */
    INSTANCE,
    /** Any receiver: the name alone is telling enough. */
    ANY
  }

  CallSite {
    Objects.requireNonNull(construct, "construct");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(receiver, "receiver");
  }

  static CallSite onType(String owner, String method) {
    return new CallSite(owner + "." + method, owner, method, Receiver.TYPE);
  }

  static CallSite onInstance(String owner, String method) {
    return new CallSite(owner + "." + method, owner, method, Receiver.INSTANCE);
  }

  static CallSite anyReceiver(String owner, String method) {
    return new CallSite(owner + "." + method, owner, method, Receiver.ANY);
  }

  boolean matches(MethodCallExpr call, ParsedSource source) {
    return call.getNameAsString().equals(method) && receiverMatches(call.getScope(), source);
  }

  /** A method reference ({@code System::nanoTime}) counts as a call. */
  boolean matches(MethodReferenceExpr ref, ParsedSource source) {
    return ref.getIdentifier().equals(method)
        && receiverMatches(Optional.of(ref.getScope()), source);
  }

  private boolean receiverMatches(Optional<Expression> scope, ParsedSource source) {
    return switch (receiver) {
      case ANY -> true;
      case TYPE ->
          scope
              .map(s -> namesType(s.toString()))
              .orElseGet(() -> source.importsStatically(owner, method));
      case INSTANCE -> scope.map(s -> source.mentions(s, owner)).orElse(false);
    };
  }

  private boolean namesType(String scope) {
    return scope.equals(owner) || scope.endsWith("." + owner);
  }
}
