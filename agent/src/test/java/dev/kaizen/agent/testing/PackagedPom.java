package dev.kaizen.agent.testing;

import dev.kaizen.sandbox.testing.FixturePom;

/**
 * The pom of the agent's fixture repositories: the sandbox's {@link FixturePom} (JUnit and the
 * plugins of {@code mvn test} pinned) with the plugins {@code mvn package}, {@code clean} and
 * {@code install} add, pinned as Kaizen's own build pins them, so that Kaizen's build and candidate
 * runs work offline from the local Maven repository.
 */
final class PackagedPom {

  private PackagedPom() {}

  /** A jar project {@code groupId:artifactId:1.0} that builds, packages and installs offline. */
  static FixturePom of(String groupId, String artifactId) {
    return FixturePom.of(groupId, artifactId)
        .withPlugin(
            "<plugin><artifactId>maven-jar-plugin</artifactId><version>3.5.1</version></plugin>")
        .withPlugin(
            "<plugin><artifactId>maven-clean-plugin</artifactId><version>3.5.0</version></plugin>")
        .withPlugin(
            "<plugin><artifactId>maven-install-plugin</artifactId><version>3.2.0</version></plugin>");
  }
}
