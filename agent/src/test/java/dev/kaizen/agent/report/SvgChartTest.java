package dev.kaizen.agent.report;

import static dev.kaizen.agent.report.Xml.hasClass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SvgChartTest {

  private static SvgChart effects() {
    return SvgChart.of("Effect per iteration", 600, 300)
        .xAxis("iteration", 0.5, 3.5)
        .yAxis("effect", "%")
        .includeY(0)
        .rule(0, "zero", null)
        .rule(1, "threshold", "τ = +1.0%")
        .errorBar(1, -2.0, 1.6, "inconclusive")
        .point(1, 0.03, SvgChart.Shape.DIAMOND, "inconclusive", "#1", "#it-1")
        .errorBar(2, 3.1, 7.4, "accepted")
        .point(2, 5.2, SvgChart.Shape.CIRCLE, "accepted", "#2", "#it-2")
        .point(3, 0, SvgChart.Shape.CROSS, "none", "#3 not measured", null)
        .legend(SvgChart.Shape.CIRCLE, "accepted", "accepted");
  }

  @Test
  void the_y_domain_is_nice_and_covers_every_mark_and_every_included_value() {
    SvgChart.YAxis y = effects().yAxis();

    assertThat(y.kind()).isEqualTo(SvgChart.YKind.LINEAR);
    assertThat(y.scale().low()).isLessThanOrEqualTo(-2.0);
    assertThat(y.scale().high()).isGreaterThanOrEqualTo(7.4);
    assertThat(y.ticks()).first().isEqualTo(y.scale().low());
    assertThat(y.ticks()).last().isEqualTo(y.scale().high());
    assertThat(
            SvgChart.of("t", 300, 200)
                .xAxis("x", 0, 1)
                .includeY(-50)
                .point(0.5, 10, SvgChart.Shape.CIRCLE, "a", null, null)
                .yAxis()
                .scale()
                .low())
        .isEqualTo(-50);
  }

  @Test
  void renders_well_formed_svg_with_one_mark_per_point_and_error_bar() {
    Xml svg = Xml.parse(effects().render());

    assertThat(svg.one("/svg").getAttribute("role")).isEqualTo("img");
    assertThat(svg.one("/svg").getAttribute("aria-label")).isEqualTo("Effect per iteration");
    assertThat(svg.all("//g[@class='marks']//g[" + hasClass("point") + "]")).hasSize(3);
    assertThat(svg.all("//g[" + hasClass("errorbar") + "]")).hasSize(2);
    assertThat(svg.all("//g[" + hasClass("rule") + "]")).hasSize(2);
    assertThat(svg.text("//g[" + hasClass("threshold") + "]/text")).isEqualTo("τ = +1.0%");
    assertThat(svg.all("//a[@href='#it-2']/g[" + hasClass("accepted") + "]/circle")).hasSize(1);
    assertThat(svg.all("//g[@class='legend']/text"))
        .extracting(Element::getTextContent)
        .containsExactly("accepted");
  }

  @Test
  void points_and_error_bars_sit_where_the_scales_put_them() {
    SvgChart chart = effects();
    Scale x = chart.xScale();
    SvgChart.YAxis y = chart.yAxis();
    Xml svg = Xml.parse(chart.render());

    Element accepted =
        svg.one("//g[" + hasClass("accepted") + " and " + hasClass("point") + "]/circle");
    assertThat(Double.parseDouble(accepted.getAttribute("cx")))
        .isCloseTo(x.apply(2), org.assertj.core.data.Offset.offset(0.06));
    assertThat(Double.parseDouble(accepted.getAttribute("cy")))
        .isCloseTo(y.apply(5.2), org.assertj.core.data.Offset.offset(0.06));
    Element bar =
        svg.all("//g[" + hasClass("errorbar") + " and " + hasClass("accepted") + "]/line").get(0);
    double top = Double.parseDouble(bar.getAttribute("y2"));
    double bottom = Double.parseDouble(bar.getAttribute("y1"));
    assertThat(bottom).as("the interval's low end is drawn below its high end").isGreaterThan(top);
    assertThat(bottom).isCloseTo(y.apply(3.1), org.assertj.core.data.Offset.offset(0.06));
  }

  @Test
  void one_effect_that_dwarfs_the_others_gets_a_symmetric_log_axis_so_the_others_stay_apart() {
    SvgChart chart =
        effects()
            .yAuto()
            .errorBar(4, 10090, 12142, "accepted")
            .point(4, 11329, SvgChart.Shape.CIRCLE, "accepted", null, null);

    SvgChart.YAxis y = chart.yAxis();

    assertThat(chart.yKind()).isEqualTo(SvgChart.YKind.SYMLOG);
    assertThat(y.ticks())
        .containsExactly(-10.0, -1.0, 0.0, 1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0);
    assertThat(y.labels())
        .containsExactly("-10", "-1", "0", "1", "10", "100", "1,000", "10,000", "100,000");
    assertThat(y.apply(5.2) - y.apply(2.0))
        .as("+2% and +5.2% stay apart (a linear axis would put them 0.1 px apart)")
        .isLessThan(-10);
    assertThat(y.apply(-2) - y.apply(0))
        .as("a negative effect is still drawn below zero")
        .isGreaterThan(10);
    Xml svg = Xml.parse(chart.render());
    List<String> labels =
        svg.all("//g[@class='axis']/text[@text-anchor='end']").stream()
            .map(Element::getTextContent)
            .toList();
    assertThat(labels)
        .as("labels too close to zero's are left out; zero keeps its own")
        .contains("\u221210%", "0%", "10,000%")
        .doesNotContain("1%", "\u22121%");
  }

  @Test
  void positive_values_spanning_decades_get_a_log_axis_and_a_single_large_effect_stays_linear() {
    SvgChart medians =
        SvgChart.of("m", 400, 200)
            .xAxis("x", 0, 3)
            .yAuto()
            .point(1, 800, SvgChart.Shape.RING, "baseline", null, null)
            .point(2, 5.5, SvgChart.Shape.CIRCLE, "accepted", null, null);
    assertThat(medians.yKind()).isEqualTo(SvgChart.YKind.LOG);
    assertThat(medians.yAxis().ticks()).containsExactly(1.0, 10.0, 100.0, 1000.0);
    assertThat(medians.yAxis().apply(5.5)).isGreaterThan(medians.yAxis().apply(800));

    SvgChart close =
        SvgChart.of("m", 400, 200)
            .xAxis("x", 0, 3)
            .yAuto()
            .point(1, 800, SvgChart.Shape.RING, "baseline", null, null)
            .point(2, 630, SvgChart.Shape.CIRCLE, "accepted", null, null);
    assertThat(close.yKind()).isEqualTo(SvgChart.YKind.LINEAR);

    SvgChart alone =
        SvgChart.of("e", 400, 200)
            .xAxis("x", 0, 2)
            .yAuto()
            .includeY(0)
            .errorBar(1, 10090, 12142, "accepted")
            .point(1, 11329, SvgChart.Shape.CIRCLE, "accepted", null, null);
    assertThat(alone.yKind()).as("nothing to flatten").isEqualTo(SvgChart.YKind.LINEAR);
    assertThat(effects().yKind())
        .as("linear unless asked to choose")
        .isEqualTo(SvgChart.YKind.LINEAR);
  }

  @Test
  void a_log_axis_over_few_decades_also_ticks_at_two_and_five() {
    SvgChart chart =
        SvgChart.of("m", 400, 200)
            .xAxis("x", 0, 3)
            .yAuto()
            .point(1, 0.15, SvgChart.Shape.CIRCLE, "a", null, null)
            .point(2, 8, SvgChart.Shape.CIRCLE, "a", null, null);

    assertThat(chart.yAxis().ticks()).containsExactly(0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0);
    assertThat(chart.yAxis().labels()).containsExactly("0.1", "0.2", "0.5", "1", "2", "5", "10");
  }

  @Test
  void tick_labels_carry_the_unit_and_the_x_axis_counts_whole_iterations() {
    Xml svg = Xml.parse(effects().render());

    List<String> labels =
        svg.all("//g[@class='axis']/text[@text-anchor='end']").stream()
            .map(Element::getTextContent)
            .toList();
    assertThat(labels)
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).endsWith("%"))
        .contains("0%")
        .contains("\u22122%");
    assertThat(
            svg.all("//g[@class='axis']/text[@text-anchor='middle' and not(@class)]").stream()
                .map(Element::getTextContent))
        .containsExactly("1", "2", "3");
  }

  @Test
  void every_string_is_escaped_titles_tooltips_labels_and_links() {
    String hostile = "<script>alert('x')</script>\"&";
    String svg =
        SvgChart.of(hostile, 400, 200)
            .xAxis(hostile, 0, 2)
            .yAxis(hostile, hostile)
            .point(1, 1, SvgChart.Shape.CIRCLE, "accepted", hostile, "#\"><script>")
            .rule(1, "zero", hostile)
            .legend(SvgChart.Shape.SQUARE, "rejected", hostile)
            .render();

    assertThat(svg).doesNotContain("<script>");
    Xml parsed = Xml.parse(svg);
    assertThat(parsed.one("//a").getAttribute("href")).isEqualTo("#\"><script>");
    assertThat(parsed.text("/svg/title")).isEqualTo(hostile);
    assertThat(parsed.text("//g[" + hasClass("point") + "]/title")).isEqualTo(hostile);
  }

  @Test
  void marks_that_are_not_finite_are_left_out() {
    Xml svg =
        Xml.parse(
            SvgChart.of("t", 400, 200)
                .xAxis("x", 0, 2)
                .point(1, Double.NaN, SvgChart.Shape.CIRCLE, "a", null, null)
                .errorBar(1, Double.NEGATIVE_INFINITY, 1, "a")
                .point(1, 2, SvgChart.Shape.CIRCLE, "a", null, null)
                .render());

    assertThat(svg.all("//g[" + hasClass("point") + "]")).hasSize(1);
    assertThat(svg.all("//g[" + hasClass("errorbar") + "]")).isEmpty();
  }

  @Test
  void an_empty_chart_still_has_axes() {
    Xml svg = Xml.parse(SvgChart.of("nothing", 400, 200).xAxis("x", 0.5, 1.5).render());

    assertThat(svg.all("//g[@class='axis']/line")).hasSizeGreaterThan(2);
  }

  @Test
  void refuses_an_empty_x_domain_and_a_tiny_canvas() {
    assertThatThrownBy(() -> SvgChart.of("t", 400, 200).xAxis("x", 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SvgChart.of("t", 50, 50)).isInstanceOf(IllegalArgumentException.class);
  }
}
