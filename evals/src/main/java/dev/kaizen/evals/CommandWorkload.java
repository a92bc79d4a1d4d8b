package dev.kaizen.evals;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a command line runs as its workload, read from its words so that a candidate may not touch
 * it. The rules are conservative: a word that might name the workload protects it.
 *
 * <ul>
 *   <li>A class name ({@code com.example.Bench}, {@code com.example.Bench$Inner}, a JMH benchmark
 *       {@code com.example.Bench.parse}, also after {@code =} as in {@code
 *       -Dexec.mainClass=com.example.Bench}) protects its source in any module: {@code **}{@code
 *       /com/example/Bench.*}; a capitalised word without a package ({@code Bench}) protects every
 *       file named {@code Bench.*}.
 *   <li>A file or folder of the tree ({@code ./bench.sh}, {@code data/input.txt}, a module named
 *       with {@code -pl bench}), also inside a class path or after {@code =}, protects that file,
 *       or the folder and everything below it. The root itself ({@code .}) and build output
 *       (anything under a {@code target} folder) protect nothing.
 *   <li>The jar after {@code -jar} runs a main class Kaizen cannot see: a jar built by a module
 *       ({@code m/target/x.jar}, {@code m/build/libs/x.jar}) protects that module's sources ({@code
 *       m/src/**}; the whole {@code src/**} for a jar built at the root). To protect less, name the
 *       main class instead: {@code java -cp m/target/x.jar com.example.Bench}.
 * </ul>
 *
 * Globs are {@code .gitignore}-style and relative to the root; one without a slash matches at any
 * depth, one starting with {@code /} only at the root.
 *
 * @param classes globs of the sources of the classes the command names
 * @param paths globs of the files and folders of the tree it names
 * @param programs the folders (relative to the root, "/"-separated, empty for the root) of the
 *     modules whose jars it runs with {@code -jar}
 */
public record CommandWorkload(List<String> classes, List<String> paths, List<String> programs) {

  /** Splits a command line into words: white space, quotes and the shell's operators. */
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s;&|<>()'\"`]+");

  /** Splits a word into parts: class paths, {@code -Dkey=value}, lists. */
  private static final Pattern PART_BREAK = Pattern.compile("[:=,]");

  private static final Pattern CLASS =
      Pattern.compile("((?:[a-z_][A-Za-z0-9_]*\\.)*)([A-Z][A-Za-z0-9_]*)(?:[.$][A-Za-z0-9_$]*)*");

  private static final Pattern MODULE_JAR =
      Pattern.compile("(?:(.+)/)?(?:target|build/libs)/[^/]+\\.jar");

  public CommandWorkload {
    classes = List.copyOf(classes);
    paths = List.copyOf(paths);
    programs = List.copyOf(programs);
  }

  /**
   * What {@code command} names in the tree at {@code tree} (the trusted baseline, whose files tell
   * a path from a word).
   */
  public static CommandWorkload of(String command, Path tree) {
    Objects.requireNonNull(command, "command");
    Path root = tree.toAbsolutePath().normalize();
    var classes = new LinkedHashSet<String>();
    var paths = new LinkedHashSet<String>();
    var programs = new LinkedHashSet<String>();
    String[] words = WORD_BREAK.split(command.strip());
    for (int i = 0; i < words.length; i++) {
      if (i > 0 && words[i - 1].equals("-jar")) module(words[i]).ifPresent(programs::add);
      for (String part : PART_BREAK.split(words[i])) {
        if (part.isEmpty() || part.startsWith("-")) continue;
        Matcher m = CLASS.matcher(part);
        if (m.matches()) {
          String pkg = m.group(1).replace('.', '/');
          classes.add((pkg.isEmpty() ? "" : "**/" + pkg) + m.group(2) + ".*");
        }
        path(root, part).ifPresent(paths::add);
      }
    }
    return new CommandWorkload(List.copyOf(classes), List.copyOf(paths), List.copyOf(programs));
  }

  /** Every glob: the classes, the paths and the sources of the program modules. */
  public List<String> globs() {
    var globs = new LinkedHashSet<String>(classes);
    globs.addAll(paths);
    programs.forEach(m -> globs.add(m.isEmpty() ? "src/**" : m + "/src/**"));
    return List.copyOf(globs);
  }

  /** The module that builds {@code jar}, when it is a module's build output. */
  private static Optional<String> module(String jar) {
    String path = jar.startsWith("./") ? jar.substring(2) : jar;
    Matcher m = MODULE_JAR.matcher(path);
    if (!m.matches()) return Optional.empty();
    String module = m.group(1) == null ? "" : m.group(1);
    if (module.startsWith("/") || List.of(module.split("/")).contains("..")) {
      return Optional.empty();
    }
    return Optional.of(module);
  }

  /** A glob for {@code word} when it names a file or folder inside the tree. */
  private static Optional<String> path(Path root, String word) {
    if (word.contains("$") || word.contains("*") || word.contains("{") || word.startsWith("~")) {
      return Optional.empty();
    }
    Path resolved;
    try {
      resolved = root.resolve(word).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (!resolved.startsWith(root) || resolved.equals(root)) return Optional.empty();
    String relative = root.relativize(resolved).toString().replace('\\', '/');
    if (List.of(relative.split("/")).contains("target")) return Optional.empty();
    if (Files.isDirectory(resolved, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(relative + "/**");
    }
    if (Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(relative.contains("/") ? relative : "/" + relative);
    }
    return Optional.empty();
  }
}
