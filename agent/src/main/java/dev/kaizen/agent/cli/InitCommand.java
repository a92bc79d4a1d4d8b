package dev.kaizen.agent.cli;

import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.config.ProjectDefaults;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.loop.Project;
import dev.kaizen.evals.EvalSuggestion;
import dev.kaizen.evals.types.EvalTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen init}: writes a {@code kaizen.yml} from what the repository shows. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Writes kaizen.yml at the repository's root from what it detects (build, tests, JMH benchmarks); never overwrites one.")
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
      List<EvalSuggestion> suggested = EvalTypes.standard().suggest(tree);
      String text = suggested.isEmpty() ? KaizenYml.maven() : KaizenYml.mavenWith(suggested);
      try {
        Files.writeString(file, text, StandardOpenOption.CREATE_NEW);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        throw new UsageException(file + " already exists; Kaizen never overwrites it");
      } catch (IOException e) {
        throw new dev.kaizen.agent.EnvironmentException("cannot write " + file + ": " + e.getMessage(), e);
      }
      if (root.json) {
        String detected = "maven" + String.join("", suggested.stream().map(s -> "+" + s.eval().type().id()).toList());
        var json = new LinkedHashMap<String, Object>();
        json.put("written", file.toString());
        json.put("detected", detected);
        root.out.print(Json.pretty(json));
      } else if (!suggested.isEmpty()) {
        root.out.println("wrote " + file + " for a Maven project with " + ProjectDefaults.found(suggested)
            + ": its tests gate every change,");
        suggested.forEach(s -> s.summary().forEach(root.out::println));
      } else {
        root.out.println("wrote " + file + " for a Maven project: its tests gate every change.");
        root.out.println("Add a benchmark as a 'command' eval with a target metric, so Kaizen knows what to make better; then commit kaizen.yml.");
      }
      return Main.OK;
    }
  }
}
