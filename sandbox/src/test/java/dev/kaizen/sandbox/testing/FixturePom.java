package dev.kaizen.sandbox.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The pom of a small fixture project that builds offline: JUnit and the plugins that {@code mvn
 * test} runs are pinned to the versions Kaizen's own build uses (its parent pom), so that the local
 * Maven repository this build resolved into already holds them. Written here once for every
 * module's tests; a fixture adds what it needs (properties, dependencies, compiler configuration,
 * more plugins).
 *
 * <p>Immutable: each {@code with} returns a new pom.
 */
public final class FixturePom {

  /** The JUnit Jupiter version the fixtures test with (the parent pom's {@code junit.version}). */
  public static final String JUNIT_VERSION = "5.14.4";

  /** maven-compiler-plugin, as the parent pom pins it. */
  public static final String COMPILER_PLUGIN_VERSION = "3.16.0";

  /** maven-surefire-plugin, as the parent pom pins it. */
  public static final String SUREFIRE_PLUGIN_VERSION = "3.6.1";

  /** maven-resources-plugin, as the parent pom pins it. */
  public static final String RESOURCES_PLUGIN_VERSION = "3.5.0";

  private final String groupId;
  private final String artifactId;
  private final List<String> properties;
  private final List<String> dependencies;
  private final List<String> compilerConfiguration;
  private final List<String> plugins;

  private FixturePom(
      String groupId,
      String artifactId,
      List<String> properties,
      List<String> dependencies,
      List<String> compilerConfiguration,
      List<String> plugins) {
    this.groupId = Objects.requireNonNull(groupId, "groupId");
    this.artifactId = Objects.requireNonNull(artifactId, "artifactId");
    this.properties = List.copyOf(properties);
    this.dependencies = List.copyOf(dependencies);
    this.compilerConfiguration = List.copyOf(compilerConfiguration);
    this.plugins = List.copyOf(plugins);
  }

  /**
   * A jar project {@code groupId:artifactId:1.0} with JUnit Jupiter as its test dependency and the
   * resources, compiler (release 17) and surefire plugins pinned.
   */
  public static FixturePom of(String groupId, String artifactId) {
    return new FixturePom(groupId, artifactId, List.of(), List.of(), List.of(), List.of());
  }

  /** With {@code <name>value</name>} among its properties. */
  public FixturePom withProperty(String name, String value) {
    return new FixturePom(
        groupId,
        artifactId,
        plus(properties, "<" + name + ">" + value + "</" + name + ">"),
        dependencies,
        compilerConfiguration,
        plugins);
  }

  /** With {@code dependencyXml}, a whole {@code <dependency>} element, before JUnit. */
  public FixturePom withDependency(String dependencyXml) {
    return new FixturePom(
        groupId,
        artifactId,
        properties,
        plus(dependencies, dependencyXml),
        compilerConfiguration,
        plugins);
  }

  /**
   * With {@code configurationXml} (such as {@code <annotationProcessorPaths>}) in the compiler
   * plugin's configuration, after its release.
   */
  public FixturePom withCompilerConfiguration(String configurationXml) {
    return new FixturePom(
        groupId,
        artifactId,
        properties,
        dependencies,
        plus(compilerConfiguration, configurationXml),
        plugins);
  }

  /** With {@code pluginXml}, a whole {@code <plugin>} element, after the pinned ones. */
  public FixturePom withPlugin(String pluginXml) {
    return new FixturePom(
        groupId,
        artifactId,
        properties,
        dependencies,
        compilerConfiguration,
        plus(plugins, pluginXml));
  }

  /** The pom's text. */
  public String text() {
    var pom = new StringBuilder();
    pom.append(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
        """);
    pom.append("  <groupId>").append(groupId).append("</groupId>\n");
    pom.append("  <artifactId>").append(artifactId).append("</artifactId>\n");
    pom.append("  <version>1.0</version>\n");
    pom.append("  <properties>\n");
    pom.append("    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>\n");
    properties.forEach(p -> pom.append(indent(p, 4)));
    pom.append("  </properties>\n");
    pom.append("  <dependencies>\n");
    dependencies.forEach(d -> pom.append(indent(d, 4)));
    pom.append(
        """
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <version>%s</version>
              <scope>test</scope>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <artifactId>maven-resources-plugin</artifactId>
                <version>%s</version>
              </plugin>
              <plugin>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>%s</version>
        """
            .formatted(JUNIT_VERSION, RESOURCES_PLUGIN_VERSION, COMPILER_PLUGIN_VERSION));
    if (compilerConfiguration.isEmpty()) {
      pom.append("        <configuration><release>17</release></configuration>\n");
    } else {
      pom.append("        <configuration>\n          <release>17</release>\n");
      compilerConfiguration.forEach(c -> pom.append(indent(c, 10)));
      pom.append("        </configuration>\n");
    }
    pom.append(
        """
              </plugin>
              <plugin>
                <artifactId>maven-surefire-plugin</artifactId>
                <version>%s</version>
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
        """
            .formatted(SUREFIRE_PLUGIN_VERSION));
    plugins.forEach(p -> pom.append(indent(p, 6)));
    pom.append(
        """
            </plugins>
          </build>
        </project>
        """);
    return pom.toString();
  }

  /** Writes {@link #text()} to {@code dir/pom.xml}, creating {@code dir}; returns the file. */
  public Path writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve("pom.xml"), text());
  }

  @Override
  public String toString() {
    return "FixturePom[" + groupId + ":" + artifactId + "]";
  }

  private static List<String> plus(List<String> list, String element) {
    Objects.requireNonNull(element, "element");
    var copy = new ArrayList<>(list);
    copy.add(element.strip());
    return copy;
  }

  private static String indent(String xml, int spaces) {
    String pad = " ".repeat(spaces);
    return xml.lines().map(line -> pad + line + "\n").reduce("", String::concat);
  }
}
