package dev.kaizen.agent.trust;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The simple detectors patterns are made of: calls, type names, string contents, creations. */
final class Detectors {

  /** A dotted name: {@code demo.ReportTest}, {@code ReportTest$Inner}. */
  private static final Pattern DOTTED =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?:[.$][A-Za-z_$][A-Za-z0-9_$]*)*");

  private Detectors() {}

  /** Every detector's occurrences together. */
  static Detector all(Detector... detectors) {
    return source -> {
      var found = new ArrayList<Occurrence>();
      for (Detector d : detectors) found.addAll(d.find(source));
      return found;
    };
  }

  /** Calls of, and method references to, any of the sites. */
  static Detector calls(CallSite... sites) {
    List<CallSite> list = List.of(sites);
    return source -> {
      var found = new ArrayList<Occurrence>();
      for (MethodCallExpr call : source.unit().findAll(MethodCallExpr.class)) {
        list.stream()
            .filter(s -> s.matches(call, source))
            .forEach(s -> found.add(Occurrence.at(call, s.construct(), source)));
      }
      for (MethodReferenceExpr ref : source.unit().findAll(MethodReferenceExpr.class)) {
        list.stream()
            .filter(s -> s.matches(ref, source))
            .forEach(s -> found.add(Occurrence.at(ref, s.construct(), source)));
      }
      return found;
    };
  }

  /** Uses of a type by simple name: as a type, or as the qualifier of a static call or field. */
  static Detector typeMentions(String type) {
    return source -> {
      var found = new ArrayList<Occurrence>();
      source.unit().findAll(ClassOrInterfaceType.class).stream()
          .filter(t -> t.getNameAsString().equals(type))
          .forEach(t -> found.add(Occurrence.at(t, type, source)));
      source.unit().findAll(NameExpr.class).stream()
          .filter(n -> n.getNameAsString().equals(type))
          .forEach(n -> found.add(Occurrence.at(n, type, source)));
      source.unit().findAll(FieldAccessExpr.class).stream()
          .filter(f -> f.getNameAsString().equals(type))
          .forEach(f -> found.add(Occurrence.at(f, type, source)));
      return found;
    };
  }

  /** String literals and text blocks that contain {@code fragment}. */
  static Detector literals(String fragment) {
    return source -> {
      var found = new ArrayList<Occurrence>();
      String construct = "\"" + fragment + "\"";
      source.unit().findAll(StringLiteralExpr.class).stream()
          .filter(s -> s.getValue().contains(fragment))
          .forEach(s -> found.add(Occurrence.at(s, construct, source)));
      source.unit().findAll(TextBlockLiteralExpr.class).stream()
          .filter(s -> s.getValue().contains(fragment))
          .forEach(s -> found.add(Occurrence.at(s, construct, source)));
      return found;
    };
  }

  /** {@code new Type()} with no arguments (for {@code Date}: the current time). */
  static Detector creationsWithoutArguments(String type) {
    String construct = "new " + type + "()";
    return source ->
        source.unit().findAll(ObjectCreationExpr.class).stream()
            .filter(c -> c.getType().getNameAsString().equals(type) && c.getArguments().isEmpty())
            .map(c -> Occurrence.at(c, construct, source))
            .toList();
  }

  /** The string constants of an expression: literals and text blocks anywhere inside it. */
  static List<String> stringsIn(Node node) {
    var strings = new ArrayList<String>();
    node.findAll(StringLiteralExpr.class).forEach(s -> strings.add(s.getValue()));
    node.findAll(TextBlockLiteralExpr.class).forEach(s -> strings.add(s.getValue()));
    return strings;
  }

  /** A string as a Java literal, shortened to 60 characters. */
  static String quoted(String value) {
    String oneLine = value.replace("\n", "\\n");
    return "\"" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "\"";
  }

  /**
   * Whether a string names one of {@code names}: it holds a qualified name ({@code
   * "demo.ReportTest"}, {@code "run demo.ReportTest#renders"}), or it is a name as a whole and one
   * of its segments is a simple name ({@code "ReportTest"}, {@code "ReportTest$Inner"}). A simple
   * name inside prose ({@code "no Docker engine"}) is a word, not a reference.
   */
  static boolean namesAny(String text, Set<String> names) {
    if (names.isEmpty()) return false;
    boolean whole = DOTTED.matcher(text.strip()).matches();
    var m = DOTTED.matcher(text);
    while (m.find()) {
      var prefix = new StringBuilder();
      for (String part : m.group().split("[.$]")) {
        if (whole && names.contains(part)) return true;
        prefix.append(prefix.isEmpty() ? "" : ".").append(part);
        if (prefix.indexOf(".") > 0 && names.contains(prefix.toString())) return true;
      }
    }
    return false;
  }
}
