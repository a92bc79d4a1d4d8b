package dev.kaizen.agent.index;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the named types and their methods out of one parsed file. */
final class Declarations {

  private Declarations() {}

  /** The file's top-level and member types, each followed by its member types, in source order. */
  static List<TypeInfo> types(CompilationUnit unit, String path, boolean test) {
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    var types = new ArrayList<TypeInfo>();
    for (TypeDeclaration<?> type : unit.getTypes()) {
      collect(type, pkg.isEmpty() ? "" : pkg + ".", pkg, path, test, types);
    }
    return types;
  }

  private static void collect(
      TypeDeclaration<?> type,
      String prefix,
      String pkg,
      String path,
      boolean test,
      List<TypeInfo> out) {
    String qualified = prefix + type.getNameAsString();
    var methods = new ArrayList<MethodInfo>();
    for (BodyDeclaration<?> member : type.getMembers()) {
      method(member, qualified).ifPresent(methods::add);
    }
    out.add(
        new TypeInfo(
            qualified,
            pkg,
            kind(type),
            path,
            test,
            lines(type),
            Javadocs.summary(type),
            header(type),
            methods));
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested)
        collect(nested, qualified + ".", pkg, path, test, out);
    }
  }

  private static Optional<MethodInfo> method(BodyDeclaration<?> member, String declaringType) {
    String simpleType = declaringType.substring(declaringType.lastIndexOf('.') + 1);
    if (member instanceof MethodDeclaration m) {
      return Optional.of(
          new MethodInfo(
              declaringType,
              m.getNameAsString(),
              signature(m),
              false,
              lines(m),
              Javadocs.summary(m)));
    }
    if (member instanceof ConstructorDeclaration c) {
      return Optional.of(
          new MethodInfo(
              declaringType,
              c.getNameAsString(),
              signature(c),
              true,
              lines(c),
              Javadocs.summary(c)));
    }
    if (member instanceof CompactConstructorDeclaration c) {
      String sig =
          typeParameters(c.getTypeParameters())
              + c.getNameAsString()
              + throwsClause(c.getThrownExceptions());
      return Optional.of(
          new MethodInfo(declaringType, simpleType, sig, true, lines(c), Javadocs.summary(c)));
    }
    if (member instanceof AnnotationMemberDeclaration a) {
      String sig = a.getType().asString() + " " + a.getNameAsString() + "()";
      return Optional.of(
          new MethodInfo(
              declaringType, a.getNameAsString(), sig, false, lines(a), Javadocs.summary(a)));
    }
    return Optional.empty();
  }

  /**
   * A callable's signature with its type parameters (which {@code getDeclarationAsString} leaves
   * out), without modifiers and annotations.
   */
  static String signature(CallableDeclaration<?> callable) {
    var sb = new StringBuilder(typeParameters(callable.getTypeParameters()));
    if (callable instanceof MethodDeclaration m) sb.append(m.getType().asString()).append(' ');
    sb.append(callable.getNameAsString()).append('(');
    sb.append(
        callable.getParameters().stream()
            .map(Declarations::parameter)
            .collect(Collectors.joining(", ")));
    sb.append(')').append(throwsClause(callable.getThrownExceptions()));
    return sb.toString();
  }

  private static String parameter(Parameter p) {
    return p.getType().asString() + (p.isVarArgs() ? "..." : "") + " " + p.getNameAsString();
  }

  private static String typeParameters(NodeList<TypeParameter> parameters) {
    if (parameters.isEmpty()) return "";
    return parameters.stream()
        .map(Declarations::typeParameter)
        .collect(Collectors.joining(", ", "<", "> "));
  }

  private static String typeParameter(TypeParameter p) {
    if (p.getTypeBound().isEmpty()) return p.getNameAsString();
    return p.getNameAsString()
        + " extends "
        + p.getTypeBound().stream()
            .map(ClassOrInterfaceType::asString)
            .collect(Collectors.joining(" & "));
  }

  private static String throwsClause(NodeList<ReferenceType> thrown) {
    if (thrown.isEmpty()) return "";
    return thrown.stream()
        .map(ReferenceType::asString)
        .collect(Collectors.joining(", ", " throws ", ""));
  }

  /** The type's header: keyword, name, type parameters, record components, supertypes. */
  static String header(TypeDeclaration<?> type) {
    var sb = new StringBuilder(kind(type).keyword()).append(' ').append(type.getNameAsString());
    if (type instanceof ClassOrInterfaceDeclaration c) {
      sb.append(typeParameters(c.getTypeParameters()).stripTrailing());
      supertypes(sb, " extends ", c.getExtendedTypes());
      supertypes(sb, " implements ", c.getImplementedTypes());
      supertypes(sb, " permits ", c.getPermittedTypes());
    } else if (type instanceof RecordDeclaration r) {
      sb.append(typeParameters(r.getTypeParameters()).stripTrailing());
      sb.append(
          r.getParameters().stream()
              .map(Declarations::parameter)
              .collect(Collectors.joining(", ", "(", ")")));
      supertypes(sb, " implements ", r.getImplementedTypes());
    } else if (type instanceof EnumDeclaration e) {
      supertypes(sb, " implements ", e.getImplementedTypes());
    }
    return sb.toString();
  }

  private static void supertypes(
      StringBuilder sb, String keyword, NodeList<ClassOrInterfaceType> types) {
    if (!types.isEmpty()) {
      sb.append(
          types.stream()
              .map(ClassOrInterfaceType::asString)
              .collect(Collectors.joining(", ", keyword, "")));
    }
  }

  static TypeKind kind(TypeDeclaration<?> type) {
    if (type instanceof ClassOrInterfaceDeclaration c)
      return c.isInterface() ? TypeKind.INTERFACE : TypeKind.CLASS;
    if (type instanceof EnumDeclaration) return TypeKind.ENUM;
    if (type instanceof RecordDeclaration) return TypeKind.RECORD;
    if (type instanceof AnnotationDeclaration) return TypeKind.ANNOTATION;
    throw new IllegalArgumentException(
        "unknown type declaration " + type.getClass().getSimpleName());
  }

  static LineRange lines(Node node) {
    var range =
        node.getRange()
            .orElseThrow(() -> new IllegalStateException("a parsed node without a range"));
    return new LineRange(range.begin.line, range.end.line);
  }

  static String packageOf(CompilationUnit unit) {
    return unit.getPackageDeclaration().map(p -> p.getName()).map(Name::asString).orElse("");
  }
}
