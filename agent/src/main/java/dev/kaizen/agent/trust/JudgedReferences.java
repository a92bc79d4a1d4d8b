package dev.kaizen.agent.trust;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds main code that names a class of the baseline's tests or benchmarks: in an import, as a
 * type, as a qualifier ({@code ReportTest.helper()}, {@code demo.ReportTest.X}), in an annotation,
 * or inside a string ({@code Class.forName("demo.ReportTest")}). Names come from {@link
 * JudgedClasses}: qualified names always count, simple names only when no main class has them.
 */
final class JudgedReferences implements Detector {

  @Override
  public List<Occurrence> find(ParsedSource source) {
    Set<String> judged = source.judged();
    var found = new ArrayList<Occurrence>();
    if (judged.isEmpty()) return found;
    for (ImportDeclaration imp : source.unit().getImports()) {
      judgedPrefix(imp.getNameAsString(), judged)
          .ifPresent(name -> found.add(Occurrence.at(imp, name, source)));
    }
    for (ClassOrInterfaceType t : source.unit().findAll(ClassOrInterfaceType.class)) {
      String scoped = t.getNameWithScope();
      if (judged.contains(scoped) && (t.getScope().isPresent() || !scoped.contains(".")))
        found.add(Occurrence.at(t, scoped, source));
    }
    for (NameExpr n : source.unit().findAll(NameExpr.class)) {
      if (judged.contains(n.getNameAsString()))
        found.add(Occurrence.at(n, n.getNameAsString(), source));
    }
    for (FieldAccessExpr f : source.unit().findAll(FieldAccessExpr.class)) {
      String dotted = f.toString();
      if (dotted.contains(".") && judged.contains(dotted))
        found.add(Occurrence.at(f, dotted, source));
    }
    for (AnnotationExpr a : source.unit().findAll(AnnotationExpr.class)) {
      if (judged.contains(a.getNameAsString()))
        found.add(Occurrence.at(a, "@" + a.getNameAsString(), source));
    }
    for (StringLiteralExpr s : source.unit().findAll(StringLiteralExpr.class)) {
      if (Detectors.namesAny(s.getValue(), judged))
        found.add(Occurrence.at(s, Detectors.quoted(s.getValue()), source));
    }
    for (TextBlockLiteralExpr s : source.unit().findAll(TextBlockLiteralExpr.class)) {
      if (Detectors.namesAny(s.getValue(), judged))
        found.add(Occurrence.at(s, Detectors.quoted(s.getValue()), source));
    }
    return found;
  }

  /** The import's name or its longest prefix that is a judged class. */
  private static Optional<String> judgedPrefix(String name, Set<String> judged) {
    for (String n = name;
        !n.isEmpty();
        n = n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : "") {
      if (n.contains(".") && judged.contains(n)) return Optional.of(n);
    }
    return Optional.empty();
  }
}
