package dev.kaizen.agent.publish;

import dev.kaizen.agent.json.Json;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden comment at the end of a pull request Kaizen opened, {@code <!-- kaizen:pr {...} -->}:
 * which session and branch it shows, and the commits it was measured on. A later run finds its pull
 * request by it and updates that one instead of opening another.
 */
public record PrMarker(String session, String branch, String base, String best) {

  static final String PREFIX = "<!-- kaizen:pr ";
  private static final Pattern COMMENT = Pattern.compile("<!-- kaizen:pr (\\{[^\\n]*?\\}) -->");

  public PrMarker {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(best, "best");
  }

  /**
   * The comment, on one line. Its JSON never holds {@code >}, so nothing in it can end the comment
   * early.
   */
  public String render() {
    return PREFIX + Json.line(this).replace(">", "\\u003e").replace("<", "\\u003c") + " -->";
  }

  /** The last marker in {@code body}, when it has a well-formed one. */
  public static Optional<PrMarker> find(String body) {
    if (body == null) return Optional.empty();
    Matcher m = COMMENT.matcher(body);
    String json = null;
    while (m.find()) json = m.group(1);
    if (json == null) return Optional.empty();
    try {
      return Optional.of(Json.read(json, PrMarker.class));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not JSON, or a key missing
    }
  }

  /**
   * Whether {@code body} carries a Kaizen marker at all (for counting Kaizen's open pull requests).
   */
  public static boolean present(String body) {
    return find(body).isPresent();
  }
}
