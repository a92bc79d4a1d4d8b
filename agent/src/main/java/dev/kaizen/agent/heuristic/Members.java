package dev.kaizen.agent.heuristic;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * Names the place a node is in as {@code Type#member}, the way the code index names methods: code
 * in a lambda, a local or an anonymous class belongs to the member of the named type that contains
 * it.
 */
final class Members {

  private Members() {}

  static String member(Node node) {
    Optional<BodyDeclaration<?>> member = outermostMember(node);
    if (member.isEmpty()) return "?#?";
    BodyDeclaration<?> m = member.get();
    TypeDeclaration<?> type = (TypeDeclaration<?>) m.getParentNode().orElseThrow();
    return typeName(type) + "#" + memberName(m, type, node);
  }

  /** The package-relative name of a top-level or member type ({@code Outer.Inner}). */
  static String typeName(TypeDeclaration<?> type) {
    var names = new ArrayDeque<String>();
    Optional<Node> current = Optional.of(type);
    while (current.isPresent() && current.get() instanceof TypeDeclaration<?> t) {
      names.addFirst(t.getNameAsString());
      current = t.getParentNode();
    }
    return String.join(".", names);
  }

  /** The member of a named (top-level or member) type that contains the node. */
  private static Optional<BodyDeclaration<?>> outermostMember(Node node) {
    Optional<BodyDeclaration<?>> found = Optional.empty();
    for (Optional<Node> n = Optional.of(node); n.isPresent(); n = n.get().getParentNode()) {
      if (n.get() instanceof BodyDeclaration<?> body
          && !(body instanceof TypeDeclaration<?>)
          && body.getParentNode()
              .filter(p -> p instanceof TypeDeclaration<?> t && isNamed(t))
              .isPresent()) {
        found = Optional.of(body);
      }
    }
    return found;
  }

  private static boolean isNamed(TypeDeclaration<?> type) {
    return type.getParentNode()
        .filter(p -> p instanceof CompilationUnit || p instanceof TypeDeclaration<?>)
        .isPresent();
  }

  private static String memberName(BodyDeclaration<?> member, TypeDeclaration<?> type, Node node) {
    if (member instanceof ConstructorDeclaration
        || member instanceof CompactConstructorDeclaration) {
      return type.getNameAsString();
    }
    if (member instanceof CallableDeclaration<?> c) return c.getNameAsString();
    if (member instanceof InitializerDeclaration i) return i.isStatic() ? "<clinit>" : "<init>";
    if (member instanceof EnumConstantDeclaration e) return e.getNameAsString();
    if (member instanceof FieldDeclaration f) {
      return f.getVariables().stream()
          .filter(v -> v.isAncestorOf(node) || v == node)
          .map(VariableDeclarator::getNameAsString)
          .findFirst()
          .orElse(f.getVariable(0).getNameAsString());
    }
    return "?";
  }
}
