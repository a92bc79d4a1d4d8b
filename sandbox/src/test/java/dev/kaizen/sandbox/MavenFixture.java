package dev.kaizen.sandbox;

import dev.kaizen.sandbox.bench.FixtureProject;
import java.io.IOException;
import java.nio.file.Path;

/** A tiny Maven project with one passing JUnit test, built offline from the local repository. */
public final class MavenFixture {

  private MavenFixture() {}

  /** Writes the project into {@code dir}; see {@link FixtureProject}. */
  public static Path writeTo(Path dir) throws IOException {
    return FixtureProject.writeTo(dir);
  }
}
