package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SvgChartsTest {

  @Test
  void barChartIsWellFormedScalableSvgWithEscapedLabels() throws Exception {
    String svg =
        SvgCharts.horizontalBars(
            "bars",
            List.of(
                new SvgCharts.Bar(ReportFixtures.HOSTILE, 0.3, 0.05),
                new SvgCharts.Bar("0<=X<200 & more", 0.1, Double.NaN)),
            "mean |contribution|");

    Document document = Xml.parse(svg);
    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(document.getDocumentElement().getAttribute("viewBox")).isNotBlank();
    assertThat(document.getDocumentElement().getAttribute("id")).isEqualTo("chart-bars");
    assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
    assertThat(texts(document)).contains(ReportFixtures.HOSTILE, "0<=X<200 & more");
  }

  @Test
  void waterfallIsWellFormedSvgWithAStepLabelPerStep() throws Exception {
    Waterfall waterfall = Waterfall.of(ReportFixtures.explanations(1, true).get(0));

    String svg = SvgCharts.waterfall("waterfall-1", waterfall, "predicted probability of 'good'");

    Document document = Xml.parse(svg);
    String texts = texts(document);
    assertThat(texts).contains("4 other features", "start: average 0.7", "end: this row");
    for (Waterfall.Step step : waterfall.steps()) {
      assertThat(texts).contains(step.label()).contains(Numbers.signed(step.delta(), 2));
    }
  }

  @Test
  void chartsForSwingHostsHaveOneCategoryPerBarOrStep() {
    Waterfall waterfall = Waterfall.of(ReportFixtures.explanations(1, true).get(0));
    org.jfree.chart.JFreeChart steps = SvgCharts.waterfallChart(waterfall, "probability");
    assertThat(steps.getCategoryPlot().getDataset().getColumnCount())
        .isEqualTo(waterfall.steps().size());
    assertThat(steps.getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("probability");
    org.jfree.chart.JFreeChart bars =
        SvgCharts.horizontalBarsChart(
            List.of(new SvgCharts.Bar("a", 0.3, 0.05), new SvgCharts.Bar("b", 0.1, Double.NaN)),
            "importance");
    org.jfree.data.category.CategoryDataset data = bars.getCategoryPlot().getDataset();
    assertThat(data.getColumnCount()).isEqualTo(2);
    assertThat(data.getColumnKey(0).toString()).isEqualTo("a");
    assertThat(data.getColumnKey(1).toString()).isEqualTo("b");
  }

  private static String texts(Document document) {
    NodeList nodes = document.getElementsByTagNameNS("*", "text");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.append(nodes.item(i).getTextContent()).append('\n');
    }
    return out.toString();
  }

  @Test
  void signedBarsFollowTheOneColourRuleRedRaisesBlueLowers() throws Exception {
    String svg =
        SvgCharts.signedBars(
            "signed",
            List.of(
                new SvgCharts.Bar("up", 0.3, Double.NaN),
                new SvgCharts.Bar("down", -0.2, Double.NaN)),
            "local weight");

    Xml.parse(svg);
    // one red bar and one blue bar (each drawn as a rect), plus the two legend swatches
    assertThat(svg).containsPattern("<rect[^>]*fill:rgb\\(192,57,43\\)");
    assertThat(svg).containsPattern("<rect[^>]*fill:rgb\\(31,111,178\\)");
    assertThat(svg).doesNotContain("rgb(11,92,173)");
    assertThat(texts(Xml.parse(svg))).contains("raises the prediction", "lowers the prediction");
  }
}
