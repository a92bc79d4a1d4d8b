package dev.kaizen.agent.heuristic;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Names used in a file, and identity-based lookups (JavaParser's {@code equals} is structural). */
final class Identifiers {

  private Identifiers() {}

  /**
   * Every identifier in the file: a new name outside this set can shadow and be shadowed by nothing
   * in it.
   */
  static Set<String> all(CompilationUnit unit) {
    var names = new HashSet<String>();
    unit.findAll(SimpleName.class).forEach(n -> names.add(n.getIdentifier()));
    unit.findAll(Name.class).forEach(n -> names.add(n.getIdentifier()));
    return names;
  }

  /** The position of this very node in the list, or -1. */
  static int indexOf(List<? extends Node> nodes, Node node) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) == node) return i;
    }
    return -1;
  }
}
