package dev.kaizen.agent.cli;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.Quantities;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.config.ConfigReader;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.config.ProjectDefaults;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.loop.Project;
import dev.kaizen.sandbox.support.Directories;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen sandbox}: the sandbox on its own, to debug a setup. */
@picocli.CommandLine.Command(name = "sandbox", mixinStandardHelpOptions = true,
    description = "The sandbox on its own: run one command the way evals run.",
    subcommands = SandboxCommand.Exec.class)
final class SandboxCommand implements Runnable {

  @ParentCommand KaizenCommand root;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(root.out);
  }

  /** {@code kaizen sandbox exec --tree DIR -- CMD...}. */
  @picocli.CommandLine.Command(name = "exec", mixinStandardHelpOptions = true,
      description = {
          "Runs one command in the configured sandbox on a copy of DIR (DIR itself is never changed) and prints the result.",
          "The sandbox settings come from --config, else DIR/kaizen.yml, else the defaults."})
  static final class Exec implements Callable<Integer> {

    @ParentCommand SandboxCommand parent;

    @Option(names = "--tree", paramLabel = "DIR", required = true, description = "The directory the command runs in (copied first).")
    Path tree;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Wall-clock limit, like 90s or 10m (default: sandbox.timeout).")
    String timeout;

    @Parameters(paramLabel = "CMD", arity = "1..*", description = "The command and its arguments (put -- before it).")
    List<String> command;

    @Override
    public Integer call() {
      KaizenCommand root = parent.root;
      Path dir = tree.toAbsolutePath().normalize();
      if (!Files.isDirectory(dir)) throw new UsageException("--tree " + tree + ": no such directory");
      KaizenConfig config = config(root, dir);
      Limits limits = config.sandbox().limits();
      if (timeout != null) {
        try {
          limits = limits.withTimeout(Quantities.duration(timeout));
        } catch (IllegalArgumentException e) {
          throw new UsageException("--timeout: " + e.getMessage());
        }
      }
      ConsoleProgress progress = root.progress();
      Path copy = copy(dir);
      try (Sandbox sandbox = Project.openSandbox(config, progress)) {
        ExecResult r = sandbox.exec(new Command(command, java.util.Map.of()), copy, limits);
        if (root.json) {
          var m = new LinkedHashMap<String, Object>();
          m.put("backend", sandbox.backend());
          m.put("exitCode", r.exitCode());
          m.put("stdout", r.stdout());
          m.put("stderr", r.stderr());
          m.put("elapsedMs", r.elapsed().toMillis());
          m.put("timedOut", r.timedOut());
          m.put("oomKilled", r.oomKilled());
          m.put("truncated", r.truncated());
          root.out.print(Json.pretty(m));
        } else {
          root.out.print(r.stdout());
          if (!r.stdout().isEmpty() && !r.stdout().endsWith("\n")) root.out.println();
          root.err.print(r.stderr());
          if (!r.stderr().isEmpty() && !r.stderr().endsWith("\n")) root.err.println();
          root.err.println("[" + sandbox.backend() + " sandbox] " + r.summary()
              + (r.truncated() ? "; output truncated (the tail is kept)" : ""));
        }
        return Main.OK;
      } finally {
        Directories.deleteQuietly(copy);
      }
    }

    private static KaizenConfig config(KaizenCommand root, Path dir) {
      KaizenConfig defaults = ProjectDefaults.detect(dir);
      Path file = root.configFile().orElse(dir.resolve(Project.CONFIG_FILE));
      if (!Files.isRegularFile(file)) {
        if (root.configFile().isPresent()) throw new UsageException("--config " + file + ": no such file");
        return defaults;
      }
      try {
        return ConfigReader.read(Files.readString(file), file.getFileName().toString(), file.toString(), defaults);
      } catch (IOException e) {
        throw new UsageException("cannot read " + file + ": " + e.getMessage());
      }
    }

    private static Path copy(Path source) {
      try {
        Path target = Files.createTempDirectory("kaizen-sandbox-exec-");
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
            if (!d.equals(source) && d.getFileName().toString().equals(".git")) return FileVisitResult.SKIP_SUBTREE;
            Files.createDirectories(target.resolve(source.relativize(d).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
            Files.copy(f, target.resolve(source.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                LinkOption.NOFOLLOW_LINKS);
            return FileVisitResult.CONTINUE;
          }
        });
        return target;
      } catch (IOException e) {
        throw new EnvironmentException("cannot copy " + source + " for the sandbox: " + e.getMessage(), e);
      }
    }
  }
}
