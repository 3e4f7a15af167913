package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glasswing.core.counterfactual.Counterfactual;
import org.glasswing.core.counterfactual.CounterfactualResult;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.examples.Neighbour;
import org.glasswing.core.examples.Neighbourhood;
import org.junit.jupiter.api.Test;

class ExampleSectionsTest {

  private static final Schema SCHEMA =
      new Schema(
          List.of(
              Feature.numeric("age"),
              Feature.nominal("housing", List.of("rent", "own")),
              Feature.nominal("class", List.of("bad", "good"))),
          2);

  private static final Dataset TRAIN =
      new Dataset(SCHEMA, new double[][] {{30, 0, 1}, {41, 1, 0}, {33, 0, 1}});

  @Test
  void nearestExamplesShowTheNeighboursAgreementChartAndValues() {
    Neighbourhood near =
        new Neighbourhood(
            1,
            0.8,
            List.of(new Neighbour(2, 0.05, 1, 1, 0.9), new Neighbour(1, 0.4, 0, 1, 0.6)),
            0.5,
            1.0);
    NearestExamplesSection section =
        new NearestExamplesSection(new double[] {32, 0, Double.NaN}, 7, near, TRAIN, i -> i + 1);

    String html = section.bodyHtml();

    assertThat(section.id()).isEqualTo("nearest-examples-7");
    assertThat(html)
        .contains("predicts &#39;good&#39; (80.0%) for row 7")
        .contains("50.0% are recorded as")
        .contains("<svg")
        .contains(
            "<tr><th scope=\"row\">#1</th><td class=\"num\">3</td><td class=\"num\">0.05</td>"
                + "<td>good</td><td>good (90.0%)</td></tr>")
        .contains("<tr><th scope=\"row\">age</th><td>32</td><td>33</td><td>41</td></tr>");
  }

  @Test
  void counterfactualTableListsOnlyChangedAttributesAndTheMeasures() {
    CounterfactualResult result =
        new CounterfactualResult(
            new double[] {30, 0, Double.NaN},
            0,
            1,
            List.of(
                new Counterfactual(new double[] {45, 0, Double.NaN}, 0.7, 0.3, 1, 0.1),
                new Counterfactual(new double[] {30, 1, Double.NaN}, 0.6, 0.5, 1, 0.2)),
            0.8,
            900,
            5000);
    String html = new CounterfactualSection(SCHEMA, 4, result).bodyHtml();

    assertThat(html)
        .contains("<tr><th scope=\"row\">age</th><td>30</td><td>45</td><td></td></tr>")
        .contains("<tr><th scope=\"row\">housing</th><td>rent</td><td></td><td>own</td></tr>")
        .contains("<td>70.0%</td><td>60.0%</td>")
        .contains("diversity): 0.8");
  }

  @Test
  void counterfactualSectionSaysWhenNoneWasFound() {
    CounterfactualResult none =
        new CounterfactualResult(new double[] {30, 0, 0}, 0, 1, List.of(), Double.NaN, 500, 500);
    String html = new CounterfactualSection(SCHEMA, 2, none).bodyHtml();
    assertThat(html).contains("No change that makes it predict").contains("budget of 500");
    assertThat(html).doesNotContain("<table");
  }

  @Test
  void dataMapDrawsOneColouredPointPerRowAndStatesTheQuality() {
    org.glasswing.core.embedding.Embedding map =
        new org.glasswing.core.embedding.Embedding(
            "pca", new double[][] {{0, 0}, {1, 2}, {3, 1}}, List.of(0.6, 0.3));
    DataMapSection section =
        new DataMapSection(map, List.of("good", "bad", "good"), "class", 0.91, 5);

    String html = section.bodyHtml();

    assertThat(section.id()).isEqualTo("data-map-pca");
    assertThat(html).contains("3 rows, coloured by class").contains("90.0% of the spread");
    assertThat(html).contains("Trustworthiness 0.91").contains("<svg").contains("axis 1 (60.0%)");
    // two groups: the first palette colour for 'good' (its two points as one path), the second for
    // 'bad'
    java.util.regex.Matcher good =
        java.util.regex.Pattern.compile("fill:rgb\\(31,111,178\\)[^>]*><path d='([^']*)'")
            .matcher(html);
    long most = 0;
    while (good.find()) {
      most = Math.max(most, good.group(1).chars().filter(c -> c == 'M').count());
    }
    assertThat(most).isEqualTo(2);
    assertThat(html).contains("rgb(192,57,43)");
  }
}
