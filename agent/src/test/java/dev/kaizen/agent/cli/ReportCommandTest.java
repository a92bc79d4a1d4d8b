package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.LedgerFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaizen report}: reads the ledger only, writes one page, prints where. No Docker needed.
 */
class ReportCommandTest {

  @TempDir Path tmp;

  @Test
  void writes_report_html_into_the_workspace_and_prints_its_path() throws Exception {
    Path workspace = tmp.resolve("ws");
    LedgerFixture.writeReport(workspace);

    CliRun run = CliRun.of("report", "--workspace", workspace.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Path report = workspace.resolve("report.html").toAbsolutePath();
    assertThat(run.out()).isEqualTo(report + System.lineSeparator());
    String html = Files.readString(report);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains(LedgerFixture.REPORT_SESSION)
        .contains(LedgerFixture.EMPTY_SESSION)
        .doesNotContain("<script");
  }

  @Test
  void json_prints_the_path_and_what_the_page_holds() {
    Path workspace = tmp.resolve("ws");
    LedgerFixture.writeReport(workspace);
    Path out = tmp.resolve("out/nested/page.html");

    CliRun run =
        CliRun.of("report", "--workspace", workspace.toString(), "--out", out.toString(), "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.json().get("path").asText()).isEqualTo(out.toAbsolutePath().toString());
    assertThat(run.json().get("sessions").asInt()).isEqualTo(2);
    assertThat(run.json().get("iterations").asInt()).isEqualTo(5);
    assertThat(out).isRegularFile();
    assertThat(run.err()).as("nothing but JSON on stdout, and no noise on stderr").isEmpty();
  }

  @Test
  void session_takes_an_id_a_unique_prefix_or_latest() throws Exception {
    Path workspace = tmp.resolve("ws");
    LedgerFixture.writeReport(workspace);
    Path out = tmp.resolve("one.html");

    CliRun byPrefix =
        CliRun.of(
            "report",
            "--workspace",
            workspace.toString(),
            "--out",
            out.toString(),
            "--session",
            "20261127-09");
    assertThat(byPrefix.exitCode()).as(byPrefix.toString()).isZero();
    assertThat(Files.readString(out))
        .contains("id=\"s-" + LedgerFixture.REPORT_SESSION + "\"")
        .doesNotContain(LedgerFixture.EMPTY_SESSION);

    CliRun latest =
        CliRun.of(
            "report",
            "--workspace",
            workspace.toString(),
            "--out",
            out.toString(),
            "--session",
            "latest");
    assertThat(latest.exitCode()).as(latest.toString()).isZero();
    assertThat(Files.readString(out))
        .contains("id=\"s-" + LedgerFixture.EMPTY_SESSION + "\"")
        .doesNotContain("id=\"s-" + LedgerFixture.REPORT_SESSION);
  }

  @Test
  void an_unknown_or_ambiguous_session_is_a_usage_error() {
    Path workspace = tmp.resolve("ws");
    LedgerFixture.writeReport(workspace);

    CliRun unknown = CliRun.of("report", "--workspace", workspace.toString(), "--session", "1999");
    assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(2);
    assertThat(unknown.err()).contains("no session '1999'");

    CliRun ambiguous =
        CliRun.of("report", "--workspace", workspace.toString(), "--session", "2026");
    assertThat(ambiguous.exitCode()).as(ambiguous.toString()).isEqualTo(2);
    assertThat(ambiguous.err()).contains("matches several sessions");
    assertThat(workspace.resolve("report.html")).doesNotExist();
  }

  @Test
  void an_empty_ledger_exits_2_with_one_line_saying_so() {
    CliRun run = CliRun.of("report", "--workspace", tmp.resolve("nothing-here").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err().lines())
        .hasSize(1)
        .first()
        .asString()
        .startsWith(
            "kaizen: the ledger is empty: no session in " + tmp.resolve("nothing-here/sessions"))
        .contains("kaizen improve");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void without_workspace_it_reads_workspace_at_the_repository_root_without_cloning_anything()
      throws Exception {
    try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
      repo.write("README.md", "hi\n").commitAll("init");
      LedgerFixture.writeReport(repo.root().resolve("workspace"));
      Path sub = Files.createDirectories(repo.root().resolve("src/main"));

      CliRun run = CliRun.of("report", "--repo", sub.toString());

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out().strip())
          .isEqualTo(repo.root().resolve("workspace/report.html").toAbsolutePath().toString());
      try (var files = Files.list(repo.root().resolve("workspace"))) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder("sessions", "report.html");
      }
    }
  }

  @Test
  void outside_a_repository_and_without_workspace_it_exits_3_naming_the_option() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));

    CliRun run = CliRun.of("report", "--repo", plain.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("not a git repository").contains("--workspace");
  }

  @Test
  void is_listed_in_the_help_and_its_own_help_reads_cleanly() {
    assertThat(CliRun.of("--help").out()).contains("report");

    CliRun help = CliRun.of("report", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("95% interval").contains("--session=ID").contains("--out=FILE");
    assertThat(help.err())
        .as("picocli warns about unescaped format characters on stderr")
        .isEmpty();
  }
}
