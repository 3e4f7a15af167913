package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.glasswing.core.uncertainty.ConformalSummary;
import org.junit.jupiter.api.Test;

class FindingsTest {

  private static ConformalSummary sets(double badCoverage) {
    return new ConformalSummary(
        1000,
        0.1,
        0.7 * 0.97 + 0.3 * badCoverage,
        1.4,
        0.6,
        0,
        List.of("good", "bad"),
        List.of(700, 300),
        List.of(0.97, badCoverage));
  }

  @Test
  void aClassClearlyBelowTheTargetIsAWarningThatNamesTheMondrianSets() {
    ConformalSection section = new ConformalSection("split", sets(0.737), sets(0.907));

    List<Finding> findings = section.findings();

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).tone()).isEqualTo(Finding.Tone.WARNING);
    assertThat(findings.get(0).text()).contains("'bad' only 73.7%", "Mondrian", "90.7%");
    assertThat(section.bodyHtml()).contains("class=\"warning\"", "Mondrian coverage");
  }

  @Test
  void aShortfallThatChanceExplainsIsNoWarning() {
    // 88% of 300 rows: the Wilson interval reaches above 90%.
    assertThat(ConformalSection.shortClasses(sets(0.88))).isEmpty();
    assertThat(new ConformalSection("split", sets(0.88)).findings().get(0).tone())
        .isEqualTo(Finding.Tone.GOOD);
  }

  @Test
  void theSummaryComesFirstAndLinksEachFindingToItsSection() {
    ConformalSection conformal = new ConformalSection("split", sets(0.737));
    Report report = new Report("Audit", "", Map.of(), List.of(conformal));

    String page = new HtmlReportWriter().render(report);

    int summary = page.indexOf("<section id=\"findings\"");
    assertThat(summary).isPositive().isLessThan(page.indexOf("<section id=\"conformal\""));
    assertThat(page.substring(summary)).contains("<a href=\"#conformal\">");
    assertThat(page.indexOf("To act on")).isGreaterThan(summary);
  }
}
