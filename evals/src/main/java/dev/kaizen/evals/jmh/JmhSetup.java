package dev.kaizen.evals.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JMH benchmarks of a Maven build, found by reading its poms as text: the module (the root
 * first, then the {@code <modules>}, depth first; one with a shade plugin preferred) whose pom
 * declares a dependency on {@code org.openjdk.jmh:jmh-core}, or inherits it from an aggregator
 * above it; the jar its shade plugin writes; and the sources that hold its {@code @Benchmark}
 * methods. Managed dependencies, a plugin's dependencies and profiles do not count.
 *
 * @param module the module's folder relative to the root, "/"-separated; empty for the root
 * @param jar the benchmark jar's file name under the module's {@code target/}
 * @param benchmarkSources the module's Java files holding JMH benchmarks, relative to the root
 * @param benchmarkCount how many {@code @Benchmark} methods those files hold
 * @param otherModules further modules with jmh-core (not measured by the written eval)
 * @param notes what could not be worked out, written as comments next to the eval
 */
public record JmhSetup(
    String module,
    String jar,
    List<String> benchmarkSources,
    int benchmarkCount,
    List<String> otherModules,
    List<String> notes) {

  /**
   * The jar the JMH archetype builds: its shade plugin's {@code finalName} is {@code benchmarks}.
   */
  public static final String ARCHETYPE_JAR = "benchmarks.jar";

  private static final int MAX_MODULE_DEPTH = 5;
  private static final long MAX_SOURCE_BYTES = 1 << 20;
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern DEPENDENCY =
      Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
  private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<]+?)\\s*</module>");
  private static final Pattern PLUGIN = Pattern.compile("<plugin>(.*?)</plugin>", Pattern.DOTALL);
  private static final Pattern PROPERTY =
      Pattern.compile("<([A-Za-z0-9_.\\-]+)>\\s*([^<]*?)\\s*</\\1>");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
  private static final Pattern BENCHMARK =
      Pattern.compile(
          "^\\s*@(?:org\\.openjdk\\.jmh\\.annotations\\.)?Benchmark\\b", Pattern.MULTILINE);

  public JmhSetup {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(jar, "jar");
    benchmarkSources = List.copyOf(benchmarkSources);
    otherModules = List.copyOf(otherModules);
    notes = List.copyOf(notes);
  }

  /** The benchmark jar's path from the root, as the eval's command names it. */
  public String jarPath() {
    return (module.isEmpty() ? "" : module + "/") + "target/" + jar;
  }

  /** What {@code init} finds in the tree at {@code root}; empty when no pom declares jmh-core. */
  public static Optional<JmhSetup> detect(Path root) {
    Path rootPom = root.resolve("pom.xml");
    if (!Files.isRegularFile(rootPom)) return Optional.empty();
    var poms = new ArrayList<ModulePom>();
    collect(root, "", rootPom, 0, poms, new LinkedHashSet<>());
    // An aggregator (packaging pom) builds no jar: its jmh-core counts for the modules below it.
    List<String> parentsWithJmh =
        poms.stream()
            .filter(p -> p.aggregator() && declaresJmhCore(p.text()))
            .map(ModulePom::dir)
            .toList();
    List<ModulePom> withJmh =
        poms.stream()
            .filter(p -> !p.aggregator())
            .filter(
                p ->
                    declaresJmhCore(p.text())
                        || parentsWithJmh.stream()
                            .anyMatch(d -> d.isEmpty() || p.dir().startsWith(d + "/")))
            .toList();
    if (withJmh.isEmpty()) return Optional.empty();
    ModulePom bench =
        withJmh.stream()
            .filter(p -> shadePlugin(p.text()).isPresent())
            .findFirst()
            .orElse(withJmh.get(0));
    ModulePom top = poms.get(0);
    var notes = new ArrayList<String>();
    String jar = jarName(bench, top, notes);
    List<String> sources = benchmarkSources(root, bench.dir());
    int count = sources.stream().mapToInt(s -> count(BENCHMARK, read(root.resolve(s)))).sum();
    if (sources.isEmpty()) {
      notes.add(
          "no @Benchmark method was found under "
              + (bench.dir().isEmpty() ? "" : bench.dir() + "/")
              + "src/");
    }
    List<String> others =
        withJmh.stream()
            .filter(p -> p != bench)
            .map(p -> p.dir().isEmpty() ? "." : p.dir())
            .toList();
    return Optional.of(new JmhSetup(bench.dir(), jar, sources, count, others, notes));
  }

  /** A module's folder (relative to the root, "" for the root) and its pom without comments. */
  private record ModulePom(String dir, String text) {

    /** Whether this pom only aggregates or parents modules ({@code <packaging>pom}). */
    boolean aggregator() {
      return element(
              without(without(without(text, "parent"), "dependencies"), "build"), "packaging")
          .equals("pom");
    }
  }

  private static void collect(
      Path root, String dir, Path pom, int depth, List<ModulePom> out, Set<Path> seen) {
    if (!seen.add(pom.toAbsolutePath().normalize())) return;
    String text = COMMENT.matcher(read(pom)).replaceAll("");
    out.add(new ModulePom(dir, text));
    if (depth >= MAX_MODULE_DEPTH) return;
    Matcher modules = MODULE.matcher(without(text, "profiles"));
    while (modules.find()) {
      String name = modules.group(1).replace('\\', '/');
      Path target = root.resolve(dir).resolve(name).normalize();
      Path modulePom = name.endsWith(".xml") ? target : target.resolve("pom.xml");
      if (!modulePom.startsWith(root.normalize()) || !Files.isRegularFile(modulePom)) continue;
      String moduleDir =
          root.normalize().relativize(modulePom.getParent()).toString().replace('\\', '/');
      collect(root, moduleDir, modulePom, depth + 1, out, seen);
    }
  }

  /** Whether the project's own dependencies (not managed ones, not a plugin's) name jmh-core. */
  static boolean declaresJmhCore(String pom) {
    String own =
        without(
            without(without(without(pom, "dependencyManagement"), "build"), "profiles"),
            "reporting");
    Matcher m = DEPENDENCY.matcher(own);
    while (m.find()) {
      String d = m.group(1);
      if (element(d, "groupId").equals("org.openjdk.jmh")
          && element(d, "artifactId").equals("jmh-core")) return true;
    }
    return false;
  }

  /**
   * The file name of the jar the shade plugin writes: its {@code finalName}, else the build's
   * {@code finalName}, else {@code artifactId-version}; properties resolved from the module's and
   * the root's poms.
   */
  private static String jarName(ModulePom bench, ModulePom top, List<String> notes) {
    Optional<String> shade = shadePlugin(bench.text()).or(() -> shadePlugin(top.text()));
    if (shade.isEmpty()) {
      notes.add(
          "no maven-shade-plugin was found: JMH runs from an uber jar (the JMH archetype's shade plugin writes "
              + "target/"
              + ARCHETYPE_JAR
              + " with main class org.openjdk.jmh.Main); fix the command's jar if it is elsewhere");
      return ARCHETYPE_JAR;
    }
    String name = element(shade.get(), "finalName");
    if (name.isEmpty()) {
      // shade replaces the module's main artifact
      String build = element(section(bench.text(), "build").orElse(""), "finalName");
      name = build.isEmpty() ? "${project.artifactId}-${project.version}" : build;
    }
    Map<String, String> properties = properties(bench, top);
    String resolved = resolve(name, properties);
    if (resolved.contains("${")) {
      notes.add(
          "the shade plugin's jar name '"
              + name
              + "' could not be worked out; fix the command's jar");
      return ARCHETYPE_JAR;
    }
    return resolved + ".jar";
  }

  private static Optional<String> shadePlugin(String pom) {
    Matcher m = PLUGIN.matcher(pom);
    Optional<String> found = Optional.empty();
    while (m.find()) {
      if (!element(m.group(1), "artifactId").equals("maven-shade-plugin")) continue;
      // a plugin section that sets a finalName wins over one that only names the plugin
      if (!element(m.group(1), "finalName").isEmpty()) return Optional.of(m.group(1));
      if (found.isEmpty()) found = Optional.of(m.group(1));
    }
    return found;
  }

  private static Map<String, String> properties(ModulePom bench, ModulePom top) {
    var properties = new HashMap<String, String>();
    for (ModulePom pom : List.of(top, bench)) { // the module's own properties override the root's
      section(without(pom.text(), "profiles"), "properties")
          .ifPresent(
              p -> {
                Matcher m = PROPERTY.matcher(p);
                while (m.find()) properties.put(m.group(1), m.group(2));
              });
    }
    String project = without(without(without(bench.text(), "parent"), "dependencies"), "build");
    String parent = section(bench.text(), "parent").orElse("");
    String artifactId = element(project, "artifactId");
    String version =
        element(project, "version").isEmpty()
            ? element(parent, "version")
            : element(project, "version");
    if (!artifactId.isEmpty()) {
      properties.put("project.artifactId", artifactId);
      properties.put("artifactId", artifactId);
    }
    if (!version.isEmpty()) {
      properties.put("project.version", version);
      properties.put("version", version);
    }
    return properties;
  }

  private static String resolve(String text, Map<String, String> properties) {
    String s = text;
    for (int round = 0; round < 5 && s.contains("${"); round++) {
      s =
          PLACEHOLDER
              .matcher(s)
              .replaceAll(
                  m -> Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
    }
    return s;
  }

  /**
   * The module's Java files under {@code src/} that hold JMH benchmarks, tests and src/jmh left
   * out.
   */
  private static List<String> benchmarkSources(Path root, String module) {
    Path src = root.resolve(module).resolve("src");
    if (!Files.isDirectory(src)) return List.of();
    try (Stream<Path> files = Files.walk(src)) {
      return files
          .filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(
              p ->
                  !p.contains("/src/test/")
                      && !p.startsWith("src/test/")
                      && !p.contains("src/jmh/"))
          .filter(p -> isBenchmark(root.resolve(p)))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  private static boolean isBenchmark(Path file) {
    try {
      if (Files.size(file) > MAX_SOURCE_BYTES) return false;
    } catch (IOException e) {
      return false;
    }
    String text = read(file);
    return text.contains("org.openjdk.jmh") && BENCHMARK.matcher(text).find();
  }

  private static int count(Pattern p, String text) {
    return (int) p.matcher(text).results().count();
  }

  /** The text of the first {@code <name>} element, trimmed; empty when there is none. */
  private static String element(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + ">\\s*([^<]*?)\\s*</" + name + ">").matcher(xml);
    return m.find() ? m.group(1) : "";
  }

  private static Optional<String> section(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(xml);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String without(String xml, String name) {
    return Pattern.compile("<" + name + ">.*?</" + name + ">", Pattern.DOTALL)
        .matcher(xml)
        .replaceAll("");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }
}
