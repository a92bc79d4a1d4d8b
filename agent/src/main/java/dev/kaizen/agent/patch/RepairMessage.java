package dev.kaizen.agent.patch;

import java.util.Optional;

/**
 * Writes why a model's edits failed as a short message to send back to it: what failed, why, and
 * the file's nearest lines, so that the next answer can fix exactly that.
 */
public final class RepairMessage {

  private RepairMessage() {}

  public static String render(PatchResult.Failed failed) {
    var out =
        new StringBuilder("Your edits were not applied, so nothing changed: ")
            .append(summary(failed))
            .append(".\n\n");
    int n = 0;
    for (AnswerProblem p : failed.problems()) {
      out.append(++n)
          .append(". ")
          .append(p.line() == 0 ? "Your answer" : "Line " + p.line() + " of your answer")
          .append(": ")
          .append(sentence(p.reason()))
          .append('\n');
    }
    String unit = failed.format().map(EditFormat::unit).orElse("edit");
    for (BlockFailure f : failed.failures()) {
      out.append(++n)
          .append(". ")
          .append(capitalized(unit))
          .append(' ')
          .append(f.block())
          .append(" (")
          .append(f.path())
          .append("): ");
      if (f.nearest().isEmpty()) {
        out.append(sentence(f.reason())).append('\n');
      } else {
        out.append(f.reason()).append(":\n").append(fenced(f.path(), f.nearest().get().text()));
      }
    }
    return out.append('\n')
        .append(hints(failed))
        .append("Send all of your edits again, with these fixed.\n")
        .toString();
  }

  private static String summary(PatchResult.Failed failed) {
    String unit = failed.format().map(EditFormat::unit).orElse("edit");
    long failedEdits = failed.failures().stream().mapToInt(BlockFailure::block).distinct().count();
    String unread =
        failed.problems().size() == 1
            ? "1 part of your answer could not be read"
            : failed.problems().size() + " parts of your answer could not be read";
    if (failedEdits == 0) return unread;
    String broken =
        failedEdits
            + " of "
            + failed.edits()
            + " "
            + unit
            + (failed.edits() == 1 ? "" : "s")
            + " failed";
    return failed.problems().isEmpty() ? broken : broken + ", and " + unread;
  }

  /**
   * How to write the format (when parts could not be read) and what must match (when edits failed).
   */
  private static String hints(PatchResult.Failed failed) {
    var hints = new StringBuilder();
    if (!failed.problems().isEmpty()) hints.append(shape(failed.format())).append(' ');
    if (!failed.failures().isEmpty())
      failed.format().ifPresent(f -> hints.append(matching(f)).append(' '));
    return hints.toString();
  }

  private static String shape(Optional<EditFormat> format) {
    return switch (format.orElse(EditFormat.SEARCH_REPLACE)) {
      case SEARCH_REPLACE ->
          "Write each change as a SEARCH/REPLACE block: the file's path on its own line, a fence, "
              + "<<<<<<< SEARCH, the exact lines to change, =======, the new lines, >>>>>>> REPLACE, and the closing fence.";
      case UNIFIED_DIFF ->
          "Write each file's changes as a `--- a/path` line and a `+++ b/path` line, then `@@ -l,n +l,n @@` hunks.";
      case WHOLE_METHOD ->
          "Put the file's path on the line above each code block, and close each block with ```.";
    };
  }

  private static String matching(EditFormat format) {
    return switch (format) {
      case SEARCH_REPLACE ->
          "Each SEARCH section must match the file's current lines exactly, comments and white space included, and only once.";
      case UNIFIED_DIFF ->
          "Each hunk's context and `-` lines must match the file's current lines exactly.";
      case WHOLE_METHOD ->
          "Each code block must hold whole methods, each with the name and parameter types of a method in the file.";
    };
  }

  private static String fenced(String path, String text) {
    String fence = text.contains("```") ? "~~~~" : "```";
    String lang = path.endsWith(".java") ? "java" : "";
    return fence + lang + "\n" + text + fence + "\n";
  }

  private static String sentence(String reason) {
    return reason.endsWith(".") || reason.endsWith("?") || reason.endsWith("!")
        ? reason
        : reason + ".";
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
