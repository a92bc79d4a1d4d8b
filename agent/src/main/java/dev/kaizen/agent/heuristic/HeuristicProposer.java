package dev.kaizen.agent.heuristic;

import com.github.javaparser.ast.CompilationUnit;
import dev.kaizen.agent.index.SourceFile;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.agent.propose.ProposalContext;
import dev.kaizen.agent.propose.Proposer;
import dev.kaizen.agent.propose.Provenance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The offline proposer: rewrite rules made with JavaParser, no model.
 *
 * <p>It walks the main (non-test) Java files of the index in path order, leaving out files that did
 * not parse and protected paths, reads each from the tree, and collects every place where a rule
 * applies, by line (then column, then rule order). It proposes the first place whose key was not
 * tried yet and whose rewrite succeeds (a rewrite that no longer parses is proposed all the same,
 * so the loop drops it with the parser's reason in the ledger). The key, {@code
 * <rule-id>:<path>:<Type#method>:<line>}, stays the same as long as the file does not change. When
 * one rule has several places on the same line of the same method, each of their keys ends with
 * {@code :<column>} as well; once one of them is rewritten, the other gets the plain key, which is
 * new, so it is still proposed. The goal does not change what it proposes; it is recorded in the
 * transcript.
 */
public final class HeuristicProposer implements Proposer {

  /** The name used in {@code --proposer}, the ledger and commit trailers. */
  public static final String NAME = "heuristic";

  private final List<RewriteRule> rules;

  /** A proposer with the {@link RewriteRules#standard() standard rules}. */
  public HeuristicProposer() {
    this(RewriteRules.standard());
  }

  /** A proposer with every rule of {@code rules}, in its order. */
  public HeuristicProposer(RewriteRules rules) {
    this(rules.all());
  }

  /** A proposer with only these rules, tried in this order where two apply on the same spot. */
  public HeuristicProposer(List<RewriteRule> rules) {
    this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    var ids = new HashSet<String>();
    for (RewriteRule rule : this.rules) {
      if (!ids.add(rule.id())) throw new IllegalArgumentException("two rules with id " + rule.id());
    }
  }

  /** Every rule this package has: the {@link RewriteRules#standard() standard rules}, in order. */
  public static List<RewriteRule> defaultRules() {
    return RewriteRules.standard().all();
  }

  public List<RewriteRule> rules() {
    return rules;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Proposal> propose(Goal goal, ProposalContext context) {
    Objects.requireNonNull(goal, "goal");
    List<SourceFile> files =
        context.index().files().stream()
            .filter(f -> !f.test() && f.parsed() && !context.isProtected().test(f.path()))
            .sorted(Comparator.comparing(SourceFile::path))
            .toList();
    for (SourceFile file : files) {
      Optional<String> source = read(context, file.path());
      if (source.isEmpty()) continue;
      Optional<CompilationUnit> unit = Parsing.parse(source.get());
      if (unit.isEmpty()) continue;
      for (Candidate candidate : candidates(file.path(), unit.get())) {
        if (context.tried().contains(candidate.key())) continue;
        RewriteResult result = candidate.rule().rewrite(source.get(), candidate.place());
        if (!result.isSuccessful()) continue;
        String after = result.text().orElseThrow();
        // A rewrite that no longer parses is still proposed: the loop drops it with the parser's
        // reason in the ledger, where a broken rule shows up instead of vanishing silently.
        if (after.equals(source.get())) continue;
        var edit = new FileEdit(file.path(), source.get(), after);
        return Optional.of(proposal(goal, candidate, edit, result.rewrittenCode()));
      }
    }
    return Optional.empty();
  }

  /** One place a rule applies to, with its key. */
  private record Candidate(String path, RewriteRule rule, int ruleOrder, Place place, String key) {}

  private List<Candidate> candidates(String path, CompilationUnit unit) {
    var found = new ArrayList<Candidate>();
    for (int r = 0; r < rules.size(); r++) {
      for (Place place : rules.get(r).find(unit))
        found.add(new Candidate(path, rules.get(r), r, place, ""));
    }
    found.sort(
        Comparator.comparingInt((Candidate c) -> c.place().line())
            .thenComparingInt(c -> c.place().column())
            .thenComparingInt(Candidate::ruleOrder));
    Map<String, Integer> sharing = new HashMap<>();
    found.forEach(c -> sharing.merge(baseKey(path, c), 1, Integer::sum));
    var keyed = new ArrayList<Candidate>();
    for (Candidate c : found) {
      String base = baseKey(path, c);
      String key = sharing.get(base) == 1 ? base : base + ":" + c.place().column();
      keyed.add(new Candidate(path, c.rule(), c.ruleOrder(), c.place(), key));
    }
    return keyed;
  }

  private static String baseKey(String path, Candidate c) {
    return c.rule().id() + ":" + path + ":" + c.place().member() + ":" + c.place().line();
  }

  private static Optional<String> read(ProposalContext context, String path) {
    try {
      return Optional.of(Files.readString(context.tree().resolve(path)));
    } catch (NoSuchFileException | CharacterCodingException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + " in " + context.tree(), e);
    }
  }

  private static Proposal proposal(Goal goal, Candidate c, FileEdit edit, String rewrittenCode) {
    Place place = c.place();
    String file = c.path().substring(c.path().lastIndexOf('/') + 1);
    String summary =
        place.summary()
            + " in "
            + place.memberDisplayName()
            + " ("
            + file
            + ":"
            + place.line()
            + ")";
    String transcript =
        Transcripts.of(goal, c.rule(), c.path(), c.key(), summary, place, rewrittenCode);
    return new Proposal(
        c.key(),
        summary,
        place.rationale(),
        Patch.of(edit),
        Provenance.offline(NAME, c.rule().id()),
        transcript);
  }
}
