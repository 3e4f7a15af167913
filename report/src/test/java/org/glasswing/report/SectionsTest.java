package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.GlobalImportance;
import org.junit.jupiter.api.Test;

class SectionsTest {

  @Test
  void datasetSummaryCountsRowsClassesMissingValuesAndRanges() {
    Schema schema =
        new Schema(
            List.of(
                Feature.numeric("duration"),
                Feature.nominal("checking", List.of("<0", "0<=X<200")),
                Feature.nominal("class", List.of("good", "bad"))),
            2);
    Dataset data =
        new Dataset(
            schema,
            new double[][] {
              {6, 1, 0}, {12, 1, 0}, {Double.NaN, 0, 1}, {24, Double.NaN, 0}, {48, 1, 0}
            });

    String html = new DatasetSummarySection(data, "tiny & <odd>").bodyHtml();

    assertThat(html).contains("tiny &amp; &lt;odd&gt;").contains("5 rows, 3 columns");
    assertThat(html).contains("<strong>class</strong>: nominal with 2 classes");
    // class counts: good 4 (80%), bad 1 (20%)
    assertThat(html)
        .contains("<th scope=\"row\">good</th><td class=\"num\">4</td><td class=\"num\">80.0%</td>")
        .contains("<th scope=\"row\">bad</th><td class=\"num\">1</td><td class=\"num\">20.0%</td>");
    // duration: 1 missing, min 6, mean 22.5, max 48
    assertThat(html)
        .contains(
            "<th scope=\"row\">duration</th><td>numeric</td><td class=\"num\">1</td>"
                + "<td class=\"num\">6</td><td class=\"num\">22.5</td><td class=\"num\">48</td>");
    // checking: 1 missing, 2 labels, '0<=X<200' in 3 rows
    assertThat(html).contains("<td class=\"num\">2</td><td>0&lt;=X&lt;200 (3 rows)</td>");
    assertThat(html).contains("class (target)").contains("id='chart-class-distribution'");
  }

  @Test
  void classificationPerformanceShowsAccuracyAndTheConfusionMatrix() {
    ConfusionMatrix matrix =
        new ConfusionMatrix(List.of("<0", "0<=X<200"), new double[][] {{50, 10}, {5, 35}});
    ModelPerformanceSection section =
        ModelPerformanceSection.classification(
            "J48 -C 0.25", "10-fold cross-validation, seed 1", matrix);

    String html = section.bodyHtml();

    assertThat(html).contains("<strong>85.0%</strong> (85 of 100 rows predicted correctly)");
    assertThat(html).contains("10-fold cross-validation, seed 1").contains("J48 -C 0.25");
    assertThat(html)
        .contains(
            "<tr><th scope=\"row\">&lt;0</th><td class=\"num hit\">50</td>"
                + "<td class=\"num\">10</td><td class=\"num\">60</td></tr>")
        .contains(
            "<tr><th scope=\"row\">0&lt;=X&lt;200</th><td class=\"num\">5</td>"
                + "<td class=\"num hit\">35</td><td class=\"num\">40</td></tr>");
    assertThat(html).contains("'&lt;0', would be right 60.0% of the time");
    assertThat(section.title()).contains("classifier");
  }

  @Test
  void regressionPerformanceListsItsMeasures() {
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("correlation", 0.912);
    metrics.put("mean absolute error", 3.14159);
    metrics.put("root mean squared error", 4.5);

    String html =
        ModelPerformanceSection.regression("M5P", "10-fold cross-validation, seed 1", metrics)
            .bodyHtml();

    assertThat(html)
        .contains("<th scope=\"row\">correlation</th><td class=\"num\">0.912</td>")
        .contains("<th scope=\"row\">mean absolute error</th><td class=\"num\">3.14</td>")
        .contains("<th scope=\"row\">root mean squared error</th><td class=\"num\">4.5</td>")
        .doesNotContain("Accuracy");
  }

  @Test
  void globalImportanceListsFeaturesMostImportantFirstAndSaysHowToRead() {
    GlobalImportance importance =
        GlobalImportance.meanAbsolute(ReportFixtures.explanations(40, false));
    String html = new GlobalImportanceSection(importance, "exact Shapley values").bodyHtml();

    assertThat(html)
        .contains("the longer the bar, the more this feature moves the predicted probability of")
        .contains("&#39;good&#39;")
        .contains("exact Shapley values")
        .contains("over 40 rows")
        .contains("id='chart-global-importance'");
    List<GlobalImportance.FeatureImportance> sorted = importance.sortedByImportance();
    String first = "<th scope=\"row\">" + Html.escape(sorted.get(0).feature().name()) + "</th>";
    String last =
        "<th scope=\"row\">"
            + Html.escape(sorted.get(sorted.size() - 1).feature().name())
            + "</th>";
    assertThat(html.indexOf(first)).isPositive().isLessThan(html.indexOf(last));
    assertThat(html).contains(Numbers.format(sorted.get(0).meanAbsolute()));
  }

  @Test
  void localExplanationsCaptionEachRowAndListEveryContribution() {
    List<Explanation> explanations = ReportFixtures.explanations(3, true);
    String html = new LocalExplanationSection(explanations, row -> row + 1).bodyHtml();

    Explanation first = explanations.get(0);
    assertThat(html)
        .contains(
            "Row 1: predicted probability of &#39;good&#39; is "
                + Numbers.format(first.prediction())
                + " against an average of 0.7.")
        .contains("<h3>Row 3:")
        .doesNotContain("Row 4:")
        .contains("id='chart-waterfall-1'")
        .contains("id='chart-waterfall-3'")
        .contains("Standard error")
        .contains("<td>0&lt;=X&lt;200</td>")
        .contains("±");
    for (int f = 0; f < first.size(); f++) {
      assertThat(html).contains(Html.escape(first.features().get(f).name()));
    }
  }

  @Test
  void localExplanationsNeedAtLeastOne() {
    assertThatThrownBy(() -> new LocalExplanationSection(List.of(), row -> row))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsAreListedInOrderAndEscaped() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("seed", "1");
    settings.put("classifier", "weka.classifiers.trees.J48 -C <0.25>");
    String html = new SettingsSection(settings).bodyHtml();

    assertThat(html)
        .contains("<th scope=\"row\">seed</th><td>1</td>")
        .contains("J48 -C &lt;0.25&gt;");
    assertThat(html.indexOf("seed")).isLessThan(html.indexOf("classifier"));
  }
}
