package dev.kaizen.agent.cli;

import dev.kaizen.agent.api.InitResult;
import dev.kaizen.agent.api.Kaizen;
import dev.kaizen.agent.config.ProjectDefaults;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen init}: writes a {@code kaizen.yml} from what the repository shows. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Writes kaizen.yml at the repository's root from what it detects (build, tests, JMH benchmarks); never overwrites one.")
final class InitCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Override
  public Integer call() {
    try (Kaizen kaizen = root.kaizen()) {
      InitResult r = kaizen.init();
      if (root.json) {
        JsonDocuments.print(root.out, JsonDocuments.init(r));
      } else if (!r.suggested().isEmpty()) {
        root.out.println(
            "wrote "
                + r.written()
                + " for a Maven project with "
                + ProjectDefaults.found(r.suggested())
                + ": its tests gate every change,");
        r.suggested().forEach(s -> s.summary().forEach(root.out::println));
      } else {
        root.out.println(
            "wrote " + r.written() + " for a Maven project: its tests gate every change.");
        root.out.println(
            "Add a benchmark as a 'command' eval with a target metric, so Kaizen knows what to make better; then commit kaizen.yml.");
      }
      return Main.OK;
    }
  }
}
