package dev.kaizen.agent.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Parameter types as simple names ({@code List}, {@code int}, {@code String[]}), from a JVM method
 * descriptor or from a source signature, so that overloads can be told apart. Generic type
 * arguments are dropped; a type variable stays as written in source (it cannot match its erasure).
 */
final class Descriptors {

  private Descriptors() {}

  /**
   * {@code (Ljava/util/List;I[Ljava/lang/String;)V} → {@code [List, int, String[]]}; malformed:
   * empty.
   */
  static List<String> parameters(String descriptor) {
    var out = new ArrayList<String>();
    if (descriptor == null || !descriptor.startsWith("(")) return out;
    int i = 1;
    while (i < descriptor.length() && descriptor.charAt(i) != ')') {
      int dims = 0;
      while (i < descriptor.length() && descriptor.charAt(i) == '[') {
        dims++;
        i++;
      }
      if (i >= descriptor.length()) return List.of();
      char c = descriptor.charAt(i);
      String name;
      if (c == 'L') {
        int end = descriptor.indexOf(';', i);
        if (end < 0) return List.of();
        name = simple(descriptor.substring(i + 1, end).replace('/', '.').replace('$', '.'));
        i = end + 1;
      } else {
        name = primitive(c);
        if (name == null) return List.of();
        i++;
      }
      out.add(name + "[]".repeat(dims));
    }
    return out;
  }

  /**
   * {@code void render(List<String> rows, int... widths) throws IOException} → {@code [List,
   * int[]]}.
   */
  static List<String> sourceParameters(String signature) {
    var out = new ArrayList<String>();
    int open = signature.indexOf('(');
    if (open < 0) return out;
    int depth = 0;
    int start = open + 1;
    for (int i = open + 1; i < signature.length(); i++) {
      char c = signature.charAt(i);
      if (c == '<' || c == '(') depth++;
      else if (c == '>') depth--;
      else if (c == ')' && depth-- == 0) {
        addParameter(signature.substring(start, i), out);
        return out;
      } else if (c == ',' && depth == 0) {
        addParameter(signature.substring(start, i), out);
        start = i + 1;
      }
    }
    return out;
  }

  private static void addParameter(String parameter, List<String> out) {
    String text = parameter.strip();
    if (text.isEmpty()) return;
    var words = new ArrayList<>(List.of(withoutTypeArguments(text).strip().split("\\s+")));
    words.removeIf(w -> w.startsWith("@") || w.equals("final"));
    if (words.size() > 1) words.remove(words.size() - 1);
    String type = String.join("", words);
    int dims = 0;
    if (type.endsWith("...")) {
      dims++;
      type = type.substring(0, type.length() - 3);
    }
    while (type.endsWith("[]")) {
      dims++;
      type = type.substring(0, type.length() - 2);
    }
    out.add(simple(type) + "[]".repeat(dims));
  }

  private static String withoutTypeArguments(String type) {
    var out = new StringBuilder();
    int depth = 0;
    for (char c : type.toCharArray()) {
      if (c == '<') depth++;
      else if (c == '>') depth--;
      else if (depth == 0) out.append(c);
    }
    return out.toString();
  }

  private static String simple(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static String primitive(char c) {
    return switch (c) {
      case 'B' -> "byte";
      case 'C' -> "char";
      case 'D' -> "double";
      case 'F' -> "float";
      case 'I' -> "int";
      case 'J' -> "long";
      case 'S' -> "short";
      case 'Z' -> "boolean";
      default -> null;
    };
  }
}
