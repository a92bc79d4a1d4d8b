package dev.kaizen.agent.cli;

import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.index.MethodInfo;
import dev.kaizen.agent.index.ParseProblem;
import dev.kaizen.agent.index.TypeInfo;
import dev.kaizen.agent.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen index}: the repo map, or the index as JSON. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Indexes the repository's Java sources and prints the repo map (types and method signatures), or with --json every type and method.")
final class IndexCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Option(names = "--map-tokens", paramLabel = "N", defaultValue = "2048",
      description = "The repo map's budget in tokens (default: ${DEFAULT-VALUE}).")
  int mapTokens;

  @Option(names = "--focus", paramLabel = "TEXT", description = "Rank types and methods whose names match TEXT first.")
  String focus;

  @Override
  public Integer call() {
    if (mapTokens < 1) throw new UsageException("--map-tokens must be at least 1");
    Path dir = gitRoot(root.repoOrCurrentDirectory());
    CodeIndex index = CodeIndex.build(dir);
    if (root.json) {
      var m = new LinkedHashMap<String, Object>();
      m.put("root", dir.toString());
      m.put("files", index.files().size());
      m.put("types", index.types().stream().map(IndexCommand::type).toList());
      m.put("problems", index.problems().stream().map(ParseProblem::toString).toList());
      root.out.print(Json.pretty(m));
    } else {
      root.out.print(index.renderMap(mapTokens, Optional.ofNullable(focus)));
      if (!index.problems().isEmpty()) {
        root.err.println(index.problems().size() + " file(s) did not parse; see --json for the problems");
      }
    }
    return Main.OK;
  }

  private static Path gitRoot(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) throw new UsageException("no such directory: " + dir);
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) return p;
    }
    return dir;
  }

  private static Map<String, Object> type(TypeInfo t) {
    var m = new LinkedHashMap<String, Object>();
    m.put("name", t.qualifiedName());
    m.put("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("path", t.path());
    m.put("test", t.test());
    m.put("lines", List.of(t.lines().begin(), t.lines().end()));
    t.summary().ifPresent(s -> m.put("summary", s));
    var methods = new ArrayList<Map<String, Object>>();
    for (MethodInfo mi : t.methods()) {
      var mm = new LinkedHashMap<String, Object>();
      mm.put("name", mi.name());
      mm.put("signature", mi.signature());
      mm.put("lines", List.of(mi.lines().begin(), mi.lines().end()));
      mi.summary().ifPresent(s -> mm.put("summary", s));
      methods.add(mm);
    }
    m.put("methods", methods);
    return m;
  }
}
