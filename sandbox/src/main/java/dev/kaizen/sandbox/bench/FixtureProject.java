package dev.kaizen.sandbox.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny Maven project with one passing JUnit test, built offline from a local repository that
 * holds JUnit 5.14.4 and the listed plugins (the repository this project's own build resolves
 * into).
 */
public final class FixtureProject {

  private static final String POM =
"""
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.kaizen.fixture</groupId>
  <artifactId>adder</artifactId>
  <version>1.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>5.14.4</version>
      <scope>test</scope>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <artifactId>maven-resources-plugin</artifactId>
        <version>3.5.0</version>
      </plugin>
      <plugin>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.16.0</version>
        <configuration><release>17</release></configuration>
      </plugin>
      <plugin>
        <artifactId>maven-surefire-plugin</artifactId>
        <version>3.6.1</version>
        <dependencies>
          <!-- Maven 3.8 (Debian's mvn) adds plexus-utils 1.1 to a plugin that has none, and
               offline it is not there; 3.6.0 is, since maven-resources-plugin 3.5.0 uses it. -->
          <dependency>
            <groupId>org.codehaus.plexus</groupId>
            <artifactId>plexus-utils</artifactId>
            <version>3.6.0</version>
          </dependency>
        </dependencies>
      </plugin>
    </plugins>
  </build>
</project>
""";

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

  private FixtureProject() {}

  /** Writes the project into {@code dir}. */
  public static Path writeTo(Path dir) throws IOException {
    write(dir.resolve("pom.xml"), POM);
    write(dir.resolve("src/main/java/fixture/Adder.java"), MAIN);
    write(dir.resolve("src/test/java/fixture/AdderTest.java"), TEST);
    return dir;
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
