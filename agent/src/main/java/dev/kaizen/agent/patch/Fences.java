package dev.kaizen.agent.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown code fences in a model's answer. */
final class Fences {

  private static final Pattern OPEN = Pattern.compile("^\\s*(`{3,}|~{3,})\\s*([^`\\s]*)[^`]*$");

  /**
   * One fenced block.
   *
   * @param line the 0-based index of the opening fence line
   * @param info the first word after the opening fence, lower case ({@code ""} when none)
   * @param body the lines between the fences
   * @param closed whether a closing fence ends it (else it runs to the end of the answer)
   */
  record Fence(int line, String info, List<String> body, boolean closed) {

    Fence {
      body = List.copyOf(body);
    }
  }

  private Fences() {}

  /** Whether a line opens or closes a fence. */
  static boolean isFenceLine(String line) {
    return OPEN.matcher(line).matches();
  }

  static List<Fence> all(List<String> lines) {
    var fences = new ArrayList<Fence>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = OPEN.matcher(lines.get(i));
      if (!open.matches()) continue;
      String marker = open.group(1);
      int end = i + 1;
      while (end < lines.size() && !closes(lines.get(end), marker)) end++;
      boolean closed = end < lines.size();
      fences.add(
          new Fence(
              i,
              open.group(2).toLowerCase(java.util.Locale.ROOT),
              lines.subList(i + 1, end),
              closed));
      i = end;
    }
    return fences;
  }

  /** The fences labelled {@code java} or not labelled at all. */
  static List<Fence> javaBlocks(List<String> lines) {
    return all(lines).stream().filter(f -> f.info().equals("java") || f.info().isEmpty()).toList();
  }

  private static boolean closes(String line, String marker) {
    String t = line.strip();
    return t.length() >= marker.length() && t.chars().allMatch(c -> c == marker.charAt(0));
  }
}
