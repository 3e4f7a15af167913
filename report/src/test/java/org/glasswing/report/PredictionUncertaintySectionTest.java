package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.report.PredictionUncertaintySection.RowUncertainty;
import org.junit.jupiter.api.Test;

class PredictionUncertaintySectionTest {

  private static RowUncertainty row(int number, double top, double unusual) {
    return new RowUncertainty(
        number, "c<" + number % 2 + ">", top, 2 * top - 1, 0.5, 0.01 * number, unusual);
  }

  @Test
  void headlineCountsUnsureAndUnusualRowsAndTablesListTheExtremesFirst() throws Exception {
    List<RowUncertainty> rows = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      rows.add(row(i, 0.5 + i / 61.0, i == 7 || i == 12 ? 99.5 : i));
    }
    String html = new PredictionUncertaintySection(rows, "setup <text>").bodyHtml();

    // 0.5 + i/61 < 0.6 for i = 1..6
    assertThat(html).contains("20.0% of 30 rows get a top probability below 0.6");
    assertThat(html).contains("2 rows are more unusual than 99% of the training rows");
    assertThat(html).contains("setup &lt;text&gt;").contains("c&lt;1&gt;").doesNotContain("c<1>");
    int leastSure = html.indexOf("The rows it is least sure about");
    String unsureTable = html.substring(leastSure, html.indexOf("</table>", leastSure));
    assertThat(unsureTable.indexOf(">1</th>"))
        .isPositive()
        .isLessThan(unsureTable.indexOf(">2</th>"));
    assertThat(unsureTable).doesNotContain(">30</th>");
    String unusualTable = html.substring(html.indexOf("The rows least like the training data"));
    assertThat(unusualTable.indexOf(">7</th>"))
        .isPositive()
        .isLessThan(unusualTable.indexOf(">30</th>"));
    assertThat(unusualTable.indexOf(">12</th>")).isLessThan(unusualTable.indexOf(">30</th>"));
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    assertThat(Xml.parse(svg).getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(html).contains("Ensemble disagreement");
  }

  @Test
  void withoutEnsembleOrDistancesThoseColumnsAndTablesAreLeftOut() {
    String html =
        new PredictionUncertaintySection(
                List.of(new RowUncertainty(1, "a", 0.9, 0.8, 0.3, Double.NaN, Double.NaN)), "setup")
            .bodyHtml();
    assertThat(html)
        .doesNotContain("Ensemble disagreement")
        .doesNotContain("least like the training data")
        .doesNotContain("more unusual than");
  }

  @Test
  void noRowsIsRefused() {
    assertThatThrownBy(() -> new PredictionUncertaintySection(List.of(), "setup"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
