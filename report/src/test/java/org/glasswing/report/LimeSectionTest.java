package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Feature;
import org.glasswing.core.explain.Explanation;
import org.junit.jupiter.api.Test;

class LimeSectionTest {

  private static final List<Feature> FEATURES =
      List.of(
          Feature.numeric("duration"),
          Feature.nominal("purpose", List.of("car", "<radio/tv>")),
          Feature.numeric("age"));

  private static Explanation lime(int row, double fidelity, double... weights) {
    Map<String, Double> extras = new LinkedHashMap<>();
    extras.put("fidelity", fidelity);
    extras.put("intercept", 0.4);
    extras.put("local_prediction", 0.7);
    return new Explanation(
            row,
            0,
            "good",
            0.4,
            0.72,
            FEATURES,
            new double[] {24, 1, 35},
            weights,
            null,
            "lime",
            Map.of())
        .withExtras(extras);
  }

  @Test
  void chartsTheUsedWeightsLargestFirstAndStatesTheFidelity() throws Exception {
    LimeSection section =
        new LimeSection(
            List.of(lime(0, 0.91, -0.05, 0.3, 0), lime(1, 0.2, 0, 0, 0.1)),
            r -> r + 10,
            OutputKind.CLASS_PROBABILITY);

    String html = section.bodyHtml();

    assertThat(section.id()).isEqualTo("lime");
    assertThat(html)
        .contains("Row 10: predicted probability of &#39;good&#39; is 0.72; local fidelity 0.91.");
    assertThat(html).contains("intercept 0.4, fidelity 0.91").contains("2 of 3 features");
    // the larger weight comes first; the unused feature (age, weight 0) is not shown for row 10
    int purpose = html.indexOf("<th scope=\"row\">purpose</th>");
    int duration = html.indexOf("<th scope=\"row\">duration</th>");
    assertThat(purpose).isPositive().isLessThan(duration);
    assertThat(html).contains("<td>&lt;radio/tv&gt;</td><td class=\"num\">+0.3</td>");
    assertThat(html).contains("Low fidelity").contains("only 20.0% of the classifier");
    assertThat(html.indexOf("Low fidelity")).isGreaterThan(html.indexOf("Row 11"));
    for (String svg : html.split("<svg")) {
      if (svg.contains("</svg>")) {
        Xml.parse("<svg" + svg.substring(0, svg.indexOf("</svg>") + 6));
      }
    }
    assertThat(html)
        .contains("id='chart-lime-1'")
        .contains("id='chart-lime-2'")
        .contains("purpose = &lt;radio/tv&gt;");
  }

  @Test
  void saysSoWhenTheSurrogateUsesNoFeatureAndRefusesOtherMethods() {
    String html =
        new LimeSection(List.of(lime(2, 1, 0, 0, 0)), r -> r + 1, OutputKind.NUMERIC_VALUE)
            .bodyHtml();
    assertThat(html).contains("The local model uses no feature").doesNotContain("<svg");

    Explanation shapley =
        new Explanation(
            0,
            0,
            "good",
            0.4,
            0.7,
            FEATURES,
            new double[3],
            new double[3],
            null,
            "exact-shapley",
            Map.of());
    assertThatThrownBy(
            () -> new LimeSection(List.of(shapley), r -> r + 1, OutputKind.CLASS_PROBABILITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'exact-shapley'");
  }
}
