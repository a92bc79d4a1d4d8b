package dev.kaizen.agent.cli;

import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.api.IndexResult;
import dev.kaizen.agent.api.Kaizen;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen index}: the repo map, or the index as JSON. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description =
        "Indexes the repository's Java sources and prints the repo map (types and method signatures), or with --json every type and method.")
final class IndexCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Option(
      names = "--map-tokens",
      paramLabel = "N",
      defaultValue = "2048",
      description = "The repo map's budget in tokens (default: ${DEFAULT-VALUE}).")
  int mapTokens;

  @Option(
      names = "--focus",
      paramLabel = "TEXT",
      description = "Rank types and methods whose names match TEXT first.")
  String focus;

  @Override
  public Integer call() {
    if (mapTokens < 1) throw new UsageException("--map-tokens must be at least 1");
    try (Kaizen kaizen = root.kaizen()) {
      IndexResult r = kaizen.index();
      if (root.json) {
        JsonDocuments.print(root.out, JsonDocuments.index(r));
      } else {
        root.out.print(r.index().renderMap(mapTokens, Optional.ofNullable(focus)));
        if (!r.index().problems().isEmpty()) {
          root.err.println(
              r.index().problems().size() + " file(s) did not parse; see --json for the problems");
        }
      }
      return Main.OK;
    }
  }
}
