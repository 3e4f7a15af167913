package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glasswing.core.data.Feature;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.global.Profile;
import org.junit.jupiter.api.Test;

class PerClassPanelsTest {

  private static final List<String> CLASSES = List.of("setosa", "versicolor", "virginica");
  private static final List<Feature> FEATURES =
      List.of(Feature.numeric("petal length"), Feature.numeric("sepal width"));

  /** Row r predicts class r % 3 with probability 0.8, the others 0.1. */
  private static List<Explanation> everyClass(int rows) {
    List<Explanation> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < CLASSES.size(); c++) {
        double p = c == r % 3 ? 0.8 : 0.1;
        double[] phi = {(p - 1 / 3.0) * 0.75, (p - 1 / 3.0) * 0.25};
        out.add(
            new Explanation(
                r,
                c,
                CLASSES.get(c),
                1 / 3.0,
                p,
                FEATURES,
                new double[] {4, 3},
                phi,
                null,
                "tree-shap",
                Map.of()));
      }
    }
    return out;
  }

  @Test
  void thePredictedClassGetsTheLargeWaterfallAndTheOthersSmallPanels() throws Exception {
    LocalExplanationSection section =
        new LocalExplanationSection(everyClass(3), r -> r + 1, OutputKind.CLASS_PROBABILITY);

    String html = section.bodyHtml();
    for (int r = 0; r < 3; r++) {
      String predicted = CLASSES.get(r % 3);
      assertThat(html)
          .contains("Row " + (r + 1) + ": predicted probability of &#39;" + predicted + "&#39;");
      Matcher panels = Pattern.compile("id='chart-waterfall-" + (r + 1) + "-(\\d)'").matcher(html);
      List<Integer> small = new ArrayList<>();
      while (panels.find()) {
        small.add(Integer.parseInt(panels.group(1)) - 1);
      }
      List<Integer> others = new ArrayList<>(List.of(0, 1, 2));
      others.remove(Integer.valueOf(r % 3));
      assertThat(small).as("row " + (r + 1)).containsExactlyElementsOf(others);
    }
    assertThat(html.split("<div class=\"panels\">", -1)).hasSize(4);
    Xml.parse("<div>" + html.replace("<details>", "").replace("</details>", "") + "</div>");
  }

  @Test
  void theGroupingKeepsRowsInOrderAndPicksTheHighestOutput() {
    List<List<Explanation>> rows = LocalExplanationSection.byRow(everyClass(4));

    assertThat(rows).hasSize(4);
    for (int r = 0; r < 4; r++) {
      assertThat(rows.get(r)).extracting(Explanation::row).containsOnly(r);
      assertThat(LocalExplanationSection.predicted(rows.get(r)).targetIndex()).isEqualTo(r % 3);
    }
  }

  @Test
  void aMultiClassProfileGetsOneLineAndLegendPerClass() throws Exception {
    double[] grid = {1, 2, 3, 4};
    List<Profile> classes = new ArrayList<>();
    double[][] pdp = {{0.9, 0.5, 0.1, 0.0}, {0.1, 0.4, 0.6, 0.3}, {0.0, 0.1, 0.3, 0.7}};
    for (int c = 0; c < 3; c++) {
      classes.add(
          new Profile(
              FEATURES.get(0), CLASSES.get(c), grid, new double[][] {pdp[c]}, pdp[c], grid));
    }
    ProfileSection section =
        new ProfileSection(
            List.of(classes.get(0)), List.of(), OutputKind.CLASS_PROBABILITY, classes);

    String html = section.bodyHtml();
    Matcher chart =
        Pattern.compile("<svg[^>]*id='chart-profile-1-classes'[\\s\\S]*?</svg>").matcher(html);
    assertThat(chart.find()).isTrue();
    String svg = chart.group();
    Xml.parse(svg);
    for (String c : CLASSES) {
      assertThat(svg).contains(">class " + c + "</text>");
    }
    assertThat(html).contains("Partial dependence of every class");
  }

  @Test
  void aOneClassProfileHasNoPerClassChart() {
    double[] grid = {1, 2};
    Profile only = new Profile(FEATURES.get(0), "yes", grid, new double[][] {grid}, grid, grid);

    String html = new ProfileSection(List.of(only), OutputKind.CLASS_PROBABILITY).bodyHtml();

    assertThat(html).doesNotContain("-classes'");
  }
}
