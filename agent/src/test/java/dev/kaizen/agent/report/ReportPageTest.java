package dev.kaizen.agent.report;

import static dev.kaizen.agent.report.Xml.hasClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.testing.LedgerFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The page for {@link LedgerFixture}'s ledger: its outline against a golden file, and the promises
 * that do not show in an outline (escaping, the content security policy, no request).
 */
class ReportPageTest {

  static final Instant GENERATED = Instant.parse("2026-11-28T08:00:00Z");
  private static final Path GOLDEN =
      Path.of("src/test/resources/dev/kaizen/agent/report/fixture-report.outline.txt");

  @TempDir Path workspace;
  private String html;
  private Xml page;

  static String render(Ledger ledger) {
    List<SessionData> sessions = ledger.sessions().stream().map(SessionData::read).toList();
    return new ReportPage(GENERATED, "/ws/sessions").render(sessions);
  }

  @BeforeEach
  void renderTheFixture() {
    html = render(LedgerFixture.writeReport(workspace));
    page = Xml.parse(html);
  }

  @Test
  void the_outline_matches_the_golden_file() throws Exception {
    String outline = Outline.of(page);
    if (Boolean.getBoolean("kaizen.updateGolden"))
      Files.writeString(GOLDEN, outline, StandardCharsets.UTF_8);
    assertThat(GOLDEN)
        .as("the golden outline (write it with -Dkaizen.updateGolden=true, then review it)")
        .exists();
    assertThat(outline)
        .as(
            "outline of the report (run with -Dkaizen.updateGolden=true to accept a deliberate change)")
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void a_ledger_the_first_release_wrote_renders_the_same_page_as_one_written_through_the_codec(
      @TempDir Path old) {
    String firstRelease = render(LedgerFixture.writeReport(old, LedgerFixture.Schema.V1));

    assertThat(firstRelease).as("the same page").isEqualTo(html);
  }

  @Test
  void a_summary_and_reasons_from_a_model_are_text_never_markup() {
    assertThat(html).doesNotContain("<script").doesNotContain("</script>");
    assertThat(page.all("//script")).isEmpty();
    Element row = page.one("//tr[@id='it-" + LedgerFixture.REPORT_SESSION + "-2']");
    assertThat(row.getTextContent())
        .contains("Cache the formatter " + LedgerFixture.HOSTILE)
        .contains("2 tests failed: demo.ReportTest#renders " + LedgerFixture.HOSTILE);
    assertThat(page.all("//*[local-name()='title' and contains(., '" + "alert(" + "')]"))
        .as("tooltips carry it as text")
        .isNotEmpty();
  }

  @Test
  void the_content_security_policy_allows_the_page_style_by_its_hash_and_nothing_else()
      throws Exception {
    String csp =
        page.one("/html/head/meta[@http-equiv='Content-Security-Policy']").getAttribute("content");
    String css = page.text("/html/head/style");

    assertThat(csp)
        .startsWith("default-src 'none';")
        .contains("img-src 'none'")
        .doesNotContain("unsafe")
        .doesNotContain("script-src");
    Matcher hash = Pattern.compile("style-src 'sha256-([A-Za-z0-9+/=]+)'").matcher(csp);
    assertThat(hash.find()).as(csp).isTrue();
    assertThat(hash.group(1)).as("the hash of the <style> element's text").isEqualTo(sha256(css));
    assertThat(page.all("//*[@style]"))
        .as("style attributes would be blocked by the policy")
        .isEmpty();
  }

  @Test
  void nothing_is_loaded_from_anywhere() {
    String withoutSvgNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assertThat(withoutSvgNamespace)
        .doesNotContainPattern("(?i)https?:|//[a-z]")
        .doesNotContain("url(")
        .doesNotContain("@import");
    assertThat(page.all("//*[@src]")).isEmpty();
    assertThat(page.all("//link")).isEmpty();
    assertThat(page.all("//a[not(starts-with(@href, '#'))]"))
        .as("links stay in the page")
        .isEmpty();
  }

  @Test
  void every_link_in_the_page_points_at_an_element_of_it() {
    for (Element a : page.all("//a")) {
      String target = a.getAttribute("href").substring(1);
      assertThat(page.all("//*[@id='" + target + "']"))
          .as("target of " + a.getAttribute("href"))
          .hasSize(1);
    }
  }

  @Test
  void the_effect_chart_marks_each_decision_and_shows_the_interval_of_each_measured_one() {
    Element chart =
        page.one(
            "//section[@id='s-"
                + LedgerFixture.REPORT_SESSION
                + "']//*[local-name()='svg' and @aria-label='Effect per iteration']");
    Xml svg = Xml.parse(serialize(chart));

    assertThat(
            svg.all(
                "//g[@class='marks']//g["
                    + hasClass("point")
                    + " and "
                    + hasClass("accepted")
                    + "]"))
        .hasSize(2);
    assertThat(
            svg.all(
                "//g[@class='marks']//g["
                    + hasClass("point")
                    + " and "
                    + hasClass("inconclusive")
                    + "]"))
        .hasSize(1);
    assertThat(
            svg.all(
                "//g[@class='marks']//g[" + hasClass("point") + " and " + hasClass("none") + "]"))
        .as("#2 and #4: not measured")
        .hasSize(2);
    assertThat(svg.all("//g[" + hasClass("errorbar") + "]")).hasSize(3);
    assertThat(svg.text("//g[" + hasClass("threshold") + "]/text")).isEqualTo("τ = +1.0%");
  }

  @Test
  void costs_are_totalled_per_proposer() {
    List<String> rows =
        page.all("//section[@id='overview']//table[@class='costs']/tbody/tr").stream()
            .map(ReportPageTest::cells)
            .toList();

    assertThat(rows)
        .containsExactly(
            "llm 2 1 20,000 $0.0363 $0.0363",
            "heuristic 3 1 0 $0 $0",
            "total 5 2 20,000 $0.0363 $0.0182");
  }

  @Test
  void a_session_without_iterations_says_so() {
    Element section = page.one("//section[@id='s-" + LedgerFixture.EMPTY_SESSION + "']");
    assertThat(section.getTextContent())
        .contains("No iteration was recorded in this session.")
        .contains("interrupted (Ctrl-C)");
  }

  @Test
  void an_unreadable_scorecard_is_named_and_the_rest_is_still_shown(@TempDir Path other)
      throws Exception {
    Ledger ledger = LedgerFixture.writeReport(other);
    SessionLog log = ledger.open(LedgerFixture.REPORT_SESSION);
    Files.writeString(log.iterationDirectory(3).resolve("scorecard.json"), "{not json");

    Xml broken = Xml.parse(render(ledger));

    assertThat(broken.one("//div[@class='problems']").getTextContent())
        .contains("the scorecard of iteration 3 could not be read");
    assertThat(broken.all("//table[@class='decisions']/tbody/tr[@id]")).hasSize(5);
  }

  private static String cells(Element row) {
    var cells = new java.util.ArrayList<String>();
    for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling())
      if (n instanceof Element) cells.add(n.getTextContent());
    return String.join(" ", cells);
  }

  private static String sha256(String text) throws Exception {
    return Base64.getEncoder()
        .encodeToString(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  static String serialize(Node node) {
    try {
      var t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
      var w = new java.io.StringWriter();
      t.transform(
          new javax.xml.transform.dom.DOMSource(node),
          new javax.xml.transform.stream.StreamResult(w));
      return w.toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
