package dev.kaizen.agent.config;

import dev.kaizen.agent.Quantities;
import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.agent.model.ModelProviders;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.EvalType;
import dev.kaizen.evals.GateSettings;
import dev.kaizen.evals.SuiteSpec;
import dev.kaizen.evals.types.EvalTypes;
import dev.kaizen.sandbox.Gpus;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.backends.SandboxBackends;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code kaizen.yml}. Every key is checked: an unknown key or a bad value is a {@link
 * ConfigException} naming the file, the line and the key. Keys left out take the defaults of the
 * detected project.
 */
public final class ConfigReader {

  private ConfigReader() {}

  /** Reads a configuration against the {@linkplain Extensions#standard() standard extensions}. */
  public static KaizenConfig read(
      String yaml, String fileName, String source, KaizenConfig defaults) {
    return read(yaml, fileName, source, defaults, Extensions.standard());
  }

  /**
   * Reads a configuration.
   *
   * @param yaml the file's text
   * @param fileName the name used in messages ({@code kaizen.yml})
   * @param source where it came from, kept in {@link KaizenConfig#source()}
   * @param defaults what keys left out mean (see {@link ProjectDefaults})
   * @param extensions the eval types an eval may name and the model providers {@code
   *     model.provider} may name
   */
  public static KaizenConfig read(
      String yaml, String fileName, String source, KaizenConfig defaults, Extensions extensions) {
    EvalTypes types = extensions.evalTypes();
    ModelProviders providers = extensions.modelProviders();
    Node root = compose(yaml, fileName);
    if (root == null) return rename(defaults, source);
    if (!(root instanceof MappingNode)) {
      throw new ConfigException(
          fileName
              + ":"
              + (root.getStartMark().getLine() + 1)
              + ": expected a mapping of keys at the top level");
    }
    var top =
        YamlSection.of(
            (MappingNode) root,
            fileName,
            "",
            List.of(
                "prepare", "build", "evals", "gate", "protected", "sandbox", "model", "budget"));

    Optional<String> prepare =
        top.has("prepare") ? top.optionalString("prepare") : defaults.prepare();
    Optional<String> build = top.has("build") ? top.optionalString("build") : defaults.build();
    List<EvalSpec> evals = top.has("evals") ? evals(top, types) : defaults.evals();
    GateSettings gate =
        top.has("gate")
            ? gate(
                top.section(
                    "gate",
                    List.of("alpha", "min-effect", "pairs", "guard-max-regression", "batch")),
                defaults.gate())
            : defaults.gate();
    List<String> protectedPaths =
        top.has("protected") ? top.stringList("protected") : defaults.protectedPaths();
    SandboxConfig sandbox =
        top.has("sandbox")
            ? sandbox(
                top.section(
                    "sandbox",
                    List.of(
                        "backend", "image", "cpus", "memory", "pids", "tmp", "timeout", "output",
                        "gpus")),
                defaults.sandbox(),
                extensions.sandboxBackends())
            : defaults.sandbox();
    ModelConfig model =
        top.has("model")
            ? model(
                top.section(
                    "model",
                    List.of(
                        "provider",
                        "name",
                        "base-url",
                        "api-key-env",
                        "timeout",
                        "max-output-tokens",
                        "temperature",
                        "repair-rounds",
                        "context-tokens",
                        "price")),
                defaults.model(),
                providers)
            : defaults.model();
    BudgetConfig budget =
        top.has("budget")
            ? budget(
                top.section(
                    "budget",
                    List.of(
                        "max-usd",
                        "max-tokens",
                        "max-iterations",
                        "max-wall",
                        "max-usd-per-iteration",
                        "max-tokens-per-iteration")),
                defaults.budget())
            : defaults.budget();

    try {
      new SuiteSpec(build, evals);
    } catch (IllegalArgumentException e) {
      throw top.error("evals", e.getMessage());
    }
    return new KaizenConfig(
        source, prepare, build, evals, gate, protectedPaths, sandbox, model, budget);
  }

  private static KaizenConfig rename(KaizenConfig c, String source) {
    return new KaizenConfig(
        source,
        c.prepare(),
        c.build(),
        c.evals(),
        c.gate(),
        c.protectedPaths(),
        c.sandbox(),
        c.model(),
        c.budget());
  }

  static Node compose(String yaml, String fileName) {
    var options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    try {
      return new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String where = mark == null ? fileName : fileName + ":" + (mark.getLine() + 1);
      throw new ConfigException(
          where
              + ": not valid YAML: "
              + firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage()));
    } catch (YAMLException e) {
      throw new ConfigException(fileName + ": not valid YAML: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** The keys every eval entry has; its type reads the others. */
  private static final List<String> EVAL_KEYS = List.of("id", "type", "command", "timeout");

  private static List<EvalSpec> evals(YamlSection top, EvalTypes types) {
    var keys = new LinkedHashSet<>(EVAL_KEYS);
    types.all().forEach(t -> keys.addAll(t.keys()));
    List<YamlSection> items = top.sectionList("evals", List.copyOf(keys));
    if (items.isEmpty()) throw top.error("evals", "needs at least one eval");
    var evals = new ArrayList<EvalSpec>();
    for (YamlSection item : items) {
      String id = item.requiredString("id");
      EvalType type = item.parse("type", types::get);
      String command = item.requiredString("command");
      Optional<Duration> timeout =
          item.has("timeout")
              ? Optional.of(item.parse("timeout", ConfigReader::positiveDuration))
              : Optional.empty();
      try {
        evals.add(type.read(new YamlEvalEntry(item, id, command, timeout)));
      } catch (IllegalArgumentException e) {
        throw item.error("id", e.getMessage());
      }
      for (String key : item.keys()) {
        if (!EVAL_KEYS.contains(key) && !type.keys().contains(key)) {
          throw item.error(key, "a " + type.id() + " eval has no key '" + key + "'");
        }
      }
    }
    return evals;
  }

  private static GateSettings gate(YamlSection s, GateSettings d) {
    double alpha = s.has("alpha") ? s.number("alpha") : d.alpha();
    double minEffect = s.has("min-effect") ? s.number("min-effect") : d.minEffect();
    double guard =
        s.has("guard-max-regression") ? s.number("guard-max-regression") : d.guardMaxRegression();
    int min = d.minPairs();
    int max = d.maxPairs();
    if (s.has("pairs")) {
      YamlSection p = s.section("pairs", List.of("min", "max"));
      min = p.has("min") ? p.integer("min") : min;
      max = p.has("max") ? p.integer("max") : Math.max(max, min);
    }
    int screen = d.screenPairs();
    int confirm = d.confirm();
    if (s.has("batch")) {
      YamlSection b = s.section("batch", List.of("screen-pairs", "confirm"));
      screen = b.has("screen-pairs") ? b.integer("screen-pairs") : screen;
      confirm = b.has("confirm") ? b.integer("confirm") : confirm;
    }
    try {
      return new GateSettings(alpha, minEffect, min, max, guard, screen, confirm);
    } catch (IllegalArgumentException e) {
      throw s.error(s.firstKey(), e.getMessage());
    }
  }

  private static SandboxConfig sandbox(YamlSection s, SandboxConfig d, SandboxBackends backends) {
    String backend = s.has("backend") ? s.parse("backend", backends::parse) : d.backend();
    String image = s.has("image") ? s.requiredString("image") : d.image();
    Limits l = d.limits();
    if (s.has("cpus")) l = l.withCpus(s.parse("cpus", ConfigReader::positiveNumber));
    if (s.has("memory")) l = l.withMemoryBytes(s.parse("memory", ConfigReader::memory));
    if (s.has("pids")) l = l.withPids(s.parse("pids", t -> (long) positiveNumber(t)));
    if (s.has("tmp")) l = l.withTmpBytes(s.parse("tmp", ConfigReader::positiveBytes));
    if (s.has("output")) l = l.withOutputBytes(s.parse("output", ConfigReader::positiveBytes));
    if (s.has("timeout")) l = l.withTimeout(s.parse("timeout", ConfigReader::positiveDuration));
    if (s.has("gpus")) l = l.withGpus(s.parse("gpus", Gpus::parse));
    return new SandboxConfig(backend, image, l);
  }

  private static ModelConfig model(YamlSection s, ModelConfig d, ModelProviders providers) {
    String provider =
        s.has("provider") ? s.parse("provider", t -> provider(t, providers)) : d.provider();
    String name = s.has("name") ? s.requiredString("name") : d.name();
    Optional<String> baseUrl = s.has("base-url") ? s.optionalString("base-url") : d.baseUrl();
    Optional<String> keyEnv =
        s.has("api-key-env")
            ? Optional.of(s.parse("api-key-env", ModelConfig::checkEnvName))
            : d.configuredApiKeyEnv();
    Duration timeout =
        s.has("timeout") ? s.parse("timeout", ConfigReader::positiveDuration) : d.timeout();
    int maxOutput =
        s.has("max-output-tokens")
            ? s.parse("max-output-tokens", t -> (int) wholeNumber(t, 1, Integer.MAX_VALUE))
            : d.maxOutputTokens();
    double temperature =
        s.has("temperature") ? s.parse("temperature", t -> numberIn(t, 0, 2)) : d.temperature();
    int repairRounds =
        s.has("repair-rounds")
            ? s.parse("repair-rounds", t -> (int) wholeNumber(t, 0, ModelConfig.MAX_REPAIR_ROUNDS))
            : d.repairRounds();
    int contextTokens =
        s.has("context-tokens")
            ? s.parse("context-tokens", t -> (int) wholeNumber(t, 1, Integer.MAX_VALUE))
            : d.contextTokens();
    Optional<ModelConfig.Price> price =
        s.has("price")
            ? Optional.of(price(s.section("price", List.of("input", "output"))))
            : d.price();
    return new ModelConfig(
        provider,
        name,
        baseUrl,
        keyEnv,
        timeout,
        maxOutput,
        temperature,
        repairRounds,
        contextTokens,
        price);
  }

  /** A price in US dollars per million tokens: {@code {input: 0.4, output: 1.6}}. */
  static ModelConfig.Price price(YamlSection s) {
    double input = s.parse("input", ConfigReader::nonNegativeNumber);
    double output = s.parse("output", ConfigReader::nonNegativeNumber);
    return new ModelConfig.Price(input, output);
  }

  private static BudgetConfig budget(YamlSection s, BudgetConfig d) {
    double usd =
        s.has("max-usd") ? s.parse("max-usd", ConfigReader::nonNegativeNumber) : d.maxUsd();
    long tokens =
        s.has("max-tokens")
            ? s.parse("max-tokens", t -> (long) nonNegativeNumber(t))
            : d.maxTokens();
    int iterations =
        s.has("max-iterations")
            ? s.parse("max-iterations", t -> (int) positiveNumber(t))
            : d.maxIterations();
    Duration wall =
        s.has("max-wall") ? s.parse("max-wall", ConfigReader::positiveDuration) : d.maxWall();
    OptionalDouble usdPerIteration = d.maxUsdPerIteration();
    if (s.has("max-usd-per-iteration")) {
      usdPerIteration =
          s.optionalString("max-usd-per-iteration").isEmpty()
              ? OptionalDouble.empty()
              : OptionalDouble.of(
                  s.parse("max-usd-per-iteration", ConfigReader::nonNegativeNumber));
    }
    OptionalLong tokensPerIteration = d.maxTokensPerIteration();
    if (s.has("max-tokens-per-iteration")) {
      tokensPerIteration =
          s.optionalString("max-tokens-per-iteration").isEmpty()
              ? OptionalLong.empty()
              : OptionalLong.of(
                  s.parse("max-tokens-per-iteration", t -> wholeNumber(t, 0, Long.MAX_VALUE)));
    }
    return new BudgetConfig(usd, tokens, iterations, wall, usdPerIteration, tokensPerIteration);
  }

  private static String provider(String text, ModelProviders providers) {
    if (providers.find(text).isEmpty()) {
      throw new IllegalArgumentException(
          "unknown provider '" + text + "' (expected " + providers.choices() + ")");
    }
    return text;
  }

  private static long memory(String text) {
    long bytes = Quantities.bytes(text);
    if (bytes < (6L << 20))
      throw new IllegalArgumentException("at least 6m of memory is needed, not '" + text + "'");
    return bytes;
  }

  private static long positiveBytes(String text) {
    long bytes = Quantities.bytes(text);
    if (bytes <= 0) throw new IllegalArgumentException("must be positive: '" + text + "'");
    return bytes;
  }

  private static Duration positiveDuration(String text) {
    Duration d = Quantities.duration(text);
    if (d.isZero()) throw new IllegalArgumentException("must be positive: '" + text + "'");
    return d;
  }

  private static double positiveNumber(String text) {
    double v = nonNegativeNumber(text);
    if (v == 0) throw new IllegalArgumentException("must be positive: '" + text + "'");
    return v;
  }

  /** A whole number in {@code [min, max]}. */
  private static long wholeNumber(String text, long min, long max) {
    long v;
    try {
      v = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number: '" + text + "'");
    }
    if (v < min && max >= Integer.MAX_VALUE)
      throw new IllegalArgumentException("must be at least " + min + ": '" + text + "'");
    if (v < min || v > max)
      throw new IllegalArgumentException("must be from " + min + " to " + max + ": '" + text + "'");
    return v;
  }

  /** A number in {@code [min, max]}. */
  private static double numberIn(String text, double min, double max) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: '" + text + "'");
    }
    if (!(v >= min && v <= max))
      throw new IllegalArgumentException(
          "must be from " + fmt(min) + " to " + fmt(max) + ": '" + text + "'");
    return v;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static double nonNegativeNumber(String text) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: '" + text + "'");
    }
    if (!(v >= 0) || Double.isInfinite(v))
      throw new IllegalArgumentException("must not be negative: '" + text + "'");
    return v;
  }
}
