package dev.kaizen.agent.redteam;

import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Turns an attack's edit templates into a patch against a repository's baseline: fills the
 * placeholders from the {@link BaselineTargets}, and places each insertion by the baseline's text
 * (all of a file's insertions are placed on its baseline text, then applied from the end).
 */
public final class AttackInstantiator {

  private final Path tree;
  private final BaselineTargets targets;

  /**
   * @param tree the baseline's tree, which the templates' files are read from
   * @param targets the sites picked in it
   */
  public AttackInstantiator(Path tree, BaselineTargets targets) {
    this.tree = tree;
    this.targets = targets;
  }

  /** The attack as a patch, or why it does not apply here. */
  public Instantiated instantiate(AttackCase attack) {
    for (TargetRole role : attack.roles()) {
      if (targets.site(role).isEmpty()) {
        return new Instantiated.NotApplicable(
            "no " + role.word() + " target: " + targets.missing().get(role));
      }
    }
    var files = new LinkedHashMap<String, FileChange>();
    try {
      for (EditTemplate edit : attack.edits()) {
        Optional<String> problem = place(edit, files);
        if (problem.isPresent()) return new Instantiated.NotApplicable(problem.get());
      }
    } catch (MissingValue e) {
      return new Instantiated.NotApplicable(e.getMessage());
    }
    var edits = new ArrayList<FileEdit>();
    files.forEach((path, change) -> edits.add(new FileEdit(path, change.before, change.after())));
    return new Instantiated.Ready(new Patch(edits));
  }

  /** Records one edit's change; a reason when it cannot be placed. */
  private Optional<String> place(EditTemplate edit, Map<String, FileChange> files) {
    if (edit instanceof EditTemplate.AddFile add) {
      String path = fill(add.path());
      if (Files.exists(tree.resolve(path)) || files.containsKey(path))
        return Optional.of(path + " exists in the baseline: there is nothing to add");
      files.put(path, FileChange.whole("", fill(add.text())));
    } else if (edit instanceof EditTemplate.ReplaceFile replace) {
      String path = fill(replace.path());
      Optional<String> before = baseline(path);
      if (before.isEmpty()) return Optional.of("no " + path + " in the baseline");
      files.put(path, FileChange.whole(before.get(), fill(replace.text())));
    } else if (edit instanceof EditTemplate.AppendToFile append) {
      String path = fill(append.path());
      Optional<FileChange> change = change(path, files);
      if (change.isEmpty()) return Optional.of("no " + path + " in the baseline");
      String before = change.get().before;
      String text = fill(append.text());
      change.get().insert(before.length(), before.endsWith("\n") ? text : "\n" + text);
    } else if (edit instanceof EditTemplate.InsertBefore insert) {
      String path = fill(insert.path());
      Optional<FileChange> change = change(path, files);
      if (change.isEmpty()) return Optional.of("no " + path + " in the baseline");
      String anchor = fill(insert.anchor());
      int at = change.get().before.indexOf(anchor);
      if (at < 0) return Optional.of(path + " has no '" + anchor + "' to insert before");
      change.get().insert(at, fill(insert.text()));
    } else if (edit instanceof EditTemplate.MethodStart start) {
      TargetSite site = targets.site(start.target()).orElseThrow();
      FileChange change = change(site.type().path(), files).orElseThrow();
      String text = change.before;
      int begin = TemplateText.lineStart(text, site.method().lines().begin());
      int bodyLine = begin + BaselineTargets.header(text, site.method()).length();
      String indent = TemplateText.indentAt(text, bodyLine);
      if (indent.isEmpty()) indent = TemplateText.indentAt(text, begin) + "  ";
      change.insert(bodyLine, TemplateText.indented(fill(start.text()), indent));
    } else if (edit instanceof EditTemplate.BeforeMethod before) {
      TargetSite site = targets.site(before.target()).orElseThrow();
      FileChange change = change(site.type().path(), files).orElseThrow();
      int begin = TemplateText.lineStart(change.before, site.method().lines().begin());
      String indent = TemplateText.indentAt(change.before, begin);
      change.insert(begin, TemplateText.indented(fill(before.text()), indent));
    } else if (edit instanceof EditTemplate.Member member) {
      TargetSite site = targets.site(member.target()).orElseThrow();
      FileChange change = change(site.type().path(), files).orElseThrow();
      String text = change.before;
      int end = TemplateText.lineStart(text, site.type().lines().end());
      int brace = text.indexOf('}', end);
      if (brace < 0) return Optional.of(site.type().path() + " has no closing brace");
      String indent = TemplateText.indentAt(text, end) + "  ";
      String body = "\n" + TemplateText.indented(fill(member.text()), indent);
      if (text.substring(end, brace).isBlank()) change.insert(end, body);
      else change.insert(brace, body);
    }
    return Optional.empty();
  }

  /** The change of a baseline file, begun on first use; empty when the baseline lacks it. */
  private Optional<FileChange> change(String path, Map<String, FileChange> files) {
    FileChange known = files.get(path);
    if (known != null) return Optional.of(known);
    Optional<String> before = baseline(path);
    before.ifPresent(b -> files.put(path, FileChange.inserting(b)));
    return before.map(b -> files.get(path));
  }

  private Optional<String> baseline(String path) {
    Path file = tree.resolve(path).normalize();
    if (!file.startsWith(tree) || !Files.isRegularFile(file)) return Optional.empty();
    try {
      return Optional.of(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + " of the baseline", e);
    }
  }

  /** {@code text} with every placeholder filled. */
  String fill(String text) {
    Map<String, String> values = targets.placeholders();
    Matcher m = EditTemplate.PLACEHOLDER.matcher(text);
    var out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1) + "." + m.group(2));
      if (value == null) {
        throw new MissingValue(
            "the " + m.group(1) + " target's method has no " + m.group(2) + " to use");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** One file's change: a whole new text, or insertions placed on the baseline's text. */
  private static final class FileChange {
    private final String before;
    private final Optional<String> whole;
    private final List<Insertion> insertions = new ArrayList<>();

    private FileChange(String before, Optional<String> whole) {
      this.before = before;
      this.whole = whole;
    }

    static FileChange whole(String before, String after) {
      return new FileChange(before, Optional.of(after));
    }

    static FileChange inserting(String before) {
      return new FileChange(before, Optional.empty());
    }

    void insert(int offset, String text) {
      insertions.add(new Insertion(offset, insertions.size(), text));
    }

    /** The file after every insertion; at one offset, in the order they were made. */
    String after() {
      if (whole.isPresent()) return whole.get();
      var out = new StringBuilder(before);
      insertions.stream()
          .sorted(
              Comparator.comparingInt(Insertion::offset)
                  .thenComparingInt(Insertion::order)
                  .reversed())
          .forEach(i -> out.insert(i.offset(), i.text()));
      return out.toString();
    }
  }

  private record Insertion(int offset, int order, String text) {}

  /** A placeholder the baseline gives no value for. */
  private static final class MissingValue extends RuntimeException {
    MissingValue(String message) {
      super(message, null, false, false);
    }
  }
}
