package dev.kaizen.agent.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named type declaration: a top-level or member type (local and anonymous classes are not
 * indexed; their methods count as part of the method that contains them).
 *
 * @param qualifiedName for example {@code demo.Outer.Inner}
 * @param packageName the package, empty for the default package
 * @param kind class, interface, enum, record or annotation
 * @param path the file that declares it, repository-relative and {@code /}-separated
 * @param test whether that file is test code
 * @param lines where it is, its Javadoc excluded
 * @param summary the first sentence of its Javadoc, if it has one
 * @param declaration its header as text without modifiers and annotations, e.g. {@code record
 *     Point(int x, int y) implements Shape}
 * @param methods its methods and constructors in source order
 */
public record TypeInfo(
    String qualifiedName,
    String packageName,
    TypeKind kind,
    String path,
    boolean test,
    LineRange lines,
    Optional<String> summary,
    String declaration,
    List<MethodInfo> methods) {

  public TypeInfo {
    Objects.requireNonNull(qualifiedName, "qualifiedName");
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(declaration, "declaration");
    methods = List.copyOf(Objects.requireNonNull(methods, "methods"));
    if (!packageName.isEmpty() && !qualifiedName.startsWith(packageName + ".")) {
      throw new IllegalArgumentException(qualifiedName + " is not in package " + packageName);
    }
  }

  /** The name inside its package, e.g. {@code Outer.Inner}. */
  public String name() {
    return packageName.isEmpty()
        ? qualifiedName
        : qualifiedName.substring(packageName.length() + 1);
  }

  /** The last part of its name, e.g. {@code Inner}. */
  public String simpleName() {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  /** Whether it is declared inside another type. */
  public boolean nested() {
    return name().contains(".");
  }
}
