package dev.kaizen.agent.trust;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds reflection aimed at the judges: a reflective call ({@code Class.forName}, {@code
 * getDeclared*}, {@code MethodHandles.Lookup.find*}, {@code setAccessible}, …) whose receiver or
 * arguments name Kaizen ({@code dev.kaizen}), JUnit (and its {@code org.opentest4j}), TestNG,
 * Surefire, JMH ({@code org.openjdk.jmh}) or a class of the baseline's tests or benchmarks; and any
 * {@code setAccessible(true)} or {@code trySetAccessible()}, which opens private state whatever it
 * targets.
 */
final class Reflection implements Detector {

  private static final Set<String> REFLECTIVE =
      Set.of(
          "forName",
          "loadClass",
          "findClass",
          "getDeclaredMethod",
          "getDeclaredMethods",
          "getDeclaredField",
          "getDeclaredFields",
          "getDeclaredConstructor",
          "getDeclaredConstructors",
          "getDeclaredClasses",
          "getMethod",
          "getField",
          "getConstructor",
          "findVirtual",
          "findStatic",
          "findSpecial",
          "findConstructor",
          "findGetter",
          "findSetter",
          "findStaticGetter",
          "findStaticSetter",
          "findVarHandle",
          "findStaticVarHandle",
          "privateLookupIn",
          "setAccessible",
          "trySetAccessible");

  /**
   * Fragments of a string that name what judges a candidate; {@code org.opentest4j} holds the
   * exceptions that abort a test as skipped.
   */
  private static final List<String> JUDGES =
      List.of("dev.kaizen", "junit", "opentest4j", "testng", "surefire", "org.openjdk.jmh");

  @Override
  public List<Occurrence> find(ParsedSource source) {
    var found = new ArrayList<Occurrence>();
    for (MethodCallExpr call : source.unit().findAll(MethodCallExpr.class)) {
      String name = call.getNameAsString();
      if (!REFLECTIVE.contains(name)) continue;
      boolean opensAll =
          name.equals("trySetAccessible")
              || (name.equals("setAccessible")
                  && call.getArguments().size() == 1
                  && call.getArgument(0) instanceof BooleanLiteralExpr b
                  && b.getValue());
      if (opensAll) {
        found.add(
            Occurrence.at(call, name + (name.equals("setAccessible") ? "(true)" : "()"), source));
      }
      targetOf(call, source)
          .forEach(target -> found.add(Occurrence.at(call, name + "(" + target + ")", source)));
    }
    return found;
  }

  /** The first string or class literal in a reflective call that names a judge, as written. */
  private static List<String> targetOf(MethodCallExpr call, ParsedSource source) {
    var targets = new ArrayList<String>();
    for (String s : Detectors.stringsIn(call)) {
      String lower = s.toLowerCase(Locale.ROOT);
      if (JUDGES.stream().anyMatch(lower::contains) || Detectors.namesAny(s, source.judged()))
        targets.add(Detectors.quoted(s));
    }
    for (ClassExpr c : call.findAll(ClassExpr.class)) {
      String type = c.getType().asString();
      if (source.judged().contains(type) || JUDGES.stream().anyMatch(type::startsWith))
        targets.add(type + ".class");
    }
    return targets.isEmpty() ? targets : List.of(targets.get(0));
  }
}
