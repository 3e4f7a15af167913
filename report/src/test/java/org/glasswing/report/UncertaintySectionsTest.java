package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.ConformalSummary;
import org.glasswing.core.uncertainty.PredictionSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class UncertaintySectionsTest {

  private static final ClassPredictions FOUR =
      new ClassPredictions(
          List.of("good", "bad <x>"),
          new double[][] {{0.9, 0.1}, {0.8, 0.2}, {0.3, 0.7}, {0.4, 0.6}},
          new int[] {0, 1, 1, 0});

  @Test
  void calibrationSectionShowsTheEceTheDiagramAndBothColumns() throws Exception {
    CalibrationMetrics model = CalibrationMetrics.of(FOUR, 5);
    CalibrationMetrics after =
        CalibrationMetrics.of(
            FOUR.withProbabilities(new double[][] {{0.6, 0.4}, {0.6, 0.4}, {0.4, 0.6}, {0.4, 0.6}}),
            5);
    CalibrationSection section = new CalibrationSection("5-fold CV", model, "temperature", after);
    String html = section.bodyHtml();

    assertThat(html).contains("Expected calibration error: <strong>25.0%</strong>");
    assertThat(html).contains("After temperature").contains("<svg").contains("5-fold CV");
    // two non-empty bins in the bins table: 0.6–0.8 and 0.8–1
    assertThat(html).contains("0.6–0.8").contains("0.8–1");
    Document svg = Xml.parse(html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6));
    assertThat(svg.getDocumentElement().getAttribute("id")).isEqualTo("chart-reliability");
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("perfect calibration")
        .contains("after temperature");
    assertThat(Xml.parse("<div>" + html + "</div>")).isNotNull();
    assertThatThrownBy(() -> new CalibrationSection("cv", model, "platt", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void conformalSectionReportsCoverageSetSizesAndEscapedClasses() throws Exception {
    List<PredictionSet> sets =
        List.of(
            new PredictionSet(List.of(0), List.of(0.5, 0.05)),
            new PredictionSet(List.of(0, 1), List.of(0.5, 0.5)),
            new PredictionSet(List.of(1), List.of(0.05, 0.6)),
            new PredictionSet(List.of(1), List.of(0.05, 0.6)));
    ConformalSummary summary =
        ConformalSummary.of(sets, new int[] {0, 1, 1, 0}, FOUR.labels(), 0.1);
    String html = new ConformalSection("split conformal, LAC", summary).bodyHtml();

    assertThat(html).contains("<strong>75.0%</strong> of 4 rows");
    assertThat(html).contains("at least 90.0%; below it");
    assertThat(html).contains("bad &lt;x&gt;").doesNotContain("bad <x>");
    assertThat(html).contains("1.25 classes on average");
    assertThat(Xml.parse("<div>" + html + "</div>")).isNotNull();
    assertThat(new ConformalSection("x", summary).question()).contains("90.0%");
  }
}
