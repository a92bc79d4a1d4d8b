package dev.kaizen.agent.llm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code llm} proposer's templates, as packaged into the jar from {@code prompts/}.
 *
 * @param system the system message of every exchange
 * @param propose the first request of an iteration
 * @param repair a repair round's request
 * @param diagnose the section of a request that says why the previous candidate failed
 */
public record PromptTemplates(
    PromptTemplate system, PromptTemplate propose, PromptTemplate repair, PromptTemplate diagnose) {

  /** What each template must have, and nothing else: the proposer fills exactly these. */
  static final Map<String, Set<String>> PLACEHOLDERS =
      Map.of(
          "system", Set.of(),
          "propose",
              Set.of(
                  "goal",
                  "metrics",
                  "journal",
                  "diagnosis",
                  "feedback",
                  "hotspots",
                  "repo_map",
                  "files"),
          "repair", Set.of("failure"),
          "diagnose", Set.of("summary", "decision", "reasons", "details"));

  public PromptTemplates {
    for (PromptTemplate t : new PromptTemplate[] {system, propose, repair, diagnose}) {
      Objects.requireNonNull(t, "template");
      if (!t.placeholders().equals(PLACEHOLDERS.get(t.name()))) {
        throw new IllegalArgumentException(
            "prompts/"
                + t.name()
                + ".md must have the placeholders "
                + PLACEHOLDERS.get(t.name())
                + ", not "
                + t.placeholders());
      }
    }
  }

  /** The templates packaged with Kaizen. */
  public static PromptTemplates packaged() {
    return new PromptTemplates(load("system"), load("propose"), load("repair"), load("diagnose"));
  }

  private static PromptTemplate load(String name) {
    String resource = "prompts/" + name + ".md";
    try (InputStream in = PromptTemplates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("the agent jar lacks " + resource);
      return new PromptTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read " + resource + " from the agent jar: " + e.getMessage(), e);
    }
  }
}
