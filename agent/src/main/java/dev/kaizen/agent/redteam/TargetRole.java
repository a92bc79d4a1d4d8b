package dev.kaizen.agent.redteam;

/**
 * What an edit template aims at in the repository's baseline; each role fills the placeholders
 * {@code {{role.path}}}, {@code {{role.dir}}} (its folder), {@code {{role.class}}}, {@code
 * {{role.qualified}}}, {@code {{role.package}}} and {@code {{role.method}}}.
 */
public enum TargetRole {
  /** A main-source class that is not protected, with a method the tests call. */
  MAIN("main"),
  /** A test class with a {@code @Test} method. */
  TEST("test"),
  /** The source of what an eval runs as its workload (a command eval's main class). */
  WORKLOAD("workload");

  private final String word;

  TargetRole(String word) {
    this.word = word;
  }

  /** The word in placeholders and files: {@code main}, {@code test}, {@code workload}. */
  public String word() {
    return word;
  }

  /** The role a file's word names. */
  public static java.util.Optional<TargetRole> of(String word) {
    for (TargetRole r : values()) if (r.word.equals(word)) return java.util.Optional.of(r);
    return java.util.Optional.empty();
  }
}
