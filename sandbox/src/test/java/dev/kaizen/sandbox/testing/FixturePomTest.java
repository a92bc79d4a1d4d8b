package dev.kaizen.sandbox.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class FixturePomTest {

  @Test
  void pins_junit_and_the_plugins_of_a_test_run_to_this_builds_versions() throws Exception {
    Document pom = parse(FixturePom.of("demo", "plain").text());

    assertThat(texts(pom, "artifactId"))
        .containsExactly(
            "plain",
            "junit-jupiter",
            "maven-resources-plugin",
            "maven-compiler-plugin",
            "maven-surefire-plugin",
            "plexus-utils");
    assertThat(texts(pom, "version"))
        .containsExactly("1.0", "5.14.4", "3.5.0", "3.16.0", "3.6.1", "3.6.0");
    assertThat(texts(pom, "release")).containsExactly("17");
  }

  @Test
  void adds_properties_dependencies_compiler_configuration_and_plugins_where_they_belong()
      throws Exception {
    FixturePom base = FixturePom.of("demo", "extended");
    FixturePom extended =
        base.withProperty("jmh.version", "1.37")
            .withDependency(
                "<dependency><groupId>org.openjdk.jmh</groupId><artifactId>jmh-core</artifactId>"
                    + "<version>${jmh.version}</version></dependency>")
            .withCompilerConfiguration(
                "<annotationProcessorPaths><path/></annotationProcessorPaths>")
            .withPlugin("<plugin><artifactId>maven-shade-plugin</artifactId></plugin>");

    Document pom = parse(extended.text());

    assertThat(texts(pom, "jmh.version")).containsExactly("1.37");
    assertThat(texts(pom, "artifactId"))
        .containsSubsequence("jmh-core", "junit-jupiter")
        .containsSubsequence("maven-surefire-plugin", "maven-shade-plugin");
    String text = extended.text();
    assertThat(text.indexOf("<annotationProcessorPaths>"))
        .as("in the compiler plugin's configuration")
        .isBetween(text.indexOf("maven-compiler-plugin"), text.indexOf("maven-surefire-plugin"));
    assertThat(base.text()).as("a pom does not change").doesNotContain("jmh");
  }

  @Test
  void writes_pom_xml_into_a_directory_it_creates(@TempDir Path dir) throws Exception {
    Path file = FixturePom.of("demo", "written").writeTo(dir.resolve("module"));

    assertThat(file).isEqualTo(dir.resolve("module/pom.xml"));
    assertThat(file).hasContent(FixturePom.of("demo", "written").text());
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document pom, String tag) {
    var nodes = pom.getElementsByTagName(tag);
    var texts = new ArrayList<String>();
    for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
    return texts;
  }
}
