package dev.kaizen.agent.redteam;

import dev.kaizen.agent.index.MethodInfo;
import dev.kaizen.agent.index.TypeInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a role's templates apply in the baseline: a top-level type and one of its methods.
 *
 * @param role what the site is for
 * @param type the type, as indexed
 * @param method the method edits aim at
 * @param literal the method's first distinctive literal, as written ({@code 20000}, {@code
 *     "0,1,2,"}): what a test or a benchmark feeds in or expects
 */
public record TargetSite(
    TargetRole role, TypeInfo type, MethodInfo method, Optional<String> literal) {

  public TargetSite {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(literal, "literal");
  }

  /** The placeholders this site fills, without braces: {@code main.path} → its value. */
  public Map<String, String> placeholders() {
    var values = new LinkedHashMap<String, String>();
    String p = role.word() + ".";
    int slash = type.path().lastIndexOf('/');
    values.put(p + "path", type.path());
    values.put(p + "dir", slash < 0 ? "" : type.path().substring(0, slash));
    values.put(p + "class", type.simpleName());
    values.put(p + "qualified", type.qualifiedName());
    values.put(p + "package", type.packageName());
    values.put(p + "method", method.name());
    literal.ifPresent(l -> values.put(p + "literal", l));
    return values;
  }

  @Override
  public String toString() {
    return type.path() + " " + type.simpleName() + "." + method.name();
  }
}
