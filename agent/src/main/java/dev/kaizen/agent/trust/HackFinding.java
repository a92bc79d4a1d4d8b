package dev.kaizen.agent.trust;

import java.util.Objects;
import java.util.Optional;

/**
 * One construct a candidate adds to main code that the {@link HackCheck} refuses.
 *
 * @param pattern which pattern it matches
 * @param path the file, repository-relative
 * @param construct what was added, as written or named ({@code System.exit}, {@code static int
 *     calls})
 * @param method where, when known: {@code Type.method}, {@code Type.<init>}, {@code Type.FIELD}
 */
public record HackFinding(
    HackPattern pattern, String path, String construct, Optional<String> method) {

  public HackFinding {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(construct, "construct");
    Objects.requireNonNull(method, "method");
  }

  /** The pattern's stable id, as in the reason's {@code [hack: id]}. */
  public String id() {
    return pattern.id();
  }

  /**
   * One line for the user and the ledger, for example {@code refused: the patch adds a shutdown
   * hook (Runtime.addShutdownHook) to src/main/java/a/B.java in B.run [hack: shutdown-hook]}.
   *
   * @param subject what made the change: "the patch", "the candidate"
   */
  public String reason(String subject) {
    return "refused: "
        + subject
        + " adds "
        + pattern.what()
        + " ("
        + construct
        + ") to "
        + path
        + method.map(m -> " in " + m).orElse("")
        + " [hack: "
        + pattern.id()
        + "]";
  }
}
