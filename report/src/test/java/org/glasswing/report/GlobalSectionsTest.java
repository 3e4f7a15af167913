package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.glasswing.core.data.Feature;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.ImportanceScore;
import org.glasswing.core.global.Profile;
import org.glasswing.core.global.SurrogateSummary;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GlobalSectionsTest {

  private static final Feature HOSTILE = Feature.numeric(ReportFixtures.HOSTILE);
  private static final Feature AGE = Feature.numeric("age");
  private static final Feature COLOUR = Feature.nominal("colour", List.of("red", "green", "blue"));

  @Test
  void importanceSectionDrawsABarPerFeatureMostImportantFirstWithIntervals() throws Exception {
    ImportanceResult result =
        new ImportanceResult(
            "permutation",
            "drop in accuracy",
            0.82,
            List.of(
                new ImportanceScore(AGE, 0.01, 0.004, -0.002, 0.022),
                new ImportanceScore(HOSTILE, 0.12, 0.03, 0.1, 0.14),
                new ImportanceScore(COLOUR, 0.05, 0.01, 0.04, 0.06)));
    PermutationImportanceSection section = new PermutationImportanceSection(result);

    String html = section.bodyHtml();

    assertThat(section.id()).isEqualTo("importance-permutation");
    assertThat(html).doesNotContain("<script>").contains("The intact model scores 0.82.");
    assertThat(html).contains("<td class=\"num\">-0.002 to 0.022</td>");
    int hostile = html.indexOf("<th scope=\"row\">&lt;script&gt;");
    int colour = html.indexOf("<th scope=\"row\">colour");
    int age = html.indexOf("<th scope=\"row\">age");
    assertThat(hostile).isPositive().isLessThan(colour);
    assertThat(colour).isLessThan(age);
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    Document document = Xml.parse(svg);
    assertThat(texts(document)).contains("drop in accuracy", "colour", "age");
  }

  @Test
  void profileChartHasAThickPdpThinIceLinesAndARugTick() throws Exception {
    Profile profile =
        new Profile(
            AGE,
            "good",
            new double[] {20, 40, 60},
            new double[][] {{0.1, 0.2, 0.3}, {0.3, 0.4, 0.5}},
            new double[] {0.2, 0.3, 0.4},
            new double[] {25, Double.NaN, 58});

    String svg = LineCharts.profile("p1", profile, "predicted probability of 'good'");

    Document document = Xml.parse(svg);
    assertThat(document.getDocumentElement().getAttribute("id")).isEqualTo("chart-p1");
    // Each curve is one path: one for the PDP, one per ICE curve.
    List<Element> strokes = elementsWithStroke(document);
    assertThat(strokes.stream().filter(e -> style(e).contains("stroke-width:3.5;"))).hasSize(1);
    assertThat(strokes.stream().filter(e -> style(e).startsWith("stroke-width:0.8"))).hasSize(2);
    // one rug tick per known value: a short vertical subpath, the ticks merged into one path
    assertThat(
            strokes.stream()
                .filter(e -> style(e).startsWith("stroke-width:0.6"))
                .flatMap(e -> children(e, "path").stream())
                .mapToLong(e -> e.getAttribute("d").chars().filter(c -> c == 'M').count())
                .sum())
        .isEqualTo(2);
    assertThat(texts(document)).contains("age"); // the rotated value-axis label is drawn as a path
  }

  @Test
  void profileSectionNamesTheOutputAndFeatureAndNominalAxesShowLabels() throws Exception {
    Profile nominal =
        new Profile(
            COLOUR,
            "good",
            new double[] {0, 1, 2},
            new double[][] {{0.1, 0.2, 0.3}},
            new double[] {0.1, 0.2, 0.3},
            new double[] {2});

    String html = new ProfileSection(List.of(nominal), OutputKind.CLASS_PROBABILITY).bodyHtml();

    assertThat(html)
        .contains("predicted probability of &#39;good&#39; as 'colour' varies, over 1 row.");
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    assertThat(texts(Xml.parse(svg))).contains("red", "green", "blue");
    assertThatThrownBy(() -> new ProfileSection(List.of(), OutputKind.NUMERIC_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void surrogateSectionShowsFidelitySizeEscapedTreeAndTheDepthTable() {
    SurrogateSummary summary =
        new SurrogateSummary(
            "weka.classifiers.trees.J48 -C 0.25 -M 2",
            "checking_status = <0 : bad (10/2)",
            1,
            4,
            "agreement",
            0.875,
            700,
            300,
            List.of(
                new SurrogateSummary.DepthRow(1, 1, 4, 0.875),
                new SurrogateSummary.DepthRow(2, 2, 9, 0.9)));

    String html = new SurrogateSection(summary).bodyHtml();

    assertThat(html)
        .contains("the same class as the model on 87.5% of 300 held-out rows")
        .contains("depth 1 and 4 leaves")
        .contains("<pre class=\"tree\">checking_status = &lt;0 : bad (10/2)</pre>")
        .contains(
            "<th scope=\"row\">2</th><td class=\"num\">2</td><td class=\"num\">9</td>"
                + "<td class=\"num\">90.0%</td>");
  }

  private static String style(Element e) {
    return e.getAttribute("style");
  }

  private static List<Element> children(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS("*", name);
    java.util.ArrayList<Element> found = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static List<Element> elementsWithStroke(Document document) {
    NodeList all = document.getElementsByTagNameNS("*", "*");
    java.util.ArrayList<Element> found = new java.util.ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("style").contains("stroke-width")) {
        found.add(e);
      }
    }
    return found;
  }

  private static String texts(Document document) {
    NodeList nodes = document.getElementsByTagNameNS("*", "text");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.append(nodes.item(i).getTextContent()).append('\n');
    }
    return out.toString();
  }
}
