package dev.kaizen.agent.redteam;

import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.index.MethodInfo;
import dev.kaizen.agent.index.TypeInfo;
import dev.kaizen.agent.index.TypeKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sites of a repository's baseline that attacks aim at, one per {@link TargetRole}, or why
 * there is none. Chosen deterministically from the {@link CodeIndex}:
 *
 * <ul>
 *   <li>main: a top-level class of main code that is neither protected nor a workload, and its
 *       first method that a test calls by name (else its first method with a body);
 *   <li>test: a top-level test class with a {@code @Test} method, preferably one that names the
 *       main class;
 *   <li>workload: the first Java source among an eval's workload paths.
 * </ul>
 *
 * @param sites the chosen sites
 * @param missing why a role has no site
 */
public record BaselineTargets(Map<TargetRole, TargetSite> sites, Map<TargetRole, String> missing) {

  private static final Pattern TEST_ANNOTATION =
      Pattern.compile("@(?:org\\.junit\\.jupiter\\.api\\.|org\\.junit\\.)?Test\\b");

  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.\"])(\\d[\\d_]*)(?![\\w.])");

  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  public BaselineTargets {
    sites = Map.copyOf(sites);
    missing = Map.copyOf(missing);
  }

  /**
   * Picks the sites.
   *
   * @param index the baseline's index
   * @param isProtected whether the baseline's configuration protects a path
   * @param isWorkload whether a path is part of what an eval runs as its workload
   * @param workloads the workloads' globs, for messages
   */
  public static BaselineTargets pick(
      CodeIndex index,
      Predicate<String> isProtected,
      Predicate<String> isWorkload,
      List<String> workloads) {
    var sites = new EnumMap<TargetRole, TargetSite>(TargetRole.class);
    var missing = new EnumMap<TargetRole, String>(TargetRole.class);
    Map<String, String> testTexts = new LinkedHashMap<>();
    index.files().stream()
        .filter(f -> f.test() && f.parsed())
        .forEach(f -> testTexts.put(f.path(), read(index, f.path())));

    Optional<TargetSite> main = main(index, isProtected, isWorkload, testTexts);
    main.ifPresentOrElse(
        s -> sites.put(TargetRole.MAIN, s),
        () ->
            missing.put(
                TargetRole.MAIN,
                "no top-level main class with a method body that is neither protected nor a"
                    + " workload"));
    Optional<TargetSite> test = test(index, main);
    test.ifPresentOrElse(
        s -> sites.put(TargetRole.TEST, s),
        () -> missing.put(TargetRole.TEST, "no top-level test class with a @Test method"));
    Optional<TargetSite> workload = workload(index, isWorkload);
    workload.ifPresentOrElse(
        s -> sites.put(TargetRole.WORKLOAD, s),
        () ->
            missing.put(
                TargetRole.WORKLOAD,
                workloads.isEmpty()
                    ? "no eval names a workload (a command eval's main class, say)"
                    : "no Java class among the evals' workloads " + workloads));
    return new BaselineTargets(sites, missing);
  }

  /** The site of {@code role}, when there is one. */
  public Optional<TargetSite> site(TargetRole role) {
    return Optional.ofNullable(sites.get(role));
  }

  /** Every placeholder the sites fill, without braces. */
  public Map<String, String> placeholders() {
    var values = new LinkedHashMap<String, String>();
    for (TargetRole role : TargetRole.values()) {
      site(role).ifPresent(s -> values.putAll(s.placeholders()));
    }
    return values;
  }

  private static Optional<TargetSite> main(
      CodeIndex index,
      Predicate<String> isProtected,
      Predicate<String> isWorkload,
      Map<String, String> testTexts) {
    var candidates = new ArrayList<TargetSite>();
    for (TypeInfo type : index.types()) {
      if (type.test()
          || type.nested()
          || !(type.kind() == TypeKind.CLASS || type.kind() == TypeKind.ENUM)
          || isProtected.test(type.path())
          || isWorkload.test(type.path())) continue;
      String text = read(index, type.path());
      List<MethodInfo> withBody =
          type.methods().stream().filter(m -> !m.constructor() && hasBody(text, m)).toList();
      if (withBody.isEmpty()) continue;
      MethodInfo chosen =
          withBody.stream()
              .filter(m -> calledByTests(type, m, testTexts))
              .findFirst()
              .orElse(withBody.get(0));
      candidates.add(new TargetSite(TargetRole.MAIN, type, chosen, literal(text, chosen)));
    }
    return candidates.stream()
        .min(
            Comparator.comparing((TargetSite s) -> !calledByTests(s.type(), s.method(), testTexts))
                .thenComparing(s -> s.type().path()));
  }

  private static Optional<TargetSite> test(CodeIndex index, Optional<TargetSite> main) {
    var candidates = new ArrayList<TargetSite>();
    for (TypeInfo type : index.types()) {
      if (!type.test() || type.nested() || type.kind() != TypeKind.CLASS) continue;
      String text = read(index, type.path());
      type.methods().stream()
          .filter(m -> !m.constructor() && TEST_ANNOTATION.matcher(header(text, m)).find())
          .findFirst()
          .ifPresent(
              m -> candidates.add(new TargetSite(TargetRole.TEST, type, m, literal(text, m))));
    }
    String mainName = main.map(s -> s.type().simpleName()).orElse("\0");
    return candidates.stream()
        .min(
            Comparator.comparing((TargetSite s) -> !read(index, s.type().path()).contains(mainName))
                .thenComparing(s -> s.type().path()));
  }

  private static Optional<TargetSite> workload(CodeIndex index, Predicate<String> isWorkload) {
    return index.types().stream()
        .filter(t -> !t.nested() && isWorkload.test(t.path()) && !t.methods().isEmpty())
        .sorted(Comparator.comparing(TypeInfo::path))
        .map(
            t -> {
              MethodInfo m =
                  t.methods().stream()
                      .filter(x -> x.name().equals("main"))
                      .findFirst()
                      .orElse(t.methods().get(0));
              return new TargetSite(TargetRole.WORKLOAD, t, m, literal(read(index, t.path()), m));
            })
        .findFirst();
  }

  private static boolean calledByTests(TypeInfo type, MethodInfo m, Map<String, String> tests) {
    return tests.values().stream()
        .anyMatch(t -> t.contains(type.simpleName()) && t.contains(m.name() + "("));
  }

  /** Whether a method's text, from its first line, has a body. */
  private static boolean hasBody(String text, MethodInfo m) {
    String header = header(text, m);
    return header.contains("{");
  }

  /** The method's text from its first line to the end of the line that opens its body. */
  static String header(String text, MethodInfo m) {
    int start = TemplateText.lineStart(text, m.lines().begin());
    int end = TemplateText.lineStart(text, m.lines().end() + 1);
    String whole = text.substring(start, end);
    int name = whole.indexOf(m.name() + "(");
    if (name < 0) return whole;
    int brace = whole.indexOf('{', name);
    int semicolon = whole.indexOf(';', name);
    if (brace < 0 || (semicolon >= 0 && semicolon < brace)) return whole.substring(0, name);
    int eol = whole.indexOf('\n', brace);
    return whole.substring(0, eol < 0 ? whole.length() : eol + 1);
  }

  /**
   * The method's first distinctive literal as written: a whole number of at least 100 that is not a
   * power of two or ten (nor one less than a power of two), else a string of three or more
   * characters.
   */
  static Optional<String> literal(String text, MethodInfo m) {
    int start = TemplateText.lineStart(text, m.lines().begin());
    int end = TemplateText.lineStart(text, m.lines().end() + 1);
    String body = text.substring(start, end);
    Matcher n = NUMBER.matcher(STRING.matcher(body).replaceAll("\"\""));
    while (n.find()) {
      long v;
      try {
        v = Long.parseLong(n.group(1).replace("_", ""));
      } catch (NumberFormatException e) {
        continue;
      }
      if (v >= 100 && Long.bitCount(v) != 1 && Long.bitCount(v + 1) != 1 && !powerOfTen(v))
        return Optional.of(n.group(1));
    }
    Matcher s = STRING.matcher(body);
    while (s.find()) {
      if (s.group(1).strip().length() >= 3) return Optional.of(s.group());
    }
    return Optional.empty();
  }

  private static boolean powerOfTen(long v) {
    long ten = 1;
    while (ten < v && ten <= Long.MAX_VALUE / 10) ten *= 10;
    return ten == v;
  }

  static String read(CodeIndex index, String path) {
    try {
      return Files.readString(index.root().resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + " of the baseline", e);
    }
  }
}
