package dev.kaizen.agent.llm;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Summary:} and {@code Rationale:} lines the system prompt asks for, read leniently
 * (markdown emphasis, headings and case are ignored).
 *
 * @param summary the one-line summary, at most {@value #MAX_SUMMARY} characters
 * @param rationale the rationale: its line and the lines after it up to a blank line or an edit
 */
record AnswerText(Optional<String> summary, Optional<String> rationale) {

  static final int MAX_SUMMARY = 100;

  private static final Pattern FIELD =
      Pattern.compile(
          "^[#>*_\\s-]*(summary|rationale)[*_\\s]*:[*_\\s]*(.*)$", Pattern.CASE_INSENSITIVE);

  static AnswerText read(String answer) {
    String summary = null;
    StringBuilder rationale = null;
    boolean inRationale = false;
    for (String line : answer.lines().toList()) {
      Matcher m = FIELD.matcher(line.strip());
      if (m.matches()) {
        inRationale = false;
        String value = m.group(2).replaceAll("[*_]+$", "").strip();
        if (m.group(1).equalsIgnoreCase("summary") && summary == null && !value.isEmpty()) {
          summary = clip(value);
        } else if (m.group(1).equalsIgnoreCase("rationale") && rationale == null) {
          rationale = new StringBuilder(value);
          inRationale = true;
        }
        continue;
      }
      if (inRationale) {
        String s = line.strip();
        if (s.isEmpty() && rationale.length() > 0
            || s.startsWith("```")
            || s.startsWith("<<<<<<<")
            || looksLikePath(s)) {
          inRationale = false;
        } else if (!s.isEmpty()) {
          if (rationale.length() > 0) rationale.append(' ');
          rationale.append(s);
        }
      }
    }
    return new AnswerText(
        Optional.ofNullable(summary),
        Optional.ofNullable(rationale).map(StringBuilder::toString).filter(r -> !r.isBlank()));
  }

  private static boolean looksLikePath(String line) {
    return !line.contains(" ") && line.contains("/") && line.contains(".");
  }

  private static String clip(String summary) {
    String one = summary.replaceAll("\\s+", " ");
    return one.length() <= MAX_SUMMARY ? one : one.substring(0, MAX_SUMMARY - 1).strip() + "…";
  }
}
