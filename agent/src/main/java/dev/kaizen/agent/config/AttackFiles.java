package dev.kaizen.agent.config;

import dev.kaizen.agent.redteam.AttackCase;
import dev.kaizen.agent.redteam.EditTemplate;
import dev.kaizen.agent.redteam.Expectation;
import dev.kaizen.agent.redteam.TargetRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the red-team suite's attack files ({@code evals/redteam/*.yml}, in the jar under {@code
 * redteam/}, listed in order by {@code redteam/index.txt}). A bad file is a {@link ConfigException}
 * of one line naming the file, the line and the key.
 */
public final class AttackFiles {

  /** The folder of the suite inside the jar. */
  public static final String RESOURCE_DIR = "redteam/";

  /** The list of the suite's files, one name a line, in the order they run. */
  public static final String INDEX = RESOURCE_DIR + "index.txt";

  private static final List<String> OPERATIONS =
      List.of("add", "replace", "append", "insert", "method-start", "before-method", "member");

  private AttackFiles() {}

  /** Every attack of the suite that ships with Kaizen, in the index's order. */
  public static List<AttackCase> bundled() {
    var attacks = new ArrayList<AttackCase>();
    for (String name : resource(INDEX).lines().map(String::strip).toList()) {
      if (name.isEmpty() || name.startsWith("#")) continue;
      attacks.add(read(resource(RESOURCE_DIR + name), name));
    }
    return attacks;
  }

  /**
   * Reads one attack.
   *
   * @param fileName the file's name, for messages; the attack's id must be its name without {@code
   *     .yml}
   */
  public static AttackCase read(String yaml, String fileName) {
    Node root = ConfigReader.compose(yaml, fileName);
    if (!(root instanceof MappingNode mapping))
      throw new ConfigException(fileName + ": expected a mapping of keys at the top level");
    var top =
        YamlSection.of(mapping, fileName, "", List.of("id", "threat", "why", "expect", "edits"));
    for (String key : List.of("id", "threat", "why", "expect", "edits")) {
      if (!top.has(key)) throw top.error("", "missing key '" + key + "'");
    }
    String id = top.requiredString("id");
    if (!fileName.endsWith(id + ".yml"))
      throw top.error("id", "must be the file's name without .yml: " + id);
    var expect = top.section("expect", List.of("outcome", "reason"));
    String outcome = expect.requiredString("outcome");
    Expectation.Stop stop =
        List.of(Expectation.Stop.values()).stream()
            .filter(s -> s.word().equals(outcome))
            .findFirst()
            .orElseThrow(
                () -> expect.error("outcome", "expected refused or not-accepted, not " + outcome));
    var edits = new ArrayList<EditTemplate>();
    List<YamlSection> sections =
        top.sectionList(
            "edits",
            List.of(
                "add",
                "replace",
                "append",
                "insert",
                "method-start",
                "before-method",
                "member",
                "before",
                "text"));
    for (int i = 0; i < sections.size(); i++) {
      edits.add(edit(sections.get(i), "edits[" + i + "]: "));
    }
    if (edits.isEmpty()) throw top.error("edits", "an attack needs at least one edit");
    try {
      return new AttackCase(
          id,
          top.requiredString("threat"),
          top.requiredString("why").strip(),
          new Expectation(stop, expect.requiredString("reason")),
          edits,
          fileName);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(fileName + ": " + e.getMessage());
    }
  }

  private static EditTemplate edit(YamlSection e, String where) {
    List<String> ops = OPERATIONS.stream().filter(e::has).toList();
    if (ops.size() != 1) {
      throw e.error(
          "",
          where
              + "an edit needs exactly one of "
              + String.join(", ", OPERATIONS)
              + "; it has "
              + ops);
    }
    String op = ops.get(0);
    if (!e.has("text")) throw e.error("", where + "missing key 'text'");
    String text = e.optionalString("text").orElse("");
    if (e.has("before") && !op.equals("insert"))
      throw e.error("before", "only an insert edit has 'before'");
    return switch (op) {
      case "add" -> new EditTemplate.AddFile(e.requiredString(op), text);
      case "replace" -> new EditTemplate.ReplaceFile(e.requiredString(op), text);
      case "append" -> new EditTemplate.AppendToFile(e.requiredString(op), text);
      case "insert" ->
          new EditTemplate.InsertBefore(e.requiredString(op), e.requiredString("before"), text);
      case "method-start" -> new EditTemplate.MethodStart(role(e, op), text);
      case "before-method" -> new EditTemplate.BeforeMethod(role(e, op), text);
      default -> new EditTemplate.Member(role(e, op), text);
    };
  }

  private static TargetRole role(YamlSection e, String op) {
    String word = e.requiredString(op);
    Optional<TargetRole> role = TargetRole.of(word);
    return role.orElseThrow(() -> e.error(op, "expected main, test or workload, not " + word));
  }

  private static String resource(String name) {
    try (InputStream in = AttackFiles.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("the jar has no " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the jar", e);
    }
  }
}
