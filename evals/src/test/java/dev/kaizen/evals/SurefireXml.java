package dev.kaizen.evals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a Surefire XML report as Surefire 3 does, for scripted test commands. */
final class SurefireXml {

  private final String className;
  private final List<String> cases = new ArrayList<>();
  private int failures;
  private int errors;
  private int skipped;

  private SurefireXml(String className) {
    this.className = className;
  }

  static SurefireXml suite(String className) {
    return new SurefireXml(className);
  }

  SurefireXml pass(String name) {
    cases.add(
        "  <testcase name=\""
            + esc(name)
            + "\" classname=\""
            + esc(className)
            + "\" time=\"0.001\"/>");
    return this;
  }

  SurefireXml fail(String name, String message) {
    failures++;
    cases.add(
        open(name)
            + "    <failure message=\""
            + esc(message)
            + "\" type=\"org.opentest4j.AssertionFailedError\">"
            + "<![CDATA[org.opentest4j.AssertionFailedError: "
            + message
            + "\n]]></failure>\n  </testcase>");
    return this;
  }

  SurefireXml error(String name, String type, String message) {
    errors++;
    cases.add(
        open(name)
            + "    <error message=\""
            + esc(message)
            + "\" type=\""
            + esc(type)
            + "\">"
            + "<![CDATA["
            + type
            + ": "
            + message
            + "\n]]></error>\n  </testcase>");
    return this;
  }

  SurefireXml skip(String name) {
    skipped++;
    cases.add(open(name) + "    <skipped message=\"disabled\"/>\n  </testcase>");
    return this;
  }

  String xml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuite version=\"3.0.2\" name=\""
        + esc(className)
        + "\" time=\"0.01\" tests=\""
        + cases.size()
        + "\" errors=\""
        + errors
        + "\" skipped=\""
        + skipped
        + "\" failures=\""
        + failures
        + "\">\n"
        + String.join("\n", cases)
        + "\n</testsuite>\n";
  }

  /** Writes {@code <tree>/target/surefire-reports/TEST-<class>.xml}. */
  Path writeTo(Path tree) throws IOException {
    Path dir = tree.resolve("target/surefire-reports");
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve("TEST-" + className + ".xml"), xml());
  }

  private String open(String name) {
    return "  <testcase name=\""
        + esc(name)
        + "\" classname=\""
        + esc(className)
        + "\" time=\"0.002\">\n";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("\n", "&#10;");
  }
}
