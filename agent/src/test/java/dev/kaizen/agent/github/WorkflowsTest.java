package dev.kaizen.agent.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The repository's GitHub workflows and its composite action, read as YAML: what triggers them,
 * which job holds the model key (propose, which runs no repository code), that the job running
 * candidate code (improve) holds no secret and no token, which job may write (publish), and that no
 * secret or event text is pasted into a script. What only GitHub can show (that the runs succeed)
 * is not tested here.
 */
class WorkflowsTest {

  private static final Path GITHUB = repositoryRoot().resolve(".github");
  private static final Path CI = GITHUB.resolve("workflows/ci.yml");
  private static final Path KAIZEN = GITHUB.resolve("workflows/kaizen.yml");
  private static final Path ACTION = GITHUB.resolve("actions/kaizen/action.yml");

  private static final Pattern PINNED =
      Pattern.compile("[\\w.-]+/[\\w./-]+@(v\\d+(\\.\\d+){0,2}|[0-9a-f]{40})");
  private static final Pattern SECRET = Pattern.compile("secrets\\.([A-Za-z_][A-Za-z0-9_]*)");
  private static final Set<String> WRITE_SCOPES_ALLOWED_TO_PUBLISH =
      Set.of("contents", "pull-requests");

  @Test
  void every_workflow_and_the_action_parse() throws IOException {
    List<Path> workflows;
    try (Stream<Path> files = Files.list(GITHUB.resolve("workflows"))) {
      workflows =
          files
              .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
              .sorted()
              .toList();
    }

    assertThat(workflows).as("the workflows").contains(CI, KAIZEN);
    for (Path workflow : workflows) {
      Map<String, Object> w = load(workflow);
      assertThat(w).as(workflow.toString()).containsKeys("name", "jobs");
      assertThat(triggers(w)).as("%s names its triggers under 'on'", workflow).isNotEmpty();
      assertThat(map(w.get("jobs"))).as("%s has jobs", workflow).isNotEmpty();
    }
    Map<String, Object> action = load(ACTION);
    assertThat(action).containsKeys("name", "description", "inputs", "outputs", "runs");
    assertThat(map(action.get("runs"))).containsEntry("using", "composite");
  }

  @Test
  void ci_builds_and_tests_on_every_push_and_pull_request_with_read_access_only() {
    Map<String, Object> ci = load(CI);

    assertThat(triggers(ci)).containsKeys("push", "pull_request");
    assertThat(map(ci.get("permissions"))).containsExactly(Map.entry("contents", "read"));
    assertThat(scripts(ci))
        .as("ci runs .ci/run, the README's test command with a Docker engine")
        .contains(".ci/run");
  }

  @Test
  void kaizen_runs_weekly_by_hand_and_on_a_comment() {
    Map<String, Object> w = load(KAIZEN);
    Map<String, Object> on = triggers(w);

    assertThat(w).containsEntry("name", "kaizen");
    assertThat(on).containsOnlyKeys("schedule", "workflow_dispatch", "issue_comment");
    assertThat(list(on.get("schedule")))
        .singleElement()
        .satisfies(s -> assertThat(map(s)).containsKey("cron"));
    assertThat(map(map(on.get("workflow_dispatch")).get("inputs")))
        .containsOnlyKeys("iterations", "goal", "proposer");
    assertThat(list(map(on.get("issue_comment")).get("types"))).containsExactly("created");
    assertThat(map(w.get("concurrency")))
        .as("two sessions never race")
        .containsKey("group")
        .containsEntry("cancel-in-progress", false);
  }

  @Test
  void a_comment_counts_only_from_a_writer_on_one_of_kaizens_pull_requests() {
    Map<String, Object> trigger = job(load(KAIZEN), "trigger");
    String condition = String.valueOf(trigger.get("if"));
    String script = String.join("\n", scripts(trigger));

    assertThat(condition)
        .contains(
            "github.event.issue.pull_request",
            "startsWith(github.event.comment.body, '/kaizen')",
            "OWNER",
            "MEMBER",
            "COLLABORATOR",
            "author_association");
    assertThat(script)
        .as("the script asks the API for the commenter's permission and the branch")
        .contains(
            "collaborators/$COMMENTER/permission",
            "admin|maintain|write",
            "kaizen/*",
            "head.repo.full_name");
    assertThat(map(trigger.get("permissions"))).containsExactly(Map.entry("pull-requests", "read"));
  }

  @Test
  void only_publish_can_write_and_it_runs_after_improve() {
    Map<String, Object> w = load(KAIZEN);
    Map<String, Object> jobs = map(w.get("jobs"));

    assertThat(map(w.get("permissions"))).as("the workflow grants nothing by default").isEmpty();
    assertThat(jobs).containsOnlyKeys("trigger", "propose", "improve", "publish");
    jobs.forEach(
        (name, job) -> {
          Map<String, Object> permissions = map(map(job).get("permissions"));
          assertThat(permissions).as("job %s names its permissions", name).isNotEmpty();
          permissions.forEach(
              (scope, level) -> {
                if (!name.equals("publish")) {
                  assertThat(level).as("job %s: %s", name, scope).isIn("read", "none");
                } else if ("write".equals(level)) {
                  assertThat(scope).as("publish writes").isIn(WRITE_SCOPES_ALLOWED_TO_PUBLISH);
                }
              });
        });
    assertThat(map(job(w, "propose").get("permissions")))
        .containsExactly(Map.entry("contents", "read"));
    assertThat(map(job(w, "improve").get("permissions")))
        .containsExactly(Map.entry("contents", "read"));
    assertThat(map(job(w, "publish").get("permissions")))
        .containsOnly(Map.entry("contents", "write"), Map.entry("pull-requests", "write"));
    assertThat(list(job(w, "publish").get("needs"))).contains("improve");
    assertThat(String.valueOf(job(w, "publish").get("if")))
        .as("publish also runs when propose was skipped (heuristic)")
        .contains(
            "!cancelled()", "needs.improve.result == 'success'", "needs.improve.outputs.accepted");
  }

  @Test
  void only_propose_holds_a_secret_and_it_is_the_model_key() {
    Map<String, Object> jobs = map(load(KAIZEN).get("jobs"));

    jobs.forEach(
        (name, job) -> {
          if (!name.equals("propose"))
            assertThat(secrets(flatten(job))).as("secrets job %s sees", name).isEmpty();
        });
    assertThat(secrets(flatten(jobs.get("propose"))))
        .as("secrets the propose job sees")
        .containsExactly("KAIZEN_API_KEY");
  }

  @Test
  void improve_runs_candidate_code_with_no_secret_and_no_token() {
    Map<String, Object> improve = job(load(KAIZEN), "improve");
    String text = flatten(improve);

    assertThat(text)
        .as("the job that runs candidate code")
        .doesNotContain("secrets.")
        .doesNotContain("GITHUB_TOKEN")
        .doesNotContain("github.token")
        .doesNotContain("github-token")
        .doesNotContain("api-key");
    assertCheckoutsKeepNoCredentials(improve, "improve");
    Map<String, Object> with = map(kaizenStep(improve).get("with"));
    assertThat(with)
        .containsEntry("mode", "improve")
        .containsEntry(
            "proposer", "${{ needs.propose.outputs.proposer == 'llm' && 'replay' || 'heuristic' }}")
        .containsEntry("proposals", "${{ needs.propose.outputs.artifact }}")
        .containsEntry("proposals-session", "${{ needs.propose.outputs.session }}")
        .containsEntry("iterations", "${{ needs.trigger.outputs.iterations }}")
        .doesNotContainKeys("api-key", "github-token");
  }

  @Test
  void with_the_llm_proposer_improve_needs_propose_and_replays_its_proposals() {
    Map<String, Object> w = load(KAIZEN);
    Map<String, Object> improve = job(w, "improve");
    String condition = String.valueOf(improve.get("if"));

    assertThat(list(improve.get("needs"))).containsExactlyInAnyOrder("trigger", "propose");
    assertThat(condition)
        .as("improve runs after propose, or without it (heuristic), never after it failed")
        .contains(
            "!cancelled()",
            "needs.propose.result == 'skipped'",
            "needs.propose.result == 'success'",
            "needs.propose.outputs.proposed",
            "needs.trigger.outputs.start == 'true'");
    assertThat(String.valueOf(job(w, "propose").get("if")))
        .as("no propose job when heuristic is asked for")
        .contains("needs.trigger.outputs.proposer != 'heuristic'");
    assertThat(map(kaizenStep(job(w, "propose")).get("with")).get("iterations"))
        .as("the same iterations in both jobs")
        .isEqualTo(map(kaizenStep(improve).get("with")).get("iterations"));
  }

  @Test
  void propose_holds_the_model_key_and_runs_no_repository_code() {
    Map<String, Object> propose = job(load(KAIZEN), "propose");
    String text = flatten(propose);

    assertThat(list(propose.get("needs"))).containsExactly("trigger");
    assertThat(text)
        .doesNotContain("GITHUB_TOKEN")
        .doesNotContain("github.token")
        .doesNotContain("github-token");
    assertCheckoutsKeepNoCredentials(propose, "propose");
    Map<String, Object> with = map(kaizenStep(propose).get("with"));
    assertThat(with)
        .containsEntry("mode", "propose")
        .containsEntry("api-key", "${{ secrets.KAIZEN_API_KEY }}")
        .doesNotContainKeys("proposals", "proposals-session");
    assertThat(scripts(propose))
        .as("propose's own script only chooses the proposer; it touches no checkout")
        .singleElement()
        .satisfies(
            script ->
                assertThat(script)
                    .doesNotContain("repo")
                    .doesNotContain("mvn")
                    .doesNotContain("java")
                    .doesNotContain("docker"));

    // What mode: propose does, in the action: Kaizen's --propose-only, and neither the sandbox nor
    // the cache
    List<Map<String, Object>> actionSteps = steps(map(load(ACTION).get("runs")));
    List<Map<String, Object>> inPropose =
        actionSteps.stream().filter(s -> mayRunIn(s, "propose")).toList();
    assertThat(inPropose)
        .as("steps of mode propose")
        .anySatisfy(
            s ->
                assertThat(String.valueOf(s.get("run")))
                    .contains("improve --json --propose-only --proposer llm"))
        .noneSatisfy(s -> assertThat(String.valueOf(s.get("run"))).contains("docker"))
        .noneSatisfy(s -> assertThat(String.valueOf(s.get("uses"))).startsWith("actions/cache@"))
        .noneSatisfy(
            s ->
                assertThat(String.valueOf(s.get("run")))
                    .contains("--proposer \"$KAIZEN_PROPOSER\""));
  }

  @Test
  void the_action_refuses_a_key_in_improve_and_replays_proposals_there() {
    Map<String, Object> action = load(ACTION);
    List<Map<String, Object>> steps = steps(map(action.get("runs")));
    Map<String, Object> setup =
        steps.stream().filter(s -> "setup".equals(s.get("id"))).findFirst().orElseThrow();
    Map<String, Object> improve =
        steps.stream().filter(s -> "improve".equals(s.get("id"))).findFirst().orElseThrow();

    assertThat(map(setup.get("env")))
        .containsEntry("KAIZEN_API_KEY_GIVEN", "${{ inputs.api-key != '' }}");
    assertThat(String.valueOf(setup.get("run")))
        .as("setup refuses a key in mode improve")
        .contains(
            "if [ \"$KAIZEN_API_KEY_GIVEN\" = true ]; then",
            "mode improve builds and runs candidate code and takes no api-key");
    assertThat(flatten(improve))
        .as("the improve step")
        .doesNotContain("api-key")
        .doesNotContain("KAIZEN_API_KEY")
        .doesNotContain("token");
    assertThat(String.valueOf(improve.get("run"))).contains("args+=(--from \"$KAIZEN_FROM\")");
    assertThat(steps)
        .anySatisfy(
            s -> {
              assertThat(String.valueOf(s.get("uses"))).startsWith("actions/download-artifact@");
              assertThat(String.valueOf(s.get("if")))
                  .isEqualTo("inputs.mode == 'improve' && inputs.proposals != ''");
              assertThat(map(s.get("with"))).containsEntry("name", "${{ inputs.proposals }}");
            });
  }

  @Test
  void publish_never_checks_out_or_builds_the_session_branch() {
    Map<String, Object> publish = job(load(KAIZEN), "publish");

    for (Map<String, Object> step : steps(publish)) {
      Map<String, Object> with = map(step.get("with"));
      if (String.valueOf(step.get("uses")).startsWith("actions/checkout@")) {
        assertThat(String.valueOf(with.get("ref")))
            .as("a checkout in publish: %s", step)
            .doesNotContain("needs.")
            .doesNotContain("kaizen/");
      }
    }
    assertThat(scripts(publish)).as("publish runs no script of its own").isEmpty();
    assertThat(steps(publish))
        .anySatisfy(
            s ->
                assertThat(map(s.get("with")))
                    .containsEntry("mode", "publish")
                    .containsEntry("branch", "${{ needs.improve.outputs.branch }}"));
  }

  @Test
  void every_action_used_is_pinned_to_a_version() {
    List<String> uses = new ArrayList<>();
    for (Path file : List.of(CI, KAIZEN, ACTION)) {
      walk(
          load(file),
          (key, value) -> {
            if (key.equals("uses")) uses.add(String.valueOf(value));
          });
    }

    assertThat(uses)
        .isNotEmpty()
        .allSatisfy(
            u ->
                assertThat(u.startsWith("./") || PINNED.matcher(u).matches())
                    .as("'%s' is a local action or owner/name@vN (or a full commit)", u)
                    .isTrue());
    assertThat(uses)
        .contains(
            "actions/checkout@v4",
            "actions/setup-java@v4",
            "actions/upload-artifact@v4",
            "actions/download-artifact@v4");
  }

  @Test
  void the_action_names_its_inputs_and_outputs() {
    Map<String, Object> action = load(ACTION);
    Map<String, Object> inputs = map(action.get("inputs"));
    Map<String, Object> outputs = map(action.get("outputs"));

    assertThat(inputs)
        .containsKeys(
            "mode",
            "path",
            "provider",
            "model",
            "base-url",
            "api-key",
            "proposer",
            "proposals",
            "proposals-session",
            "iterations",
            "max-usd",
            "goal",
            "draft",
            "artifact",
            "branch",
            "github-token");
    assertThat(map(inputs.get("draft"))).containsEntry("default", "true");
    assertThat(map(inputs.get("mode"))).containsEntry("default", "improve");
    assertThat(outputs).containsKeys("session", "branch", "accepted", "proposed", "artifact");
    outputs.forEach(
        (name, output) ->
            assertThat(String.valueOf(map(output).get("value")))
                .as("output %s comes from a step", name)
                .startsWith("${{ steps."));
  }

  @Test
  void the_action_builds_its_own_source_and_uploads_the_ledger_and_the_bundle() {
    Map<String, Object> action = load(ACTION);
    List<Map<String, Object>> steps = steps(map(action.get("runs")));
    String scripts = String.join("\n", scripts(action));

    assertThat(scripts)
        .contains(
            "$GITHUB_ACTION_PATH/../../..",
            "./mvnw -B -q -DskipTests package",
            "docker info",
            "improve --json",
            "--propose-only",
            "bundle create",
            "--api-key-env KAIZEN_API_KEY",
            " pr ");
    Map<String, Object> setupJava =
        steps.stream()
            .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java@"))
            .findFirst()
            .orElseThrow();
    assertThat(map(setupJava.get("with")))
        .containsEntry("distribution", "temurin")
        .containsEntry("java-version", "17");
    List<Map<String, Object>> uploads =
        steps.stream()
            .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-artifact@"))
            .toList();
    assertThat(uploads).as("one upload for mode improve, one for mode propose").hasSize(2);
    assertThat(uploads)
        .anySatisfy(
            u -> {
              assertThat(String.valueOf(u.get("if"))).contains("inputs.mode == 'improve'");
              assertThat(String.valueOf(map(u.get("with")).get("path")))
                  .contains("workspace/sessions", "session.bundle");
            });
    assertThat(uploads)
        .anySatisfy(
            u -> {
              assertThat(String.valueOf(u.get("if"))).contains("inputs.mode == 'propose'");
              assertThat(String.valueOf(map(u.get("with")).get("path")))
                  .contains("workspace/sessions/${{ steps.propose.outputs.session }}")
                  .doesNotContain("session.bundle");
            });
    assertThat(steps)
        .allSatisfy(
            s -> {
              if (s.containsKey("run"))
                assertThat(s).as("a composite step's shell").containsEntry("shell", "bash");
            });
  }

  @Test
  void the_api_key_reaches_only_kaizens_process_through_env() {
    Map<String, Object> action = load(ACTION);
    List<Map<String, Object>> withKey = new ArrayList<>();
    for (Map<String, Object> step : steps(map(action.get("runs")))) {
      assertThat(flatten(step.get("with")))
          .as("step %s passes no key to another action", step.get("name"))
          .doesNotContain("inputs.api-key");
      assertThat(String.valueOf(step.getOrDefault("if", ""))).doesNotContain("inputs.api-key");
      // whether a key was given is not the key
      String env = flatten(step.get("env")).replace("${{ inputs.api-key != '' }}", "");
      if (env.contains("inputs.api-key")) withKey.add(step);
    }

    assertThat(withKey)
        .as("steps that see the key")
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.get("if"))
                  .as("only mode propose's step sees the key")
                  .isEqualTo("inputs.mode == 'propose'");
              Map<String, Object> env = map(s.get("env"));
              assertThat(env).containsEntry("KAIZEN_API_KEY", "${{ inputs.api-key }}");
              assertThat(env.values())
                  .as("the key has one name only")
                  .filteredOn(v -> String.valueOf(v).contains("inputs.api-key"))
                  .hasSize(1);
              String script = String.valueOf(s.get("run"));
              assertThat(script).contains("--api-key-env KAIZEN_API_KEY");
              assertThat(script.replace("[ -n \"$KAIZEN_API_KEY\" ]", ""))
                  .as("the script only asks whether a key was given")
                  .doesNotContain("$KAIZEN_API_KEY")
                  .doesNotContain("${KAIZEN_API_KEY");
            });
  }

  @Test
  void no_script_has_an_expression_pasted_into_it() {
    for (Path file : List.of(CI, KAIZEN, ACTION)) {
      assertThat(scripts(load(file)))
          .as("%s: inputs and event text reach scripts through env only", file)
          .allSatisfy(script -> assertThat(script).doesNotContain("${{"));
    }
  }

  private static void assertCheckoutsKeepNoCredentials(Map<String, Object> job, String name) {
    List<Map<String, Object>> checkouts =
        steps(job).stream()
            .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/checkout@"))
            .toList();
    assertThat(checkouts).as("%s checks out the tool and the repository", name).hasSize(2);
    checkouts.forEach(
        c ->
            assertThat(map(c.get("with")))
                .as("checkout %s", c)
                .containsEntry("persist-credentials", false));
  }

  private static Map<String, Object> kaizenStep(Map<String, Object> job) {
    return steps(job).stream()
        .filter(s -> String.valueOf(s.get("uses")).endsWith(".github/actions/kaizen"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step uses the kaizen action"));
  }

  /**
   * Whether an action step may run in {@code mode}: its condition names no mode, or this one, or
   * excludes another.
   */
  private static boolean mayRunIn(Map<String, Object> step, String mode) {
    String condition = String.valueOf(step.getOrDefault("if", ""));
    if (!condition.contains("inputs.mode")) return true;
    if (condition.contains("inputs.mode == '" + mode + "'")) return true;
    return condition.contains("inputs.mode != '")
        && !condition.contains("inputs.mode != '" + mode + "'");
  }

  // --- reading the YAML

  private static Map<String, Object> load(Path file) {
    try {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
      assertThat(doc).as("%s is a YAML mapping", file).isInstanceOf(Map.class);
      return map(doc);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }

  /**
   * The {@code on:} section; YAML 1.1, which SnakeYAML reads, takes the bare key {@code on} for
   * {@code true}.
   */
  private static Map<String, Object> triggers(Map<String, Object> workflow) {
    Object on =
        workflow.containsKey("on") ? workflow.get("on") : ((Map<?, ?>) workflow).get(Boolean.TRUE);
    assertThat(on).as("the workflow's 'on'").isInstanceOf(Map.class);
    return map(on);
  }

  private static Map<String, Object> job(Map<String, Object> workflow, String name) {
    Map<String, Object> jobs = map(workflow.get("jobs"));
    assertThat(jobs).containsKey(name);
    return map(jobs.get(name));
  }

  private static List<Map<String, Object>> steps(Map<String, Object> jobOrRuns) {
    return list(jobOrRuns.get("steps")).stream().map(WorkflowsTest::map).toList();
  }

  /** Every {@code run:} script anywhere below {@code node}. */
  private static List<String> scripts(Object node) {
    List<String> scripts = new ArrayList<>();
    walk(
        node,
        (key, value) -> {
          if (key.equals("run") && value instanceof String s) scripts.add(s);
        });
    return scripts;
  }

  private static Set<String> secrets(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = SECRET.matcher(text);
    while (m.find()) names.add(m.group(1));
    return names;
  }

  private static void walk(Object node, BiConsumer<String, Object> visitor) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            visitor.accept(String.valueOf(k), v);
            walk(v, visitor);
          });
    } else if (node instanceof List<?> l) {
      l.forEach(v -> walk(v, visitor));
    }
  }

  /** Every key and scalar below {@code node}, one a line. */
  private static String flatten(Object node) {
    StringBuilder out = new StringBuilder();
    flatten(node, out);
    return out.toString();
  }

  private static void flatten(Object node, StringBuilder out) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            out.append(k).append('\n');
            flatten(v, out);
          });
    } else if (node instanceof List<?> l) {
      l.forEach(v -> flatten(v, out));
    } else if (node != null) {
      out.append(node).append('\n');
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    if (node == null) return Map.of();
    assertThat(node).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  private static List<Object> list(Object node) {
    if (node == null) return List.of();
    if (node instanceof List<?> l) return List.copyOf(l);
    return List.of(node);
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".github/workflows"))
          && Files.isRegularFile(dir.resolve("mvnw"))) return dir;
    }
    throw new IllegalStateException(
        "no repository root with .github/workflows above " + Path.of("").toAbsolutePath());
  }
}
