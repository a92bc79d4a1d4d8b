package dev.kaizen.agent.patch;

import java.util.List;
import java.util.Optional;

/**
 * How a model's lines are indented differently from the file's: first a change of style (tabs
 * written as spaces, or the other way round), then one prefix more or less on every line. Applied
 * to the model's new lines, it indents them as the file is indented.
 *
 * @param style how to rewrite a line's leading white space before shifting it
 * @param add the prefix to add to every non-blank line ({@code ""} for none)
 * @param remove the prefix to remove from every non-blank line ({@code ""} for none)
 */
record Indentation(Style style, String add, String remove) {

  /** A rewrite of leading white space: none, runs of spaces as tabs, or tabs as spaces. */
  record Style(int spacesPerTab, boolean toTabs) {

    static final Style KEEP = new Style(0, false);

    /** The styles worth trying when a model's white space differs from the file's. */
    static final List<Style> ALL =
        List.of(
            KEEP,
            new Style(4, true),
            new Style(2, true),
            new Style(8, true),
            new Style(4, false),
            new Style(2, false),
            new Style(8, false));

    String apply(String line) {
      if (spacesPerTab == 0) return line;
      int lead = leadLength(line);
      String ws = line.substring(0, lead);
      String rest = line.substring(lead);
      if (toTabs) {
        int spaces = 0;
        while (spaces < ws.length() && ws.charAt(spaces) == ' ') spaces++;
        return "\t".repeat(spaces / spacesPerTab)
            + " ".repeat(spaces % spacesPerTab)
            + ws.substring(spaces)
            + rest;
      }
      return ws.replace("\t", " ".repeat(spacesPerTab)) + rest;
    }
  }

  static final Indentation NONE = new Indentation(Style.KEEP, "", "");

  /**
   * Indents one of the model's lines like the file: restyled, then shifted. Blank lines become
   * empty; a line indented less than the prefix to remove loses what it has of it.
   */
  String apply(String line) {
    if (line.isBlank()) return "";
    String restyled = style.apply(line);
    if (!add.isEmpty()) return add + restyled;
    int common = 0;
    while (common < remove.length()
        && common < restyled.length()
        && remove.charAt(common) == restyled.charAt(common)) {
      common++;
    }
    return restyled.substring(common);
  }

  /** The model's lines indented like the file; unchanged when nothing differs. */
  List<String> apply(List<String> lines) {
    if (equals(NONE)) return lines;
    return lines.stream().map(this::apply).toList();
  }

  /**
   * The shift that turns the model's (restyled) line into the file's line, when they are equal but
   * for trailing white space and a prefix of leading white space; empty otherwise. Both lines must
   * be non-blank.
   */
  static Optional<Indentation> between(Style style, String fileLine, String modelLine) {
    String f = fileLine.stripTrailing();
    String m = style.apply(modelLine).stripTrailing();
    int fl = leadLength(f);
    int ml = leadLength(m);
    if (!f.substring(fl).equals(m.substring(ml))) return Optional.empty();
    String fLead = f.substring(0, fl);
    String mLead = m.substring(0, ml);
    if (fl >= ml && fLead.endsWith(mLead))
      return Optional.of(new Indentation(style, fLead.substring(0, fl - ml), ""));
    if (ml > fl && mLead.endsWith(fLead))
      return Optional.of(new Indentation(style, "", mLead.substring(0, ml - fl)));
    return Optional.empty();
  }

  static int leadLength(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
    return i;
  }
}
