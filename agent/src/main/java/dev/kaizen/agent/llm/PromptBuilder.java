package dev.kaizen.agent.llm;

import dev.kaizen.agent.index.SourceFile;
import dev.kaizen.agent.index.TypeInfo;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Hotspot;
import dev.kaizen.agent.propose.PastAttempt;
import dev.kaizen.agent.propose.ProposalContext;
import dev.kaizen.agent.propose.SessionNotes;
import dev.kaizen.agent.tokens.TokenCounter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the first request of an iteration under a hard token limit, counted on the text that is
 * sent: goal, metrics, the session's journal, why the previous candidate failed, the reviewer's
 * feedback (in a manual session), the hot methods, the full text of the files the model may change,
 * and the repo map in what room is left.
 *
 * <p>Shares of the limit: the journal at most 10%, the diagnosis 15%, the feedback 5% (its latest
 * words), the hot methods 5%, the files 70% of what the frame leaves; the repo map gets the rest.
 * Files come from the profile (the files of the hot methods, hottest first) or, without one, from
 * the goal's words and size.
 */
final class PromptBuilder {

  /** The most files shown in full. */
  static final int MAX_FILES = 6;

  private static final Set<String> FILLER =
      Set.of("the", "and", "for", "with", "from", "that", "this", "into", "make", "without");

  private final PromptTemplates templates;
  private final int contextTokens;

  /**
   * The request and what went into it.
   *
   * @param text the user message
   * @param files the repository-relative paths shown in full
   * @param tokens the counted tokens of the system message and the text together
   */
  record Built(String text, List<String> files, int tokens) {}

  PromptBuilder(PromptTemplates templates, int contextTokens) {
    this.templates = templates;
    this.contextTokens = contextTokens;
  }

  Built build(Goal goal, ProposalContext ctx) {
    int budget = contextTokens - TokenCounter.count(templates.system().text());
    SessionNotes notes = ctx.notes();
    var sections = new LinkedHashMap<String, String>();
    sections.put("goal", goal.text());
    sections.put(
        "metrics", notes.metrics().isEmpty() ? "(not measured yet)" : bullets(notes.metrics()));
    sections.put("journal", keepLast(journal(notes.history()), budget / 10));
    sections.put("diagnosis", keepFirst(diagnosis(notes.history()), budget * 15 / 100));
    sections.put("feedback", feedback(notes.feedback(), budget / 20));
    sections.put("hotspots", keepFirst(hotspots(notes.hotspots()), budget / 20));
    sections.put("repo_map", "");
    sections.put("files", "");
    int frame = TokenCounter.count(templates.propose().fill(sections));
    int room = budget - frame;

    var files = new ArrayList<String>();
    var shown = new StringBuilder();
    int fileBudget = room * 7 / 10;
    int used = 0;
    for (String path : candidates(goal, ctx)) {
      if (files.size() == MAX_FILES) break;
      Optional<String> block = fileBlock(ctx, path);
      if (block.isEmpty()) continue;
      int cost = TokenCounter.count(block.get());
      if (used + cost > fileBudget) continue;
      files.add(path);
      shown.append(block.get());
      used += cost;
    }
    sections.put(
        "files",
        files.isEmpty()
            ? "(no file fits in the prompt; propose nothing)"
            : shown.toString().strip());

    String focus =
        goal.text()
            + " "
            + String.join(" ", notes.hotspots().stream().map(Hotspot::method).toList());
    int mapBudget = room - used;
    while (true) {
      sections.put(
          "repo_map",
          mapBudget <= 0
              ? "(left out: no room)"
              : orNone(ctx.index().renderMap(mapBudget, Optional.of(focus))));
      String text = templates.propose().fill(sections);
      int tokens = TokenCounter.count(text);
      if (tokens <= budget) return new Built(text, files, tokens + contextTokens - budget);
      if (mapBudget <= 0) {
        throw new IllegalStateException(
            "the prompt frame alone exceeds model.context-tokens = " + contextTokens);
      }
      mapBudget -=
          tokens - budget + 16; // the map's parts do not add up exactly: shrink by the overshoot
    }
  }

  /**
   * Hot methods' files first (hottest first), then main code ranked by the goal's words and size.
   */
  private static List<String> candidates(Goal goal, ProposalContext ctx) {
    var order = new LinkedHashSet<String>();
    notes(ctx).hotspots().stream()
        .map(Hotspot::path)
        .filter(p -> editable(ctx, p))
        .forEach(order::add);
    if (!order.isEmpty()) return List.copyOf(order);
    List<String> words = words(goal.text());
    ctx.index().files().stream()
        .filter(f -> !f.test() && f.parsed() && editable(ctx, f.path()))
        .sorted(
            Comparator.<SourceFile>comparingInt(f -> -score(ctx, f.path(), words))
                .thenComparingInt(f -> -f.lines())
                .thenComparing(SourceFile::path))
        .map(SourceFile::path)
        .forEach(order::add);
    return List.copyOf(order);
  }

  private static SessionNotes notes(ProposalContext ctx) {
    return ctx.notes();
  }

  private static boolean editable(ProposalContext ctx, String path) {
    return path.endsWith(".java") && !ctx.isProtected().test(path);
  }

  private static int score(ProposalContext ctx, String path, List<String> words) {
    var names = new StringBuilder(path.toLowerCase(Locale.ROOT));
    for (TypeInfo t : ctx.index().typesIn(path)) {
      names.append(' ').append(t.name().toLowerCase(Locale.ROOT));
      t.methods().forEach(m -> names.append(' ').append(m.name().toLowerCase(Locale.ROOT)));
    }
    return (int) words.stream().filter(w -> names.indexOf(w) >= 0).count();
  }

  private static List<String> words(String text) {
    return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() >= 3 && !FILLER.contains(w))
        .distinct()
        .toList();
  }

  private static Optional<String> fileBlock(ProposalContext ctx, String path) {
    try {
      String text = Files.readString(ctx.tree().resolve(path), StandardCharsets.UTF_8);
      String fence = text.contains("```") ? "~~~~" : "```";
      return Optional.of(
          path
              + "\n"
              + fence
              + "java\n"
              + text
              + (text.endsWith("\n") ? "" : "\n")
              + fence
              + "\n\n");
    } catch (java.nio.charset.MalformedInputException e) {
      return Optional.empty(); // not UTF-8: not something to show a model
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + " of the best tree", e);
    }
  }

  static String journal(List<PastAttempt> history) {
    if (history.isEmpty()) return "Nothing yet: this is the session's first proposal.";
    var out = new StringBuilder();
    for (PastAttempt a : history) {
      out.append("- #").append(a.n()).append(' ').append(a.decision());
      a.effect().ifPresent(e -> out.append(String.format(Locale.ROOT, " (%+.1f%%)", 100 * e)));
      out.append(": ").append(a.summary());
      if (!a.accepted() && !a.reasons().isEmpty())
        out.append(" (").append(oneLine(a.reasons().get(0))).append(')');
      out.append('\n');
    }
    return out.toString().strip();
  }

  private String diagnosis(List<PastAttempt> history) {
    if (history.isEmpty()) return "";
    PastAttempt last = history.get(history.size() - 1);
    if (last.accepted() || last.decision().equals("proposed")) return ""; // nothing failed
    return templates
        .diagnose()
        .fill(
            Map.of(
                "summary", last.summary(),
                "decision", last.decision(),
                "reasons", bullets(last.reasons()),
                "details",
                    last.details().isBlank() ? "" : "```\n" + last.details().strip() + "\n```"))
        .strip();
  }

  /**
   * The reviewer's words, one bullet each, the latest kept when they do not all fit in {@code
   * tokens}.
   */
  static String feedback(List<String> words, int tokens) {
    if (words.isEmpty()) return "(none)";
    return keepLast(bullets(words.stream().map(PromptBuilder::oneLine).toList()), tokens);
  }

  private static String hotspots(List<Hotspot> hotspots) {
    if (hotspots.isEmpty()) return "(not profiled)";
    var lines = new ArrayList<String>();
    for (Hotspot h : hotspots) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%5.1f%%  %s  %s  lines %d-%d",
              100 * h.share(),
              h.path(),
              h.method(),
              h.firstLine(),
              h.lastLine()));
    }
    return "Share of the profile's samples in each method (time in the JDK counts for the method that called it):\n\n"
        + String.join("\n", lines);
  }

  private static String bullets(List<String> lines) {
    return String.join("\n", lines.stream().map(l -> "- " + l).toList());
  }

  private static String oneLine(String text) {
    String one = text.replaceAll("\\s+", " ").strip();
    return one.length() <= 160 ? one : one.substring(0, 159) + "…";
  }

  private static String orNone(String map) {
    return map.isBlank() ? "(empty)" : map.strip();
  }

  /**
   * The text, or its last lines that fit in {@code tokens} after a line saying earlier ones are
   * left out.
   */
  static String keepLast(String text, int tokens) {
    if (TokenCounter.count(text) <= tokens) return text;
    List<String> lines = text.lines().toList();
    for (int from = 1; from < lines.size(); from++) {
      String kept =
          "("
              + from
              + " earlier lines left out)\n"
              + String.join("\n", lines.subList(from, lines.size()));
      if (TokenCounter.count(kept) <= tokens) return kept;
    }
    return "(left out: too long)";
  }

  /**
   * The text, or its first lines that fit in {@code tokens} before a line saying the rest is left
   * out.
   */
  static String keepFirst(String text, int tokens) {
    if (TokenCounter.count(text) <= tokens) return text;
    List<String> lines = text.lines().toList();
    for (int to = lines.size() - 1; to > 0; to--) {
      String kept =
          String.join("\n", lines.subList(0, to))
              + "\n("
              + (lines.size() - to)
              + " more lines left out)";
      if (TokenCounter.count(kept) <= tokens) return kept;
    }
    return "(left out: too long)";
  }
}
