package dev.kaizen.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The fixed corpus {@link IndexBenchmark} indexes: Java sources generated from one seed, the same
 * on every machine and in every tree. A baseline and a candidate measure the very same files, and a
 * candidate cannot change them: they come from this module, which Kaizen's {@code kaizen.yml}
 * protects, not from the tree being measured.
 *
 * <p>Shaped like Kaizen's own agent sources: {@value #MAIN_FILES} main files in three modules and
 * {@value #TEST_FILES} test classes, about 1 MB in all; packages and imports between them; classes,
 * records, interfaces and enums; generics; Javadoc on types and most methods; methods with loops,
 * branches, switch expressions, lambdas, streams, try/catch and calls to the other types.
 */
final class IndexCorpus {

  static final long SEED = 0x6b61697a656eL;

  static final int MAIN_FILES = 270;

  static final int TEST_FILES = 40;

  /**
   * One generated file.
   *
   * @param path relative to the corpus root, "/"-separated
   * @param text its content
   */
  record JavaFile(String path, String text) {

    JavaFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(text, "text");
    }
  }

  private enum Kind {
    CLASS,
    RECORD,
    INTERFACE,
    ENUM
  }

  /** A type to generate: where it lives, its name, and the one method every other type may call. */
  private record Plan(String module, String pkg, String name, Kind kind, String api) {

    String qualified() {
      return pkg + "." + name;
    }

    String path(String set) {
      return module + "/src/" + set + "/java/" + pkg.replace('.', '/') + "/" + name + ".java";
    }
  }

  private static final String[] MODULES = {"core", "engine", "app"};

  private static final String[] AREAS = {
    "billing", "ledger", "index", "patch", "loop", "report", "config",
    "model", "workspace", "stats", "trust", "budget", "sandbox", "publish"
  };

  private static final String[] NOUNS = {
    "Order",
    "Invoice",
    "Ledger",
    "Session",
    "Report",
    "Budget",
    "Token",
    "Patch",
    "Proposal",
    "Metric",
    "Sample",
    "Window",
    "Cache",
    "Route",
    "Query",
    "Schema",
    "Event",
    "Batch",
    "Stream",
    "Buffer",
    "Profile",
    "Rule",
    "Policy",
    "Limit",
    "Quota",
    "Trace",
    "Span",
    "Node",
    "Commit",
    "Branch",
    "Scorecard",
    "Journal",
    "Prompt",
    "Digest",
    "Hotspot"
  };

  private static final String[] ROLES = {
    "Service", "Reader", "Writer", "Parser", "Codec", "Store", "Registry", "Builder", "Planner",
    "Checker", "Summary", "Result", "Options", "Spec", "Handler", "Filter", "Mapper", "Index",
    "Source", "Sink"
  };

  private static final String[] VERBS = {
    "load",
    "parse",
    "merge",
    "render",
    "collect",
    "resolve",
    "apply",
    "score",
    "check",
    "split",
    "count",
    "normalize",
    "filter",
    "summarize",
    "update",
    "find",
    "record",
    "measure",
    "trim"
  };

  private static final String[] WORDS = {
    "value", "entry", "item", "line", "name", "key", "total", "limit", "offset", "path", "text",
    "weight", "score", "window", "sample", "result", "source", "target", "reason", "label"
  };

  private static final String[] PHRASES = {
    "in the order they were given",
    "without copying them",
    "once per call",
    "as the ledger records them",
    "so that callers never see a partial result",
    "skipping blank ones",
    "and nothing else",
    "for the current session",
    "as one line of text",
    "keeping the first of equal ones"
  };

  /** A type declaration, at the start of a line: the corpus writes no other kind. */
  private static final Pattern TYPE =
      Pattern.compile(
          "^\\s*(?:public\\s+)?(?:final\\s+)?(?:class|record|interface|enum)\\s+\\w+",
          Pattern.MULTILINE);

  private final Random random = new Random(SEED);

  private IndexCorpus() {}

  /** The corpus, generated afresh (the same every time). */
  static List<JavaFile> files() {
    return new IndexCorpus().generate();
  }

  /** Writes {@code files} below {@code dir}. */
  static void write(List<JavaFile> files, Path dir) {
    try {
      for (JavaFile f : files) {
        Path file = dir.resolve(f.path());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.text(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first 12 hex digits of a SHA-256 over every path and text, in order. */
  static String digest(List<JavaFile> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (JavaFile f : files) {
        sha.update(f.path().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(f.text().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** How many named types {@code files} declare, nested ones included. */
  static int typeCount(List<JavaFile> files) {
    return files.stream().mapToInt(f -> (int) TYPE.matcher(f.text()).results().count()).sum();
  }

  private List<JavaFile> generate() {
    List<Plan> plans = plan();
    var files = new ArrayList<JavaFile>();
    for (Plan p : plans) {
      List<Plan> uses = pickOthers(plans, p, 1 + random.nextInt(4));
      String text =
          switch (p.kind()) {
            case CLASS -> classFile(p, uses);
            case RECORD -> recordFile(p, uses);
            case INTERFACE -> interfaceFile(p);
            case ENUM -> enumFile(p);
          };
      files.add(new JavaFile(p.path("main"), text));
    }
    List<Plan> classes = plans.stream().filter(p -> p.kind() == Kind.CLASS).toList();
    for (int i = 0; i < TEST_FILES; i++) {
      Plan subject = classes.get(i * classes.size() / TEST_FILES);
      files.add(
          new JavaFile(subject.path("test").replace(".java", "Test.java"), testFile(subject)));
    }
    return List.copyOf(files);
  }

  private List<Plan> plan() {
    var names = new LinkedHashSet<String>();
    var plans = new ArrayList<Plan>();
    while (plans.size() < MAIN_FILES) {
      String name = pick(NOUNS) + pick(ROLES);
      if (!names.add(name)) name = pick(NOUNS) + name;
      if (!names.add(name)) continue;
      int roll = random.nextInt(100);
      Kind kind =
          roll < 55 ? Kind.CLASS : roll < 75 ? Kind.RECORD : roll < 90 ? Kind.INTERFACE : Kind.ENUM;
      String module = MODULES[plans.size() % MODULES.length];
      String pkg = "dev.corpus." + module + "." + pick(AREAS);
      plans.add(new Plan(module, pkg, name, kind, pick(VERBS) + capital(pick(WORDS))));
    }
    return plans;
  }

  private List<Plan> pickOthers(List<Plan> plans, Plan self, int n) {
    var picked = new LinkedHashSet<Plan>();
    while (picked.size() < n) {
      Plan other = plans.get(random.nextInt(plans.size()));
      if (!other.equals(self)) picked.add(other);
    }
    return List.copyOf(picked);
  }

  // ---- files ---------------------------------------------------------------------------------

  private String classFile(Plan p, List<Plan> uses) {
    var out = new StringBuilder();
    var names = new TreeSet<String>();
    names.add(p.api());
    javadoc(out, 1 + random.nextInt(3));
    out.append("public final class ").append(p.name()).append(" {\n\n");
    out.append("  private static final int LIMIT = ")
        .append(8 + random.nextInt(90))
        .append(";\n\n");
    out.append("  private final Map<String, List<Integer>> totals = new LinkedHashMap<>();\n");
    for (Plan u : uses) {
      out.append("  private final ").append(u.name()).append(' ').append(field(u)).append(";\n");
    }
    out.append("  private int count;\n\n");
    out.append("  /** Creates one over what it reads from. */\n");
    out.append("  public ").append(p.name()).append('(');
    out.append(String.join(", ", uses.stream().map(u -> u.name() + " " + field(u)).toList()));
    out.append(") {\n");
    for (Plan u : uses) {
      String f = field(u);
      out.append("    this.").append(f).append(" = Objects.requireNonNull(").append(f);
      out.append(", \"").append(f).append("\");\n");
    }
    out.append("  }\n");
    int count = 5 + random.nextInt(9);
    for (int i = 0; i < count; i++) out.append(method(names, uses));
    out.append(apiMethod(p, uses, true));
    out.append("\n  /** How many {@code ").append(p.api()).append("} calls found something. */\n");
    out.append("  public int count() {\n    return count;\n  }\n");
    if (random.nextInt(3) == 0) {
      out.append("\n  /** One ").append(pick(WORDS)).append(" and its weight. */\n");
      out.append("  public record Entry(String key, int weight) {}\n");
    }
    return header(p, uses, out.append("}\n").toString());
  }

  private String recordFile(Plan p, List<Plan> uses) {
    var out = new StringBuilder();
    var components = new ArrayList<String>();
    components.add("String name");
    components.add("int count");
    components.add("List<String> items");
    if (random.nextBoolean()) components.add("Optional<" + uses.get(0).name() + "> source");
    out.append("/**\n * ").append(sentence()).append("\n *\n");
    for (String c : components) {
      out.append(" * @param ").append(c.substring(c.lastIndexOf(' ') + 1)).append(' ');
      out.append(pick(WORDS)).append(' ').append(pick(PHRASES)).append('\n');
    }
    out.append(" */\n");
    out.append("public record ").append(p.name()).append('(');
    out.append(String.join(", ", components)).append(") {\n\n");
    out.append("  private static final int LIMIT = ")
        .append(4 + random.nextInt(60))
        .append(";\n\n");
    out.append("  public ").append(p.name()).append(" {\n");
    out.append("    Objects.requireNonNull(name, \"name\");\n");
    out.append("    items = List.copyOf(items);\n");
    out.append("    if (count < 0) {\n");
    out.append("      throw new IllegalArgumentException(\"negative count: \" + count);\n");
    out.append("    }\n  }\n");
    var names = new TreeSet<String>(List.of(p.api(), "name", "count", "items", "source"));
    int count = 2 + random.nextInt(4);
    for (int i = 0; i < count; i++) out.append(method(names, List.of()));
    out.append(apiMethod(p, List.of(), false));
    return header(p, uses, out.append("}\n").toString());
  }

  private String interfaceFile(Plan p) {
    var out = new StringBuilder();
    out.append("package ").append(p.pkg()).append(";\n\n");
    out.append("import java.util.List;\nimport java.util.Optional;\n\n");
    javadoc(out, 2);
    out.append("public interface ").append(p.name()).append(" {\n\n");
    out.append("  /**\n   * ").append(sentence()).append("\n   *\n");
    out.append("   * @param key the ").append(pick(WORDS)).append(" to look up\n");
    out.append("   * @return the ").append(pick(WORDS)).append(", or an empty string\n   */\n");
    out.append("  String ").append(p.api()).append("(String key);\n\n");
    int count = 1 + random.nextInt(4);
    var names = new TreeSet<String>(List.of(p.api()));
    for (int i = 0; i < count; i++) {
      String name = unique(names, pick(VERBS) + capital(plural(pick(WORDS))));
      out.append("  /** ").append(sentence()).append(" */\n");
      out.append("  List<String> ").append(name).append("(int limit);\n\n");
    }
    out.append("  /** Whether {@code key} is known. */\n");
    out.append("  default boolean knows(String key) {\n");
    out.append("    return !").append(p.api()).append("(key).isEmpty();\n  }\n\n");
    out.append("  /** The first of {@code keys} that is known. */\n");
    out.append("  default Optional<String> firstKnown(List<String> keys) {\n");
    out.append("    return keys.stream().filter(this::knows).findFirst();\n  }\n");
    return out.append("}\n").toString();
  }

  private String enumFile(Plan p) {
    var out = new StringBuilder();
    out.append("package ").append(p.pkg()).append(";\n\n");
    out.append("import java.util.Optional;\n\n");
    javadoc(out, 1);
    out.append("public enum ").append(p.name()).append(" {\n");
    var constants = new TreeSet<String>();
    int n = 3 + random.nextInt(5);
    while (constants.size() < n) constants.add(pick(WORDS).toUpperCase(Locale.ROOT));
    var list = new ArrayList<>(constants);
    for (int i = 0; i < list.size(); i++) {
      String c = list.get(i);
      out.append("  ").append(c).append("(\"").append(c.toLowerCase(Locale.ROOT)).append("\", ");
      out.append(i + 1).append(i + 1 < list.size() ? "),\n" : ");\n\n");
    }
    out.append("  private final String label;\n  private final int weight;\n\n");
    out.append("  ").append(p.name()).append("(String label, int weight) {\n");
    out.append("    this.label = label;\n    this.weight = weight;\n  }\n\n");
    out.append("  /** The name it is written as. */\n");
    out.append("  public String label() {\n    return label;\n  }\n\n");
    out.append("  /** The constant written as {@code text}, if any. */\n");
    out.append("  public static Optional<").append(p.name()).append("> parse(String text) {\n");
    out.append("    for (").append(p.name()).append(" value : values()) {\n");
    out.append("      if (value.label.equals(text)) {\n        return Optional.of(value);\n");
    out.append("      }\n    }\n    return Optional.empty();\n  }\n\n");
    out.append("  /** ").append(sentence()).append(" */\n");
    out.append("  public String ").append(p.api()).append("(String key) {\n");
    out.append("    return switch (this) {\n");
    out.append("      case ").append(list.get(0)).append(" -> key;\n");
    out.append("      case ").append(list.get(1)).append(" -> key.repeat(weight);\n");
    out.append("      default -> label + \":\" + key;\n    };\n  }\n");
    return out.append("}\n").toString();
  }

  private String testFile(Plan subject) {
    var out = new StringBuilder();
    out.append("package ").append(subject.pkg()).append(";\n\n");
    out.append("import static org.junit.jupiter.api.Assertions.assertEquals;\n");
    out.append("import static org.junit.jupiter.api.Assertions.assertTrue;\n\n");
    out.append("import java.util.List;\nimport org.junit.jupiter.api.Test;\n\n");
    out.append("class ").append(subject.name()).append("Test {\n");
    int n = 3 + random.nextInt(5);
    var names = new TreeSet<String>();
    for (int i = 0; i < n; i++) {
      String name =
          unique(names, pick(VERBS) + "s_the_" + pick(WORDS) + "_" + pick(PHRASES).split(" ")[0]);
      out.append("\n  @Test\n  void ").append(name).append("() {\n");
      out.append("    ").append(subject.name()).append(" subject = null;\n");
      out.append("    List<String> keys = List.of(\"k").append(i).append("\", \"");
      out.append(pick(WORDS)).append("\");\n");
      out.append("    for (String key : keys) {\n");
      out.append("      String result = subject == null ? key : subject.").append(subject.api());
      out.append("(key);\n");
      out.append("      assertTrue(result.length() >= key.length() || result.isEmpty(), key);\n");
      out.append("    }\n");
      out.append("    assertEquals(2, keys.size());\n  }\n");
    }
    return out.append("}\n").toString();
  }

  // ---- members -------------------------------------------------------------------------------

  /** {@code body} after its package line and the imports it needs, in order. */
  private static String header(Plan p, List<Plan> uses, String body) {
    var out = new StringBuilder("package ").append(p.pkg()).append(";\n\n");
    Set<String> imports = new TreeSet<>();
    for (Plan u : uses) {
      if (!u.pkg().equals(p.pkg()) && body.contains(u.name())) imports.add(u.qualified());
    }
    for (String type :
        List.of("ArrayList", "LinkedHashMap", "List", "Map", "Objects", "Optional")) {
      if (body.contains(type + "<") || body.contains(type + ".")) imports.add("java.util." + type);
    }
    if (body.contains("Collectors.")) imports.add("java.util.stream.Collectors");
    imports.forEach(i -> out.append("import ").append(i).append(";\n"));
    return out.append('\n').append(body).toString();
  }

  private String apiMethod(Plan p, List<Plan> uses, boolean counts) {
    var out = new StringBuilder("\n");
    out.append("  /**\n   * ").append(sentence()).append("\n   *\n");
    out.append("   * @param key the ").append(pick(WORDS)).append(" to look up\n");
    out.append("   * @return what was found, or an empty string\n   */\n");
    out.append("  public String ").append(p.api()).append("(String key) {\n");
    out.append("    if (key == null || key.isBlank()) {\n      return \"\";\n    }\n");
    out.append("    String found = key.strip();\n");
    for (Plan u : uses) {
      out.append("    found = found + ").append(field(u)).append('.').append(u.api());
      out.append("(key).length();\n");
    }
    out.append("    while (found.length() > LIMIT) {\n");
    out.append("      found = found.substring(1);\n    }\n");
    if (counts) out.append("    count++;\n");
    out.append("    return found;\n  }\n");
    return out.toString();
  }

  private String method(Set<String> names, List<Plan> uses) {
    String verb = pick(VERBS);
    String word = pick(WORDS);
    String name = unique(names, verb + capital(plural(word)));
    var out = new StringBuilder("\n");
    boolean doc = random.nextInt(10) < 7;
    int template = random.nextInt(uses.isEmpty() ? 7 : 8);
    if (doc) {
      out.append("  /**\n   * ").append(capital(verb)).append("s the ").append(plural(word));
      out.append(' ').append(pick(PHRASES)).append(".\n");
      if (random.nextBoolean()) out.append("   *\n   * <p>").append(sentence()).append('\n');
      out.append("   */\n");
    }
    switch (template) {
      case 0 -> {
        out.append("  public int ").append(name).append("(List<String> items, int limit) {\n");
        out.append("    int total = 0;\n    for (String item : items) {\n");
        out.append("      if (item.length() > limit) {\n        total += item.length();\n");
        out.append("      } else if (item.isEmpty()) {\n        continue;\n      }\n");
        out.append("    }\n    return total;\n  }\n");
      }
      case 1 -> {
        out.append("  public Map<String, List<String>> ").append(name);
        out.append("(List<String> values) {\n");
        out.append("    Map<String, List<String>> groups = new LinkedHashMap<>();\n");
        out.append("    for (int i = 0; i < values.size(); i++) {\n");
        out.append("      String value = values.get(i);\n");
        out.append("      String key = value.substring(0, Math.min(3, value.length()));\n");
        out.append("      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(value);\n");
        out.append("    }\n    return groups;\n  }\n");
      }
      case 2 -> {
        out.append("  public List<String> ").append(name).append("(List<Integer> weights) {\n");
        out.append("    return weights.stream()\n        .filter(w -> w > LIMIT)\n");
        out.append("        .map(w -> \"").append(word).append("-\" + w)\n");
        out.append("        .sorted()\n        .collect(Collectors.toList());\n  }\n");
      }
      case 3 -> {
        out.append("  String ").append(name).append("(int code) {\n");
        out.append("    return switch (code % 4) {\n      case 0 -> \"none\";\n");
        out.append("      case 1 -> \"").append(word).append("\";\n");
        out.append("      case 2 -> {\n        String s = \"").append(verb).append("\";\n");
        out.append("        yield s.toUpperCase();\n      }\n");
        out.append("      default -> \"many\";\n    };\n  }\n");
      }
      case 4 -> {
        out.append("  public int ").append(name).append("(String text) {\n");
        out.append("    try {\n      return Integer.parseInt(text.strip());\n");
        out.append("    } catch (NumberFormatException e) {\n      return LIMIT;\n    }\n  }\n");
      }
      case 5 -> {
        out.append("  public static <T extends Comparable<T>> T ").append(name);
        out.append("(List<T> values) {\n    T best = null;\n");
        out.append("    for (T value : values) {\n");
        out.append("      if (best == null || value.compareTo(best) > 0) {\n");
        out.append("        best = value;\n      }\n    }\n    return best;\n  }\n");
      }
      case 6 -> {
        out.append("  public String ").append(name).append("(List<String> parts, char sep) {\n");
        out.append("    StringBuilder out = new StringBuilder();\n    int i = 0;\n");
        out.append("    while (i < parts.size()) {\n      if (i > 0) {\n");
        out.append("        out.append(sep);\n      }\n      out.append(parts.get(i));\n");
        out.append("      i++;\n    }\n    return out.toString();\n  }\n");
      }
      default -> {
        Plan u = uses.get(random.nextInt(uses.size()));
        out.append("  public Optional<String> ").append(name).append("(List<String> keys) {\n");
        out.append("    for (String key : keys) {\n");
        out.append("      String found = ").append(field(u)).append('.').append(u.api());
        out.append("(key);\n");
        out.append("      if (!found.isEmpty()) {\n");
        out.append("        totals.computeIfAbsent(key, k -> new ArrayList<>())");
        out.append(".add(found.length());\n");
        out.append("        return Optional.of(found);\n      }\n    }\n");
        out.append("    return Optional.empty();\n  }\n");
      }
    }
    return out.toString();
  }

  private void javadoc(StringBuilder out, int sentences) {
    out.append("/**\n * ").append(sentence()).append('\n');
    if (sentences > 1) {
      out.append(" *\n * <p>");
      for (int i = 1; i < sentences; i++) out.append(i > 1 ? " " : "").append(sentence());
      out.append('\n');
    }
    out.append(" */\n");
  }

  private String sentence() {
    return capital(pick(VERBS))
        + "s every "
        + pick(WORDS)
        + " of the "
        + pick(NOUNS).toLowerCase(Locale.ROOT)
        + " "
        + pick(PHRASES)
        + ".";
  }

  private static String field(Plan p) {
    return Character.toLowerCase(p.name().charAt(0)) + p.name().substring(1);
  }

  private static String unique(Set<String> names, String name) {
    String n = name;
    for (int i = 2; !names.add(n); i++) n = name + i;
    return n;
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static String plural(String word) {
    return word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s";
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
