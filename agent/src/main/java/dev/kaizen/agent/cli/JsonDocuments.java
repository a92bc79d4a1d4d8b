package dev.kaizen.agent.cli;

import dev.kaizen.agent.api.EvaluateResult;
import dev.kaizen.agent.api.GateResult;
import dev.kaizen.agent.api.History;
import dev.kaizen.agent.api.IndexResult;
import dev.kaizen.agent.api.InitResult;
import dev.kaizen.agent.api.PullRequestPreview;
import dev.kaizen.agent.api.ReportResult;
import dev.kaizen.agent.api.SandboxRun;
import dev.kaizen.agent.api.Shown;
import dev.kaizen.agent.index.MethodInfo;
import dev.kaizen.agent.index.ParseProblem;
import dev.kaizen.agent.index.TypeInfo;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.CheckRecord;
import dev.kaizen.agent.ledger.DecisionRecord;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.MeasurementRecord;
import dev.kaizen.agent.ledger.PairRecord;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.loop.SessionResult;
import dev.kaizen.agent.publish.Publication;
import dev.kaizen.agent.workspace.Pushed;
import dev.kaizen.sandbox.ExecResult;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * What each command prints with {@code --json}: one document per command, built from the
 * porcelain's result. Field names here are part of the command line's contract.
 */
final class JsonDocuments {

  private JsonDocuments() {}

  /** Prints {@code document} as indented JSON. */
  static void print(PrintStream out, Object document) {
    out.print(Json.pretty(document));
  }

  record Init(String written, String detected) {}

  static Init init(InitResult r) {
    return new Init(r.written().toString(), r.detected());
  }

  record Index(String root, int files, List<Type> types, List<String> problems) {}

  record Type(
      String name,
      String kind,
      String path,
      boolean test,
      List<Integer> lines,
      String summary,
      List<Method> methods) {}

  record Method(String name, String signature, List<Integer> lines, String summary) {}

  static Index index(IndexResult r) {
    return new Index(
        r.root().toString(),
        r.index().files().size(),
        r.index().types().stream().map(JsonDocuments::type).toList(),
        r.index().problems().stream().map(ParseProblem::toString).toList());
  }

  private static Type type(TypeInfo t) {
    return new Type(
        t.qualifiedName(),
        t.kind().name().toLowerCase(Locale.ROOT),
        t.path(),
        t.test(),
        List.of(t.lines().begin(), t.lines().end()),
        t.summary().orElse(null),
        t.methods().stream().map(JsonDocuments::method).toList());
  }

  private static Method method(MethodInfo m) {
    return new Method(
        m.name(),
        m.signature(),
        List.of(m.lines().begin(), m.lines().end()),
        m.summary().orElse(null));
  }

  static EvalJson evaluation(EvaluateResult r) {
    return new EvalJson(
        r.rev(),
        r.commit(),
        r.config(),
        r.sandbox(),
        CheckRecord.of(r.check()),
        r.measurement().map(MeasurementRecord::of).orElse(null));
  }

  static GateJson gate(GateResult r) {
    List<PairRecord> samples =
        r.decision()
            .evidence()
            .map(e -> e.samples().stream().map(PairRecord::of).toList())
            .orElse(null);
    return new GateJson(
        r.base(), r.candidate(), r.config(), r.sandbox(), DecisionRecord.of(r.decision()), samples);
  }

  record Session(
      String session,
      String branch,
      String base,
      String best,
      int tried,
      int accepted,
      String stopReason,
      long tokens,
      double costUsd,
      List<Iteration> iterations) {}

  record Iteration(
      String id,
      String proposer,
      String source,
      String summary,
      String decision,
      String reason,
      String commit,
      Double effect,
      Double ciLow,
      Double ciHigh,
      Double p,
      Integer pairs) {}

  static Session session(SessionResult r) {
    return new Session(
        r.session(),
        r.branch(),
        r.base(),
        r.best(),
        r.tried(),
        r.accepted(),
        r.stopReason(),
        r.iterations().stream().mapToLong(IterationRecord::tokens).sum(),
        r.iterations().stream().mapToDouble(IterationRecord::costUsd).sum(),
        r.iterations().stream()
            .map(
                i ->
                    new Iteration(
                        i.id(),
                        i.proposer(),
                        i.source(),
                        i.summary(),
                        i.decision(),
                        i.reason(),
                        i.commit(),
                        i.effect(),
                        i.ciLow(),
                        i.ciHigh(),
                        i.p(),
                        i.pairs()))
            .toList());
  }

  record Sessions(List<SessionRow> sessions) {}

  record SessionRow(
      String session,
      String started,
      String status,
      String proposer,
      int tried,
      int accepted,
      String base,
      String best,
      String branch) {}

  static Sessions history(History h) {
    return new Sessions(
        h.sessions().stream()
            .map(
                s ->
                    new SessionRow(
                        s.id(),
                        s.started(),
                        s.status(),
                        s.proposer(),
                        s.tried(),
                        s.accepted(),
                        s.base(),
                        s.best(),
                        s.branch()))
            .toList());
  }

  record ShownSession(SessionRecord session, List<IterationRecord> iterations) {}

  record ShownIteration(IterationRecord iteration, String directory, List<String> artifacts) {}

  static Object shown(Shown shown) {
    if (shown instanceof Shown.Iteration i)
      return new ShownIteration(i.iteration(), i.directory().toString(), i.artifacts());
    var s = (Shown.Session) shown;
    return new ShownSession(s.session(), s.iterations());
  }

  record PullRequests<T>(List<T> pullRequests) {}

  static PullRequests<PullRequestPreview> previews(List<PullRequestPreview> previews) {
    return new PullRequests<>(previews);
  }

  record Published(
      String session,
      String branch,
      String commit,
      String action,
      Integer number,
      String url,
      String pushed,
      String detail) {}

  static PullRequests<Published> publications(List<Publication> done) {
    return new PullRequests<>(
        done.stream()
            .map(
                p ->
                    new Published(
                        p.session(),
                        p.branch(),
                        p.commit(),
                        p.action().id(),
                        p.pullRequest().map(pr -> pr.number()).orElse(null),
                        p.pullRequest().map(pr -> pr.url()).orElse(null),
                        p.pushed().map(Pushed::id).orElse(null),
                        p.detail()))
            .toList());
  }

  record Run(
      String backend,
      int exitCode,
      String stdout,
      String stderr,
      long elapsedMs,
      boolean timedOut,
      boolean oomKilled,
      boolean truncated) {}

  static Run sandboxRun(SandboxRun run) {
    ExecResult r = run.result();
    return new Run(
        run.backend(),
        r.exitCode(),
        r.stdout(),
        r.stderr(),
        r.elapsed().toMillis(),
        r.timedOut(),
        r.oomKilled(),
        r.truncated());
  }

  record Report(String path, int sessions, int iterations) {}

  static Report report(ReportResult r) {
    return new Report(r.path().toString(), r.sessions(), r.iterations());
  }
}
