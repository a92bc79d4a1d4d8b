package dev.kaizen.evals.junit;

import dev.kaizen.evals.TestFailure;
import dev.kaizen.evals.TestReport;
import dev.kaizen.sandbox.UntrustedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds and reads Surefire XML reports.
 *
 * <p>Each {@code <testcase>} is one test, identified as {@code classname#name} (a trailing {@code
 * ()} that JUnit 5 sometimes adds is dropped; parameterized names such as {@code adds(int)[1]} stay
 * as they are). A test with a {@code <failure>} failed, one with an {@code <error>} errored, one
 * with {@code <skipped>} was skipped; rerun markers ({@code flakyFailure}, {@code rerunFailure}, …)
 * do not change that. A failure's message is the first non-blank line of its {@code message}
 * attribute, or its exception type when it has none.
 */
public final class SurefireReader {

  /** The largest report read (a report holds the output of its tests, cut by Surefire). */
  static final long MAX_REPORT_BYTES = 256L << 20;

  /** Where Surefire writes its reports, relative to a module. */
  public static final String REPORTS_DIR = "target/surefire-reports";

  private final XMLInputFactory xml;

  public SurefireReader() {
    xml = XMLInputFactory.newDefaultFactory();
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    xml.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
  }

  /**
   * Every {@code TEST-*.xml} in a {@code target/surefire-reports} directory anywhere under {@code
   * tree}, as absolute paths, sorted. Symbolic links are not followed; unreadable directories are
   * passed over.
   */
  public List<Path> find(Path tree) {
    List<Path> found = new ArrayList<>();
    Path root = tree.toAbsolutePath().normalize();
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) return found;
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && isReport(file)) found.add(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + root, e);
    }
    found.sort(null);
    return found;
  }

  /** Reads every report under {@code tree}. */
  public SurefireResult read(Path tree) {
    return read(tree, find(tree));
  }

  /** Reads the given report files (absolute, or relative to {@code tree}). */
  public SurefireResult read(Path tree, List<Path> files) {
    Path root = tree.toAbsolutePath().normalize();
    var cases = new ArrayList<TestCase>();
    var problems = new ArrayList<String>();
    var relative = new ArrayList<Path>();
    for (Path file : files) {
      Path absolute = root.resolve(file).normalize();
      Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
      relative.add(shown);
      try {
        cases.addAll(readFile(root, absolute));
      } catch (XMLStreamException e) {
        problems.add("malformed test report " + shown + ": " + describe(e));
      } catch (IOException e) {
        problems.add("cannot read test report " + shown + ": " + e.getMessage());
      }
    }
    return new SurefireResult(report(cases), relative, problems);
  }

  private static boolean isReport(Path file) {
    String name = file.getFileName().toString();
    Path dir = file.getParent();
    Path target = dir == null ? null : dir.getParent();
    return name.startsWith("TEST-")
        && name.endsWith(".xml")
        && dir != null
        && String.valueOf(dir.getFileName()).equals("surefire-reports")
        && target != null
        && String.valueOf(target.getFileName()).equals("target");
  }

  /**
   * Reads one report, never through a link (a test run could have linked a report to a host file).
   */
  private List<TestCase> readFile(Path root, Path file) throws IOException, XMLStreamException {
    var cases = new ArrayList<TestCase>();
    try (InputStream in = UntrustedFiles.open(root, file, MAX_REPORT_BYTES)) {
      XMLStreamReader r = xml.createXMLStreamReader(in);
      try {
        String suite = "";
        TestCase current = null;
        boolean sawRoot = false;
        while (r.hasNext()) {
          int event = r.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            String element = r.getLocalName();
            if (!sawRoot) {
              sawRoot = true;
              if (!element.equals("testsuite") && !element.equals("testsuites")) {
                throw new XMLStreamException("root element is <" + element + ">, not <testsuite>");
              }
            }
            switch (element) {
              case "testsuite" -> suite = attribute(r, "name");
              case "testcase" ->
                  current =
                      new TestCase(id(attribute(r, "classname"), suite, attribute(r, "name")));
              case "failure", "error", "skipped" -> {
                if (current != null) current.mark(element, message(r));
              }
              default -> {}
            }
          } else if (event == XMLStreamConstants.END_ELEMENT
              && r.getLocalName().equals("testcase")) {
            if (current != null) cases.add(current);
            current = null;
          }
        }
        if (!sawRoot) throw new XMLStreamException("no <testsuite> element");
      } finally {
        r.close();
      }
    }
    return cases;
  }

  private static TestReport report(List<TestCase> cases) {
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    var failed = new ArrayList<TestFailure>();
    var ids = new TreeSet<String>();
    var skippedIds = new TreeSet<String>();
    for (TestCase c : cases) {
      ids.add(c.id);
      switch (c.outcome) {
        case "failure" -> {
          failures++;
          failed.add(new TestFailure(c.id, c.message));
        }
        case "error" -> {
          errors++;
          failed.add(new TestFailure(c.id, c.message));
        }
        case "skipped" -> {
          skipped++;
          skippedIds.add(c.id);
        }
        default -> {}
      }
    }
    return new TestReport(cases.size(), failures, errors, skipped, failed, ids, skippedIds);
  }

  static String id(String className, String suite, String name) {
    String method = name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
    String type = className.isBlank() ? suite : className;
    if (method.isBlank()) return type;
    return type.isBlank() ? method : type + "#" + method;
  }

  private static String attribute(XMLStreamReader r, String name) {
    String value = r.getAttributeValue(null, name);
    return value == null ? "" : value.strip();
  }

  private static String message(XMLStreamReader r) {
    String line = firstLine(attribute(r, "message"));
    if (!line.isEmpty()) return line;
    String type = attribute(r, "type");
    return type.isEmpty() ? "no message" : type;
  }

  /**
   * The JDK's StAX messages read "ParseError at [row,col]:[5,3]\nMessage: …"; keep it to one line.
   */
  private static String describe(XMLStreamException e) {
    String text = String.valueOf(e.getMessage());
    int at = text.indexOf("Message: ");
    String message = firstLine(at >= 0 ? text.substring(at + "Message: ".length()) : text);
    var where = e.getLocation();
    return where == null || where.getLineNumber() < 0
        ? message
        : "line " + where.getLineNumber() + ": " + message;
  }

  private static String firstLine(String text) {
    if (text == null) return "";
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
  }

  /** One {@code <testcase>}; the worst mark wins (error over failure over skipped). */
  private static final class TestCase {
    private final String id;
    private String outcome = "passed";
    private String message = "";

    TestCase(String id) {
      this.id = id;
    }

    void mark(String kind, String text) {
      if (rank(kind) > rank(outcome)) {
        outcome = kind;
        message = text;
      }
    }

    private static int rank(String outcome) {
      return switch (outcome) {
        case "error" -> 3;
        case "failure" -> 2;
        case "skipped" -> 1;
        default -> 0;
      };
    }
  }
}
