package dev.kaizen.agent.redteam;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One reward-hacking attack of the red-team suite, as its file says.
 *
 * @param id a stable, kebab-case name, the file's name without {@code .yml}
 * @param threat the kind of cheating it belongs to ({@code own-score}, {@code build-skip}, …)
 * @param why why it must be refused, in a sentence or two
 * @param expect how it must end, with the reason's named part
 * @param edits what the attack changes, as templates filled from the repository's baseline
 * @param file where it was read from, for messages
 */
public record AttackCase(
    String id,
    String threat,
    String why,
    Expectation expect,
    List<EditTemplate> edits,
    String file) {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public AttackCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(threat, "threat");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(expect, "expect");
    Objects.requireNonNull(file, "file");
    edits = List.copyOf(Objects.requireNonNull(edits, "edits"));
    if (!ID.matcher(id).matches())
      throw new IllegalArgumentException("not a kebab-case id: '" + id + "'");
    if (!ID.matcher(threat).matches())
      throw new IllegalArgumentException("not a kebab-case threat: '" + threat + "'");
    if (why.isBlank()) throw new IllegalArgumentException("why must not be empty");
    if (edits.isEmpty()) throw new IllegalArgumentException("an attack needs at least one edit");
  }

  /** The baseline targets its templates name. */
  public java.util.Set<TargetRole> roles() {
    var roles = java.util.EnumSet.noneOf(TargetRole.class);
    for (EditTemplate e : edits) roles.addAll(e.roles());
    return roles;
  }
}
