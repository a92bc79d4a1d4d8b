package dev.kaizen.agent.llm;

import dev.kaizen.agent.budget.Budget;
import dev.kaizen.agent.budget.Spend;
import dev.kaizen.agent.ledger.ExchangeRecord;
import dev.kaizen.agent.model.ChatRequest;
import dev.kaizen.agent.model.Exchange;
import dev.kaizen.agent.model.ModelClient;
import dev.kaizen.agent.patch.ApplyOptions;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.FileTexts;
import dev.kaizen.agent.patch.JavaSyntax;
import dev.kaizen.agent.patch.ModelAnswers;
import dev.kaizen.agent.patch.Patch;
import dev.kaizen.agent.patch.PatchResult;
import dev.kaizen.agent.patch.RepairMessage;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.agent.propose.ProposalContext;
import dev.kaizen.agent.propose.Proposer;
import dev.kaizen.agent.propose.Provenance;
import dev.kaizen.agent.tokens.TokenCounter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Proposes changes by asking a model: a request built from the index, the profile and the session's
 * journal under a hard token limit; the answer's edits read in whichever format it uses; and, when
 * they do not apply, do not parse, touch a protected file, repeat a change already tried or do not
 * build, the reason sent back in a repair round, up to {@link LlmSettings#repairRounds()} rounds.
 *
 * <p>Every call is checked against the {@link Budget} first (its counted prompt and the most answer
 * it may get), so a budget that runs out stops the session before the call, never after; every
 * exchange is handed to {@link ProposalContext#exchanges()} as soon as it is answered.
 */
public final class LlmProposer implements Proposer {

  private final String name;
  private final ModelClient client;
  private final Budget budget;
  private final PromptTemplates templates;
  private final LlmSettings settings;
  private final PromptBuilder prompts;

  /** The conversation behind each proposal made, by its key, so that it can be revised. */
  private final Map<String, Conversation> conversations = new HashMap<>();

  /**
   * @param name {@code llm}, or {@code replay} when {@code client} serves recorded answers
   */
  public LlmProposer(
      String name,
      ModelClient client,
      Budget budget,
      PromptTemplates templates,
      LlmSettings settings) {
    this.name = Objects.requireNonNull(name, "name");
    this.client = Objects.requireNonNull(client, "client");
    this.budget = Objects.requireNonNull(budget, "budget");
    this.templates = Objects.requireNonNull(templates, "templates");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.prompts = new PromptBuilder(templates, settings.contextTokens());
  }

  @Override
  public String name() {
    return name;
  }

  /** The model is shown the hot methods; a replay serves recorded answers and needs none. */
  @Override
  public boolean wantsProfile() {
    return name.equals("llm");
  }

  @Override
  public Optional<Proposal> propose(Goal goal, ProposalContext context) {
    budget.startIteration();
    PromptBuilder.Built built = prompts.build(goal, context);
    var request =
        ChatRequest.of(
            templates.system().text(),
            built.text(),
            settings.maxOutputTokens(),
            settings.temperature());
    var conversation =
        new Conversation(context.iteration(), request, templates.propose().id(), built.files());
    return converse(conversation, context);
  }

  @Override
  public Optional<Proposal> revise(Proposal failed, String why, ProposalContext context) {
    Conversation conversation = conversations.get(failed.key());
    if (conversation == null || conversation.repairs() >= settings.repairRounds())
      return Optional.empty();
    conversation.reply(
        templates.repair(),
        "Your change applied, but the build failed, so nothing was measured. "
            + "The build's messages:\n\n```\n"
            + why.strip()
            + "\n```\n\nFix the change so that it compiles.");
    return converse(conversation, context);
  }

  /**
   * Sends the conversation's pending request, then repair rounds while the answer is not usable.
   */
  private Optional<Proposal> converse(Conversation conversation, ProposalContext context) {
    while (true) {
      Exchange exchange;
      try {
        exchange = call(conversation, context);
      } catch (ReplayClient.Exhausted e) {
        if (conversation.rounds() == 0)
          return Optional.empty(); // nothing was recorded for this iteration
        String why = "the replay needs an answer the recorded session never got: " + e.getMessage();
        return Optional.of(
            Proposal.unusable(
                "replay-diverged:" + context.iteration() + ":" + conversation.rounds(),
                "no recorded answer",
                why,
                provenance(conversation),
                conversation.transcript()));
      }
      Verdict verdict = judge(exchange, context, conversation.options());
      if (verdict.patch().isPresent()) {
        Proposal proposal = proposal(conversation, exchange.text(), verdict.patch().get());
        conversations.put(proposal.key(), conversation);
        return Optional.of(proposal);
      }
      if (conversation.repairs() >= settings.repairRounds()) {
        String why =
            "the model's answer held no usable edit after "
                + conversation.repairs()
                + " repair round(s): "
                + verdict.reason().orElseThrow();
        return Optional.of(
            Proposal.unusable(
                "llm-unusable:" + context.iteration() + ":" + conversation.rounds(),
                "no usable edit from " + client.model(),
                why,
                provenance(conversation),
                conversation.transcript()));
      }
      conversation.reply(templates.repair(), verdict.failure().orElseThrow());
    }
  }

  /** One call: the budget's allowance first, then the model, then the budget and the ledger. */
  private Exchange call(Conversation conversation, ProposalContext context) {
    ChatRequest request = conversation.pending();
    int promptTokens =
        TokenCounter.count(request.system())
            + request.turns().stream().mapToInt(t -> TokenCounter.count(t.text())).sum();
    int allowed = budget.allowOutputTokens(promptTokens, request.maxOutputTokens());
    ChatRequest sized =
        allowed < request.maxOutputTokens() ? request.withMaxOutputTokens(allowed) : request;
    int round = conversation.rounds() + 1;
    Exchange exchange =
        client instanceof PositionedClient replay
            ? replay.chat(sized, context.iteration(), round)
            : client.chat(sized);
    long input =
        exchange.inputTokens().isPresent() ? exchange.inputTokens().getAsInt() : promptTokens;
    long output =
        exchange.outputTokens().isPresent()
            ? exchange.outputTokens().getAsInt()
            : TokenCounter.count(exchange.text());
    Spend spend = budget.record(input, output);
    conversation.answered(exchange, spend);
    context
        .exchanges()
        .accept(
            new ExchangeRecord(
                context.iteration(),
                conversation.rounds(),
                conversation.pendingTemplate(),
                sized.system(),
                sized.turns().stream()
                    .map(
                        t ->
                            new ExchangeRecord.Message(
                                t.role().name().toLowerCase(java.util.Locale.ROOT), t.text()))
                    .toList(),
                Requests.hash(sized),
                exchange.text(),
                input,
                output,
                spend.usd(),
                exchange.duration().toMillis(),
                exchange.attempts(),
                exchange.provider(),
                exchange.model(),
                exchange.finishReason().name().toLowerCase(java.util.Locale.ROOT)));
    return exchange;
  }

  /** The answer's patch, or why it is not usable, worded for the model. */
  private Verdict judge(Exchange exchange, ProposalContext context, ApplyOptions options) {
    String answer = exchange.text();
    if (answer.isBlank()) {
      String why =
          "the answer was empty"
              + (exchange.finishReason() == dev.kaizen.agent.model.FinishReason.CONTENT_FILTER
                  ? " (the provider's content filter stopped it)"
                  : "");
      return Verdict.failed(
          why,
          "Your answer was empty. Answer with the Summary and Rationale lines and SEARCH/REPLACE blocks.");
    }
    PatchResult result = ModelAnswers.toPatch(answer, treeFiles(context.tree()), options);
    if (result instanceof PatchResult.Failed failed) {
      String message = RepairMessage.render(failed);
      String why =
          failed.problems().isEmpty()
              ? failed.failures().get(0).path() + ": " + failed.failures().get(0).reason()
              : failed.problems().get(0).reason();
      return exchange.truncated()
          ? Verdict.failed(
              "the answer was cut off at the output limit; " + why,
              "Your answer was cut off at the output limit: make a smaller change, with fewer and shorter blocks.\n\n"
                  + message)
          : Verdict.failed(why, message);
    }
    Patch patch = ((PatchResult.Applied) result).patch();
    for (FileEdit edit : patch.edits()) {
      if (context.isProtected().test(edit.path())) {
        return Verdict.failed(
            edit.path() + " is protected",
            "Your edits were not applied: "
                + edit.path()
                + " is protected (tests, benchmarks, build and Kaizen's settings cannot be changed by a proposal). Change only the main code.");
      }
      if (edit.path().endsWith(".java")) {
        Optional<String> problem = JavaSyntax.problem(edit.path(), edit.after());
        if (problem.isPresent()) {
          return Verdict.failed(
              "the result does not parse: " + problem.get(),
              "Your edits applied, but the result does not "
                  + "parse as Java, so nothing changed: "
                  + problem.get()
                  + "\n\nSend all of your edits again, with this fixed.");
        }
      }
    }
    String key = Requests.patchKey(patch);
    if (context.tried().contains(key)) {
      return Verdict.failed(
          "the change was already tried in this session",
          "This exact change was already tried in this session (see the journal). Propose a different one.");
    }
    return new Verdict(Optional.of(patch), Optional.empty(), Optional.empty());
  }

  private Proposal proposal(Conversation conversation, String answer, Patch patch) {
    AnswerText text = AnswerText.read(answer);
    String summary =
        text.summary()
            .orElse(
                "change "
                    + String.join(
                        ", ",
                        patch.paths().stream()
                            .map(p -> p.substring(p.lastIndexOf('/') + 1))
                            .toList()));
    String rationale = text.rationale().orElse("(the model gave no rationale)");
    return new Proposal(
        Requests.patchKey(patch),
        summary,
        rationale,
        patch,
        provenance(conversation),
        conversation.transcript());
  }

  private Provenance provenance(Conversation conversation) {
    Spend spent = conversation.spent();
    return new Provenance(
        name,
        client.provider() + "/" + client.model(),
        Optional.of(templates.propose().id()),
        spent.tokens(),
        spent.usd());
  }

  private static FileTexts treeFiles(Path tree) {
    return path -> {
      Path file = tree.resolve(path).normalize();
      if (!file.startsWith(tree) || !Files.isRegularFile(file)) return Optional.empty();
      try {
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        return Optional.empty();
      }
    };
  }

  /**
   * A usable patch, or why the answer is not one.
   *
   * @param reason in one line, for the ledger
   * @param failure the message to the model, for a repair round
   */
  private record Verdict(Optional<Patch> patch, Optional<String> reason, Optional<String> failure) {
    static Verdict failed(String reason, String failure) {
      return new Verdict(Optional.empty(), Optional.of(reason), Optional.of(failure));
    }
  }

  /** One iteration's conversation with the model: its requests, answers and what they cost. */
  private static final class Conversation {
    private final int iteration;
    private final List<String> shownFiles;
    private ChatRequest pending;
    private String pendingTemplate;
    private final List<String> log = new ArrayList<>();
    private String lastAnswer;
    private int rounds;
    private Spend spent = new Spend(0, 0, 0);

    Conversation(int iteration, ChatRequest first, String template, List<String> shownFiles) {
      this.iteration = iteration;
      this.shownFiles = List.copyOf(shownFiles);
      this.pending = first;
      this.pendingTemplate = template;
      log.add("## System\n\n" + fenced(first.system()));
    }

    /**
     * New files may be created; when one file was shown, a fenced method without a path (how weaker
     * models answer) is for that file.
     */
    ApplyOptions options() {
      ApplyOptions options = ApplyOptions.defaults().allowingNewFiles();
      return shownFiles.size() == 1 ? options.withTargetFile(shownFiles.get(0)) : options;
    }

    ChatRequest pending() {
      return pending;
    }

    String pendingTemplate() {
      return pendingTemplate;
    }

    int rounds() {
      return rounds;
    }

    /** Rounds after the first. */
    int repairs() {
      return Math.max(0, rounds - 1);
    }

    Spend spent() {
      return spent;
    }

    void answered(Exchange exchange, Spend spend) {
      rounds++;
      spent = spent.plus(spend);
      lastAnswer = exchange.text();
      var turns = pending.turns();
      log.add(
          "## Round "
              + rounds
              + " of iteration "
              + iteration
              + " ("
              + pendingTemplate
              + ")\n\n### Request\n\n"
              + fenced(turns.get(turns.size() - 1).text())
              + "\n### Answer ("
              + exchange.provider()
              + "/"
              + exchange.model()
              + ", "
              + spend.inputTokens()
              + " + "
              + spend.outputTokens()
              + " tokens, $"
              + String.format(java.util.Locale.ROOT, "%.4f", spend.usd())
              + ", "
              + exchange.attempts()
              + " attempt(s), finish "
              + exchange.finishReason().name().toLowerCase(java.util.Locale.ROOT)
              + ")\n\n"
              + fenced(exchange.text()));
    }

    void reply(PromptTemplate repair, String failure) {
      pending =
          pending.followUp(
              lastAnswer.isBlank() ? "(no answer)" : lastAnswer,
              repair.fill(Map.of("failure", failure.strip())));
      pendingTemplate = repair.id();
    }

    String transcript() {
      return String.join("\n", log);
    }

    private static String fenced(String text) {
      String fence = "````";
      while (text.contains(fence)) fence += "`";
      return fence + "text\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n";
    }
  }
}
