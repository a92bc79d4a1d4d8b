package dev.kaizen.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.evals.Direction;
import dev.kaizen.evals.GateSettings;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.Role;
import dev.kaizen.evals.types.EvalTypes;
import dev.kaizen.sandbox.Gpus;
import dev.kaizen.sandbox.docker.DockerBackend;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

  private static KaizenConfig read(String yaml) {
    return ConfigReader.read(yaml, "kaizen.yml", "test", ProjectDefaults.maven());
  }

  private static final String DESIGN_EXAMPLE =
      """
      evals:
        - id: tests                 # role gate
          type: junit
          command: mvn -o -B -q test
        - id: speed
          type: command
          command: java -cp target/classes demo.Bench
          metrics:
            - {name: ms_per_op, better: lower, role: target}
            - {name: heap_mb,   better: lower, role: guard}
      gate:   {alpha: 0.01, min-effect: 0.01, pairs: {min: 10, max: 40}, guard-max-regression: 0.02}
      protected: [".github/**", "kaizen.yml", "**/src/test/**"]
      sandbox: {backend: docker, image: host, cpus: 1, memory: 2g, timeout: 10m, gpus: none}
      model:  {provider: openai, name: gpt-4.1-mini, base-url: null, api-key-env: OPENAI_API_KEY}
      budget: {max-usd: 5, max-tokens: 2000000, max-iterations: 20, max-wall: 2h}
      """;

  @Test
  void reads_the_example_from_the_design() {
    KaizenConfig c = read(DESIGN_EXAMPLE);

    assertThat(c.evals()).hasSize(2);
    assertThat(c.evals().get(0).type()).isEqualTo(EvalTypes.JUNIT);
    assertThat(c.evals().get(0).command()).isEqualTo("mvn -o -B -q test");
    assertThat(c.evals().get(1).metrics())
        .containsExactly(
            new MetricSpec("ms_per_op", Direction.LOWER, Role.TARGET),
            new MetricSpec("heap_mb", Direction.LOWER, Role.GUARD));
    assertThat(c.gate()).isEqualTo(new GateSettings(0.01, 0.01, 10, 40, 0.02));
    assertThat(c.protectedPaths()).containsExactly(".github/**", "kaizen.yml", "**/src/test/**");
    assertThat(c.sandbox().backend()).isEqualTo(DockerBackend.NAME);
    assertThat(c.sandbox().limits().memoryBytes()).isEqualTo(2L << 30);
    assertThat(c.sandbox().limits().timeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(c.sandbox().limits().gpus()).isEqualTo(Gpus.NONE);
    assertThat(c.model().baseUrl()).isEmpty();
    assertThat(c.model().apiKeyEnv()).isEqualTo("OPENAI_API_KEY");
    assertThat(c.budget().maxWall()).isEqualTo(Duration.ofHours(2));
    assertThat(c.suite().hasTargets()).isTrue();
  }

  @Test
  void keys_left_out_take_the_project_defaults() {
    KaizenConfig c = read("gate: {alpha: 0.05}\n");

    assertThat(c.evals()).isEqualTo(ProjectDefaults.maven().evals());
    assertThat(c.prepare()).isEqualTo(ProjectDefaults.maven().prepare());
    assertThat(c.gate().alpha()).isEqualTo(0.05);
    assertThat(c.gate().minEffect()).isEqualTo(GateSettings.DEFAULT.minEffect());
    assertThat(c.protectedPaths()).as("the core alone").isEmpty();
  }

  @Test
  void an_empty_file_means_all_defaults() {
    assertThat(read("").evals()).isEqualTo(ProjectDefaults.maven().evals());
    assertThat(read("# just a comment\n").gate()).isEqualTo(GateSettings.DEFAULT);
  }

  @Test
  void unknown_top_level_key_names_the_key_and_line() {
    assertThatThrownBy(() -> read("gate: {alpha: 0.01}\n\nbudgett: {max-usd: 1}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("kaizen.yml:3: unknown key 'budgett'")
        .hasMessageContaining("budget");
  }

  @Test
  void unknown_nested_key_names_its_full_path_and_line() {
    assertThatThrownBy(() -> read("sandbox:\n  backend: docker\n  memroy: 2g\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("kaizen.yml:3: unknown key 'sandbox.memroy'");
    assertThatThrownBy(
            () -> read("evals:\n  - id: t\n    type: junit\n    command: x\n    comand: y\n"))
        .hasMessageStartingWith("kaizen.yml:5: unknown key 'evals[0].comand'");
  }

  @Test
  void bad_value_names_the_key_line_and_value() {
    assertThatThrownBy(() -> read("sandbox:\n  memory: lots\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("kaizen.yml:2: sandbox.memory: not a size (like 512m or 2g): 'lots'");
    assertThatThrownBy(() -> read("gate:\n  alpha: 2\n"))
        .hasMessageStartingWith("kaizen.yml:2: gate.alpha: alpha must be in (0, 0.5)");
    assertThatThrownBy(() -> read("sandbox: {timeout: soon}\n"))
        .hasMessageStartingWith("kaizen.yml:1: sandbox.timeout: not a duration");
    assertThatThrownBy(() -> read("sandbox: {backend: vm}\n"))
        .hasMessageStartingWith("kaizen.yml:1: sandbox.backend: unknown sandbox backend 'vm'");
    assertThatThrownBy(
            () ->
                read(
                    "evals:\n  - {id: s, type: command, command: x, metrics: [{name: m, better: faster}]}\n"))
        .hasMessageStartingWith(
            "kaizen.yml:2: evals[0].metrics[0].better: expected lower or higher");
  }

  @Test
  void an_api_key_in_place_of_its_variable_name_is_refused() {
    assertThatThrownBy(() -> read("model: {api-key-env: sk-abc123}\n"))
        .hasMessageContaining("model.api-key-env: not an environment variable name")
        .hasMessageNotContaining("sk-abc123");
  }

  @Test
  void command_eval_without_metrics_and_duplicate_ids_are_errors() {
    assertThatThrownBy(() -> read("evals:\n  - {id: s, type: command, command: x}\n"))
        .hasMessageStartingWith(
            "kaizen.yml:2: evals[0].metrics: a command eval must declare its metrics");
    assertThatThrownBy(
            () ->
                read(
                    "evals:\n  - {id: t, type: junit, command: x}\n  - {id: t, type: junit, command: y}\n"))
        .hasMessageContaining("two evals are called 't'");
    assertThatThrownBy(() -> read("evals: []\n"))
        .hasMessageContaining("evals: needs at least one eval");
  }

  @Test
  void invalid_yaml_names_the_line() {
    assertThatThrownBy(() -> read("gate:\n  alpha: [0.01\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("kaizen.yml:")
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> read("- just\n- a list\n")).hasMessageContaining("expected a mapping");
    assertThatThrownBy(() -> read("gate: {alpha: 0.01}\ngate: {alpha: 0.02}\n"))
        .hasMessage("kaizen.yml:2: 'gate' is given twice");
  }

  @Test
  void build_and_prepare_can_be_switched_off_with_null() {
    KaizenConfig c = read("prepare: null\nbuild: ~\n");
    assertThat(c.prepare()).isEmpty();
    assertThat(c.build()).isEmpty();
    assertThat(read("build: mvn -o -q package\n").build())
        .isEqualTo(Optional.of("mvn -o -q package"));
  }

  @Test
  void sandbox_limits_and_gpus_are_read() {
    KaizenConfig c =
        read("sandbox: {cpus: 2, memory: 512m, pids: 128, tmp: 64m, output: 2m, gpus: '0,1'}\n");
    var l = c.sandbox().limits();
    assertThat(l.cpus()).isEqualTo(2.0);
    assertThat(l.memoryBytes()).isEqualTo(512L << 20);
    assertThat(l.pids()).isEqualTo(128);
    assertThat(l.tmpBytes()).isEqualTo(64L << 20);
    assertThat(l.outputBytes()).isEqualTo(2L << 20);
    assertThat(l.gpus().deviceIds()).isEqualTo(List.of("0", "1"));
  }

  @Test
  void a_jmh_eval_reads_its_role_and_named_benchmarks() {
    KaizenConfig c =
        read(
            """
        evals:
          - id: jmh
            type: jmh
            command: java -jar target/benchmarks.jar -rf json -rff {out}
            role: guard
            metrics:
              - {name: demo.SumBench.sum, better: higher, role: target}
        """);

    var eval = c.evals().get(0);
    assertThat(eval.type()).isEqualTo(dev.kaizen.evals.types.EvalTypes.JMH);
    assertThat(eval.benchmarkRole()).isEqualTo(dev.kaizen.evals.Role.GUARD);
    assertThat(eval.metrics())
        .extracting(dev.kaizen.evals.MetricSpec::name)
        .containsExactly("demo.SumBench.sum");
    assertThat(c.suite().hasTargets()).isTrue();
  }

  @Test
  void a_jmh_eval_without_its_results_file_and_a_role_on_a_command_eval_are_errors() {
    assertThatThrownBy(
            () ->
                read(
                    "evals:\n  - {id: jmh, type: jmh, command: java -jar target/benchmarks.jar}\n"))
        .hasMessageStartingWith(
            "kaizen.yml:2: evals[0].command: a jmh eval must write its results to {out}");
    assertThatThrownBy(
            () ->
                read(
                    "evals:\n  - {id: s, type: command, command: x, role: guard, metrics: [{name: m, better: lower}]}\n"))
        .hasMessageStartingWith("kaizen.yml:2: evals[0].role: only a jmh eval has a role");
  }

  @Test
  void gate_batch_settings_are_read_and_checked() {
    KaizenConfig c = read("gate: {batch: {screen-pairs: 6, confirm: 3}}\n");

    assertThat(c.gate().screenPairs()).isEqualTo(6);
    assertThat(c.gate().confirm()).isEqualTo(3);
    assertThatThrownBy(() -> read("gate: {batch: {confirm: 0}}\n"))
        .hasMessageContaining("batch.confirm must be at least 1");
    assertThatThrownBy(() -> read("gate: {batch: {screen: 4}}\n")).hasMessageContaining("screen");
  }

  @Test
  void reads_every_model_key() {
    KaizenConfig c =
        read(
            """
        model:
          provider: anthropic
          name: claude-sonnet-4-0
          base-url: https://proxy.example.com/v1
          api-key-env: MY_KEY
          timeout: 90s
          max-output-tokens: 2000
          temperature: 0
          repair-rounds: 0
          context-tokens: 50000
          price: {input: 3, output: 15.5}
        """);

    ModelConfig m = c.model();
    assertThat(m.provider()).isEqualTo("anthropic");
    assertThat(m.name()).isEqualTo("claude-sonnet-4-0");
    assertThat(m.baseUrl()).contains("https://proxy.example.com/v1");
    assertThat(m.apiKeyEnv()).isEqualTo("MY_KEY");
    assertThat(m.timeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(m.maxOutputTokens()).isEqualTo(2000);
    assertThat(m.temperature()).isZero();
    assertThat(m.repairRounds()).isZero();
    assertThat(m.contextTokens()).isEqualTo(50_000);
    assertThat(m.price()).contains(new ModelConfig.Price(3, 15.5));
  }

  @Test
  void model_keys_left_out_take_their_defaults() {
    ModelConfig m = read("model: {name: gpt-4o}\n").model();

    assertThat(m.provider()).isEqualTo("openai");
    assertThat(m.timeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(m.maxOutputTokens()).isEqualTo(4096);
    assertThat(m.temperature()).isEqualTo(0.2);
    assertThat(m.repairRounds()).isEqualTo(2);
    assertThat(m.contextTokens()).isEqualTo(24_000);
    assertThat(m.price()).isEmpty();
    assertThat(read("").model()).isEqualTo(ModelConfig.DEFAULT);
  }

  @Test
  void the_key_variable_defaults_to_the_providers_own() {
    assertThat(read("model: {provider: openai}\n").model().apiKeyEnv()).isEqualTo("OPENAI_API_KEY");
    assertThat(read("model: {provider: anthropic}\n").model().apiKeyEnv())
        .isEqualTo("ANTHROPIC_API_KEY");
    assertThat(read("model: {provider: gemini}\n").model().apiKeyEnv()).isEqualTo("GEMINI_API_KEY");
    assertThat(read("model: {provider: ollama}\n").model().apiKeyEnv()).isEqualTo("OLLAMA_API_KEY");
    assertThat(read("model: {provider: gemini, api-key-env: GOOGLE_API_KEY}\n").model().apiKeyEnv())
        .isEqualTo("GOOGLE_API_KEY");
  }

  @Test
  void another_provider_brings_its_own_key_variable_unless_one_was_named() {
    ModelConfig byDefault = read("model: {provider: openai}\n").model();
    ModelConfig named = read("model: {provider: openai, api-key-env: OPENAI_API_KEY}\n").model();

    assertThat(byDefault.withProvider("anthropic").apiKeyEnv()).isEqualTo("ANTHROPIC_API_KEY");
    assertThat(named.withProvider("anthropic").apiKeyEnv())
        .as("named in the file, so it stays")
        .isEqualTo("OPENAI_API_KEY");
    assertThat(byDefault.withApiKeyEnv("MY_KEY").withProvider("gemini").apiKeyEnv())
        .isEqualTo("MY_KEY");
    assertThat(byDefault.withName("gpt-4o").withBaseUrl("http://127.0.0.1:8000/v1"))
        .extracting(ModelConfig::name, ModelConfig::baseUrl)
        .containsExactly("gpt-4o", Optional.of("http://127.0.0.1:8000/v1"));
    assertThatThrownBy(() -> byDefault.withApiKeyEnv("sk-abc123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an environment variable name")
        .hasMessageNotContaining("sk-abc123");
  }

  @Test
  void bad_model_values_name_the_key_and_line() {
    assertThatThrownBy(() -> read("model:\n  temperature: 2.5\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("kaizen.yml:2: model.temperature: must be from 0 to 2: '2.5'");
    assertThatThrownBy(() -> read("model: {repair-rounds: 11}\n"))
        .hasMessage("kaizen.yml:1: model.repair-rounds: must be from 0 to 10: '11'");
    assertThatThrownBy(() -> read("model: {repair-rounds: 1.5}\n"))
        .hasMessage("kaizen.yml:1: model.repair-rounds: not a whole number: '1.5'");
    assertThatThrownBy(() -> read("model: {max-output-tokens: 0}\n"))
        .hasMessage("kaizen.yml:1: model.max-output-tokens: must be at least 1: '0'");
    assertThatThrownBy(() -> read("model: {context-tokens: lots}\n"))
        .hasMessage("kaizen.yml:1: model.context-tokens: not a whole number: 'lots'");
    assertThatThrownBy(() -> read("model: {timeout: 0s}\n"))
        .hasMessage("kaizen.yml:1: model.timeout: must be positive: '0s'");
    assertThatThrownBy(() -> read("model: {temperature: warm}\n"))
        .hasMessage("kaizen.yml:1: model.temperature: not a number: 'warm'");
  }

  @Test
  void a_price_needs_both_sides_in_dollars() {
    assertThatThrownBy(() -> read("model:\n  price: {input: 1}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("kaizen.yml:2: missing key 'model.price.output'");
    assertThatThrownBy(() -> read("model:\n  price: {input: -1, output: 2}\n"))
        .hasMessage("kaizen.yml:2: model.price.input: must not be negative: '-1'");
    assertThatThrownBy(() -> read("model:\n  price: {input: 1, output: 2, cached: 0.1}\n"))
        .hasMessageStartingWith("kaizen.yml:2: unknown key 'model.price.cached'");
    assertThatThrownBy(() -> read("model:\n  price: 3\n"))
        .hasMessage("kaizen.yml:2: model.price: expected a mapping of keys");
  }

  @Test
  void reads_the_per_iteration_budget_caps() {
    BudgetConfig b =
        read("budget: {max-usd: 2, max-usd-per-iteration: 0.25, max-tokens-per-iteration: 50000}\n")
            .budget();

    assertThat(b.maxUsd()).isEqualTo(2);
    assertThat(b.maxUsdPerIteration()).hasValue(0.25);
    assertThat(b.maxTokensPerIteration()).hasValue(50_000);
    assertThat(b.maxTokens()).isEqualTo(BudgetConfig.DEFAULT.maxTokens());
  }

  @Test
  void without_per_iteration_caps_an_iteration_is_limited_only_by_the_session() {
    assertThat(read("budget: {max-usd: 2}\n").budget().maxUsdPerIteration()).isEmpty();
    assertThat(read("budget: {max-tokens-per-iteration: null}\n").budget().maxTokensPerIteration())
        .isEmpty();
    assertThat(read("").budget()).isEqualTo(BudgetConfig.DEFAULT);
  }

  @Test
  void bad_budget_values_name_the_key_and_line() {
    assertThatThrownBy(() -> read("budget:\n  max-usd-per-iteration: -0.5\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("kaizen.yml:2: budget.max-usd-per-iteration: must not be negative: '-0.5'");
    assertThatThrownBy(() -> read("budget: {max-tokens-per-iteration: 1e5}\n"))
        .hasMessage("kaizen.yml:1: budget.max-tokens-per-iteration: not a whole number: '1e5'");
    assertThatThrownBy(() -> read("budget: {max-tokens-per-iteration: -1}\n"))
        .hasMessage("kaizen.yml:1: budget.max-tokens-per-iteration: must be at least 0: '-1'");
    assertThatThrownBy(() -> read("budget: {max-usd-per-call: 1}\n"))
        .hasMessageStartingWith("kaizen.yml:1: unknown key 'budget.max-usd-per-call'")
        .hasMessageContaining("max-usd-per-iteration");
  }
}
