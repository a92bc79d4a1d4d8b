package dev.kaizen.agent.cli;

import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.config.ProjectDefaults;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.loop.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen init}: writes a {@code kaizen.yml} from what the repository shows. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Writes kaizen.yml at the repository's root from what it detects (build, tests); never overwrites one.")
final class InitCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Override
  public Integer call() {
    try (Project project = Project.open(root.repoOrCurrentDirectory(), root.workspaceDir())) {
      Path tree = project.workspace().userTree();
      Path file = tree.resolve(Project.CONFIG_FILE);
      boolean maven = Files.isRegularFile(tree.resolve("pom.xml"));
      if (!maven) {
        throw new UsageException("no build detected in " + tree + " (Kaizen supports Maven projects: pom.xml); write kaizen.yml by hand");
      }
      String text = KaizenYml.maven();
      try {
        Files.writeString(file, text, StandardOpenOption.CREATE_NEW);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        throw new UsageException(file + " already exists; Kaizen never overwrites it");
      } catch (IOException e) {
        throw new dev.kaizen.agent.EnvironmentException("cannot write " + file + ": " + e.getMessage(), e);
      }
      if (root.json) {
        root.out.print(Json.pretty(Map.of("written", file.toString(), "detected", "maven")));
      } else {
        root.out.println("wrote " + file + " for a Maven project: its tests gate every change.");
        root.out.println("Add a benchmark as a 'command' eval with a target metric, so Kaizen knows what to make better; then commit kaizen.yml.");
      }
      return Main.OK;
    }
  }

  /** The text {@code init} writes. */
  static final class KaizenYml {

    private KaizenYml() {}

    static String maven() {
      return """
          # Kaizen's settings for this repository: what "better" means and how it is measured.
          # Every key is optional; an unknown key or a bad value is an error naming its line.

          # Runs once on the host, with network, in a copy of the trusted baseline, to fill the
          # Maven repository so that the sandbox can build offline. Never runs on a candidate.
          prepare: %s

          # Builds each tree once before its evals run.
          build: %s

          evals:
            - id: tests              # must pass on every candidate; the test count must not drop
              type: junit
              command: %s
            # A target metric is what Kaizen tries to improve. Add a benchmark whose last line of
            # output is a JSON object of metrics, for example:
            # - id: speed
            #   type: command
            #   command: java -cp target/classes com.example.Bench
            #   metrics:
            #     - {name: ms_per_op, better: lower, role: target}

          gate: {alpha: 0.01, min-effect: 0.01, pairs: {min: 10, max: 40}, guard-max-regression: 0.02}
          protected: [".github/**", "kaizen.yml", "**/src/test/**"]
          sandbox: {backend: auto, image: host, cpus: 1, memory: 2g, timeout: 10m, gpus: none}
          budget: {max-iterations: 20, max-wall: 2h}
          """.formatted(ProjectDefaults.MAVEN_PREPARE, ProjectDefaults.MAVEN_BUILD, ProjectDefaults.MAVEN_TEST);
    }
  }
}
