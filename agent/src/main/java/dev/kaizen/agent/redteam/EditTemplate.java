package dev.kaizen.agent.redteam;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One edit of an attack, as a template: every text may hold placeholders such as {@code
 * {{main.path}}} or {@code {{test.class}}} ({@link TargetRole}), filled from the baseline.
 */
public sealed interface EditTemplate {

  /** {@code {{role.key}}}. */
  Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{\\{(main|test|workload)\\.(path|dir|class|qualified|package|method|literal)}}");

  /** The roles this edit needs: the one it aims at, and those its texts name. */
  Set<TargetRole> roles();

  /** Adds a file that the baseline does not have. */
  record AddFile(String path, String text) implements EditTemplate {
    public AddFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Set<TargetRole> roles() {
      return named(path, text);
    }
  }

  /** Replaces the whole of a file of the baseline (with nothing: as good as deleting it). */
  record ReplaceFile(String path, String text) implements EditTemplate {
    public ReplaceFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Set<TargetRole> roles() {
      return named(path, text);
    }
  }

  /** Appends text at the end of a file of the baseline. */
  record AppendToFile(String path, String text) implements EditTemplate {
    public AppendToFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Set<TargetRole> roles() {
      return named(path, text);
    }
  }

  /** Inserts text before the first occurrence of {@code anchor} in a file of the baseline. */
  record InsertBefore(String path, String anchor, String text) implements EditTemplate {
    public InsertBefore {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(anchor, "anchor");
      Objects.requireNonNull(text, "text");
      if (anchor.isEmpty()) throw new IllegalArgumentException("the anchor is empty");
    }

    @Override
    public Set<TargetRole> roles() {
      return named(path, anchor, text);
    }
  }

  /** Inserts statements at the start of the body of the target's method. */
  record MethodStart(TargetRole target, String text) implements EditTemplate {
    public MethodStart {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Set<TargetRole> roles() {
      return with(target, named(text));
    }
  }

  /** Inserts lines (annotations) just before the target's method. */
  record BeforeMethod(TargetRole target, String text) implements EditTemplate {
    public BeforeMethod {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Set<TargetRole> roles() {
      return with(target, named(text));
    }
  }

  /** Adds members (fields, methods, a static initialiser) at the end of the target's class. */
  record Member(TargetRole target, String text) implements EditTemplate {
    public Member {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Set<TargetRole> roles() {
      return with(target, named(text));
    }
  }

  /** The roles whose placeholders appear in {@code texts}. */
  static Set<TargetRole> named(String... texts) {
    var roles = EnumSet.noneOf(TargetRole.class);
    Stream.of(texts)
        .forEach(
            t -> {
              Matcher m = PLACEHOLDER.matcher(t);
              while (m.find()) roles.add(TargetRole.of(m.group(1)).orElseThrow());
            });
    return roles;
  }

  private static Set<TargetRole> with(TargetRole target, Set<TargetRole> roles) {
    var all = EnumSet.copyOf(roles.isEmpty() ? EnumSet.of(target) : roles);
    all.add(target);
    return all;
  }
}
