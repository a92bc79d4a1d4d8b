package dev.kaizen.sandbox.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny Maven project with one passing JUnit test ({@code fixture.AdderTest}), built offline from
 * the local repository: its pom is {@link #POM}.
 */
public final class MavenFixture {

  /** The fixture's pom: {@code dev.kaizen.fixture:adder}, nothing beyond the pinned plugins. */
  public static final FixturePom POM = FixturePom.of("dev.kaizen.fixture", "adder");

  private static final String MAIN =
      """
      package fixture;

      public final class Adder {
        public static int add(int a, int b) {
          return a + b;
        }
      }
      """;

  private static final String TEST =
      """
      package fixture;

      import static org.junit.jupiter.api.Assertions.assertEquals;

      import org.junit.jupiter.api.Test;

      class AdderTest {
        @Test
        void adds() {
          assertEquals(5, Adder.add(2, 3));
        }
      }
      """;

  private MavenFixture() {}

  /** Writes the project into {@code dir}; returns {@code dir}. */
  public static Path writeTo(Path dir) throws IOException {
    POM.writeTo(dir);
    write(dir.resolve("src/main/java/fixture/Adder.java"), MAIN);
    write(dir.resolve("src/test/java/fixture/AdderTest.java"), TEST);
    return dir;
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
