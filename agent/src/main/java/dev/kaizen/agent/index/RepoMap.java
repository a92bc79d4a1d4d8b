package dev.kaizen.agent.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Renders the repo map: the indexed types and their method signatures, grouped by file, most
 * relevant file first, under a hard token budget: the text returned never has more tokens than the
 * budget, as {@link Tokens#count} counts them.
 *
 * <p>Files whose type or method names contain a word of the focus come first (case-insensitive;
 * words shorter than three letters and a few filler words are ignored); then main code comes before
 * test code, files with more matching names before files with fewer, larger files before smaller
 * ones, and finally by path. Files are added whole while they fit; a file that does not fit whole
 * is added with its type lines only (saying how many methods are left out), and a file that does
 * not fit even so is left out. When anything is left out, the map ends with a line saying how many
 * types are not shown.
 *
 * <p>Blocks are chosen by their own token counts, then the whole text is counted once more: counts
 * of parts need not add up to the count of the joined text, so while the text is over the budget
 * the last block chosen is dropped again.
 */
final class RepoMap {

  private static final Set<String> FILLER =
      Set.of("the", "and", "for", "with", "from", "that", "this", "into");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_$]+");

  private RepoMap() {}

  static String render(
      List<TypeInfo> types, Map<String, SourceFile> files, int maxTokens, Optional<String> focus) {
    return render(types, files, maxTokens, focus, Tokens::count);
  }

  /**
   * Renders with {@code tokens} as the counter (tests use counters whose counts of parts do not add
   * up).
   */
  static String render(
      List<TypeInfo> types,
      Map<String, SourceFile> files,
      int maxTokens,
      Optional<String> focus,
      ToIntFunction<CharSequence> tokens) {
    if (maxTokens < 0)
      throw new IllegalArgumentException("maxTokens must not be negative: " + maxTokens);
    var byFile = new LinkedHashMap<String, List<TypeInfo>>();
    types.forEach(t -> byFile.computeIfAbsent(t.path(), p -> new ArrayList<>()).add(t));
    List<String> terms = focus.map(RepoMap::terms).orElse(List.of());
    var relevance = new HashMap<String, Integer>();
    byFile.forEach((path, fileTypes) -> relevance.put(path, relevance(fileTypes, terms)));
    var ranked = new ArrayList<>(byFile.keySet());
    ranked.sort(
        Comparator.<String, Boolean>comparing(p -> relevance.get(p) == 0)
            .thenComparing(p -> files.get(p).test())
            .thenComparingInt(p -> -relevance.get(p))
            .thenComparingInt(p -> -files.get(p).lines())
            .thenComparing(Comparator.naturalOrder()));

    String everything =
        String.join("", ranked.stream().map(p -> block(p, byFile.get(p), true)).toList());
    if (tokens.applyAsInt(everything) <= maxTokens) return everything;

    int budget = maxTokens - tokens.applyAsInt(footer(types.size()));
    if (budget < 0) return "";
    var chosen = new ArrayList<Shown>();
    int used = 0;
    for (String path : ranked) {
      List<TypeInfo> fileTypes = byFile.get(path);
      for (boolean withMethods : new boolean[] {true, false}) {
        String block = block(path, fileTypes, withMethods);
        int cost = tokens.applyAsInt(block);
        if (used + cost <= budget) {
          chosen.add(new Shown(block, fileTypes.size()));
          used += cost;
          break;
        }
      }
    }
    while (true) {
      String map = join(chosen, types.size());
      if (tokens.applyAsInt(map) <= maxTokens) return map;
      if (chosen.isEmpty()) return "";
      chosen.remove(chosen.size() - 1);
    }
  }

  /** A file's block as chosen for the map, with the number of types it shows. */
  private record Shown(String text, int types) {}

  private static String join(List<Shown> chosen, int allTypes) {
    var out = new StringBuilder();
    int shown = 0;
    for (Shown s : chosen) {
      out.append(s.text());
      shown += s.types();
    }
    return out.append(footer(allTypes - shown)).toString();
  }

  private static String footer(int notShown) {
    return "… " + notShown + " more types not shown\n";
  }

  private static String block(String path, List<TypeInfo> types, boolean withMethods) {
    var sb = new StringBuilder(path).append('\n');
    for (TypeInfo type : types) {
      String indent = "  ".repeat(1 + depth(type));
      sb.append(indent).append(type.declaration());
      if (!withMethods && !type.methods().isEmpty()) {
        int n = type.methods().size();
        sb.append(" … ").append(n).append(n == 1 ? " method" : " methods");
      }
      type.summary().ifPresent(s -> sb.append(" — ").append(s));
      sb.append('\n');
      if (withMethods) {
        type.methods()
            .forEach(m -> sb.append(indent).append("  ").append(m.signature()).append('\n'));
      }
    }
    return sb.toString();
  }

  private static int depth(TypeInfo type) {
    return (int) type.name().chars().filter(c -> c == '.').count();
  }

  /** How many type and method names of the file contain a focus word. */
  private static int relevance(List<TypeInfo> types, List<String> terms) {
    if (terms.isEmpty()) return 0;
    int score = 0;
    for (TypeInfo type : types) {
      if (matches(type.simpleName(), terms)) score++;
      for (MethodInfo method : type.methods()) {
        if (matches(method.name(), terms)) score++;
      }
    }
    return score;
  }

  private static boolean matches(String name, List<String> terms) {
    String lower = name.toLowerCase(Locale.ROOT);
    return terms.stream().anyMatch(lower::contains);
  }

  static List<String> terms(String focus) {
    return Arrays.stream(NON_WORD.split(focus.toLowerCase(Locale.ROOT)))
        .filter(w -> w.length() >= 3 && !FILLER.contains(w))
        .distinct()
        .toList();
  }
}
