package dev.kaizen.agent.heuristic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.ast.CompilationUnit;
import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.agent.propose.ProposalContext;
import dev.kaizen.agent.propose.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeuristicProposerTest {

  private static final String REPORT = "src/main/java/demo/Report.java";
  private static final String WORDS = "src/main/java/demo/Words.java";

  @TempDir Path tree;

  @BeforeEach
  void writeTree() throws IOException {
    write(
        REPORT,
        """
        package demo;

        import java.util.List;

        public class Report {

          String render(List<String> items) {
            String out = "";
            for (String item : items) {
              out += item + "\\n";
            }
            return out;
          }

          String[] words(String line) {
            return line.split("\\\\s+");
          }

          boolean blank(String a, String b) {
            return a.matches("\\\\s*") && b.matches("\\\\s*");
          }
        }
        """);
    write(
        WORDS,
        """
        package demo;

        class Words {
          static String[] of(String text) {
            return text.trim().split("\\\\W+");
          }
        }
        """);
    write(
        "src/main/java/demo/Secret.java",
        """
        package demo;

        class Secret {
          static String[] of(String text) {
            return text.split("\\\\s+");
          }
        }
        """);
    write(
        "src/main/java/demo/Broken.java",
        "package demo; class Broken { String[] f(String s) { return s.split(\"\\\\s+\") }");
    write(
        "src/test/java/demo/ReportTest.java",
        """
        package demo;

        class ReportTest {
          String[] words(String line) {
            return line.split("\\\\s+");
          }
        }
        """);
  }

  @Test
  void proposes_every_place_once_in_path_then_line_order_skipping_tried_keys() {
    var proposer = new HeuristicProposer();
    List<String> keys = allKeys(proposer, path -> path.contains("Secret"));

    assertThat(keys)
        .containsExactly(
            "string-concat-in-loop:" + REPORT + ":Report#render:10",
            "precompile-regex:" + REPORT + ":Report#words:16",
            "precompile-regex:" + REPORT + ":Report#blank:20:12",
            "precompile-regex:" + REPORT + ":Report#blank:20:33",
            "precompile-regex:" + WORDS + ":Words#of:5");
    assertThat(allKeys(proposer, path -> path.contains("Secret")))
        .as("a second session")
        .isEqualTo(keys);
  }

  @Test
  void still_proposes_the_other_of_two_places_on_one_line_after_the_first_was_applied()
      throws IOException {
    Files.delete(tree.resolve(REPORT));
    Files.delete(tree.resolve(WORDS));
    String pair = "src/main/java/demo/Pair.java";
    write(
        pair,
        """
        package demo;

        import java.util.regex.Pattern;

        class Pair {
          private static final Pattern BLANK = Pattern.compile("\\s*");

          boolean blank(String a, String b) {
            return a.matches("\\s*") && b.matches("\\s*");
          }
        }
        """);
    var tried = new HashSet<String>();
    Predicate<String> secretOnly = path -> path.contains("Secret");
    Proposal first =
        new HeuristicProposer().propose(Goal.DEFAULT, context(tried, secretOnly)).orElseThrow();
    assertThat(first.key()).isEqualTo("precompile-regex:" + pair + ":Pair#blank:9:12");
    tried.add(first.key());
    Files.writeString(tree.resolve(pair), first.patch().edits().get(0).after());

    Proposal second =
        new HeuristicProposer().propose(Goal.DEFAULT, context(tried, secretOnly)).orElseThrow();

    assertThat(second.key()).isEqualTo("precompile-regex:" + pair + ":Pair#blank:9");
    assertThat(second.patch().edits().get(0).after())
        .contains("return BLANK.matcher(a).matches() && BLANK.matcher(b).matches();");
  }

  @Test
  void never_proposes_test_code_protected_paths_or_files_that_do_not_parse() {
    List<String> keys = allKeys(new HeuristicProposer(), path -> path.endsWith("Secret.java"));

    assertThat(keys)
        .noneMatch(k -> k.contains("src/test/"))
        .noneMatch(k -> k.contains("Secret"))
        .noneMatch(k -> k.contains("Broken"));
    assertThat(allKeys(new HeuristicProposer(), path -> false))
        .anyMatch(k -> k.contains("Secret.java"));
  }

  @Test
  void makes_a_whole_file_edit_against_the_file_on_disk_with_its_provenance_and_transcript()
      throws IOException {
    Proposal p =
        new HeuristicProposer()
            .propose(Goal.DEFAULT, context(Set.of(), path -> false))
            .orElseThrow();

    assertThat(p.key()).isEqualTo("string-concat-in-loop:" + REPORT + ":Report#render:10");
    assertThat(p.summary())
        .isEqualTo("Use a StringBuilder for `out +=` in Report.render (Report.java:10)");
    assertThat(p.rationale()).contains("quadratic").contains("`out`");
    assertThat(p.provenance()).isEqualTo(Provenance.offline("heuristic", "string-concat-in-loop"));
    assertThat(p.patch().edits()).hasSize(1);
    FileEdit edit = p.patch().edits().get(0);
    assertThat(edit.path()).isEqualTo(REPORT);
    assertThat(edit.before()).isEqualTo(Files.readString(tree.resolve(REPORT)));
    assertThat(edit.after())
        .contains(
            "StringBuilder outBuilder = new StringBuilder(out);",
            "outBuilder.append(item + \"\\n\");",
            "out = outBuilder.toString();");
    assertThat(Parsing.problem(edit.after())).isEmpty();
    assertThat(p.transcript())
        .contains("`string-concat-in-loop` — " + new StringConcatInLoopRule().description())
        .contains("`" + REPORT + "`, `Report#render`, line 10")
        .contains(
            "## Matched code\n\n```java\nfor (String item : items) {\n  out += item + \"\\n\";\n}\n```")
        .contains(
            "## Rewritten code\n\n```java\nStringBuilder outBuilder = new StringBuilder(out);")
        .contains(Goal.DEFAULT.text());
  }

  @Test
  void uses_only_the_rules_it_is_given() {
    var proposer = new HeuristicProposer(List.of(new PrecompileRegexRule()));

    Proposal p = proposer.propose(Goal.DEFAULT, context(Set.of(), path -> false)).orElseThrow();

    assertThat(p.key()).isEqualTo("precompile-regex:" + REPORT + ":Report#words:16");
    assertThat(p.summary())
        .isEqualTo("Precompile the regex `\\s+` of `split` in Report.words (Report.java:16)");
    assertThat(p.patch().edits().get(0).after())
        .contains(
            "private static final Pattern WHITESPACE = Pattern.compile(\"\\\\s+\");",
            "import java.util.regex.Pattern;",
            "return WHITESPACE.split(line);");
    assertThat(proposer.rules()).extracting(RewriteRule::id).containsExactly("precompile-regex");
  }

  @Test
  void skips_a_rewrite_that_fails_and_proposes_the_next_place() {
    RewriteRule failing = new FixedRule("failing", RewriteResult.failed("no"));
    var proposer = new HeuristicProposer(List.of(failing, new PrecompileRegexRule()));

    Proposal p = proposer.propose(Goal.DEFAULT, context(Set.of(), path -> false)).orElseThrow();

    assertThat(p.provenance().source()).isEqualTo("precompile-regex");
  }

  @Test
  void proposes_a_rewrite_that_no_longer_parses_so_the_loop_can_drop_it_with_its_reason() {
    RewriteRule broken = new FixedRule("broken", RewriteResult.rewritten("class {", ""));
    var proposer = new HeuristicProposer(List.of(broken, new PrecompileRegexRule()));

    Proposal p = proposer.propose(Goal.DEFAULT, context(Set.of(), path -> false)).orElseThrow();

    assertThat(p.provenance().source()).isEqualTo("broken");
    assertThat(p.patch().edits().get(0).after()).isEqualTo("class {");
  }

  @Test
  void has_nothing_to_propose_when_every_place_was_tried() {
    var proposer = new HeuristicProposer();
    Set<String> tried = new HashSet<>(allKeys(proposer, path -> false));

    assertThat(proposer.propose(Goal.DEFAULT, context(tried, path -> false))).isEmpty();
    assertThat(proposer.name()).isEqualTo("heuristic");
  }

  @Test
  void rejects_two_rules_with_the_same_id() {
    assertThatThrownBy(
            () ->
                new HeuristicProposer(
                    List.of(new PrecompileRegexRule(), new PrecompileRegexRule())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The keys a session would be offered, one proposal after another, each marked as tried. */
  private List<String> allKeys(HeuristicProposer proposer, Predicate<String> isProtected) {
    var tried = new HashSet<String>();
    var keys = new ArrayList<String>();
    for (Optional<Proposal> p = proposer.propose(Goal.DEFAULT, context(tried, isProtected));
        p.isPresent();
        p = proposer.propose(Goal.DEFAULT, context(tried, isProtected))) {
      assertThat(tried).as("proposed twice").doesNotContain(p.get().key());
      keys.add(p.get().key());
      tried.add(p.get().key());
    }
    return keys;
  }

  private ProposalContext context(Set<String> tried, Predicate<String> isProtected) {
    return new ProposalContext(tree, CodeIndex.build(tree), tried, isProtected);
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(tree.resolve(path).getParent());
    Files.writeString(tree.resolve(path), text);
  }

  /** A rule that applies at the first line of every file and always answers the same. */
  private record FixedRule(String id, RewriteResult result) implements RewriteRule {
    @Override
    public String description() {
      return "answers " + result;
    }

    @Override
    public List<Place> find(CompilationUnit unit) {
      return List.of(new Place(1, 1, "X#y", "do " + id, "because", "code"));
    }

    @Override
    public RewriteResult rewrite(String source, Place place) {
      return result;
    }
  }
}
