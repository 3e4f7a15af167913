package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.data.Schema;
import org.glasswing.core.embedding.Embedding;
import org.glasswing.core.embedding.FeatureMatrix;
import org.glasswing.core.embedding.Pca;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.examples.MmdCritic;
import org.glasswing.core.examples.PrototypeSet;
import org.junit.jupiter.api.Test;

class PrototypesSectionTest {

  private static final Schema SCHEMA =
      new Schema(
          List.of(
              Feature.numeric("x"),
              Feature.numeric("y"),
              Feature.nominal("class", List.of("a<b", "c"))),
          2);

  /** Class 'a<b' in two clusters around (0, 0) and (10, 10), class 'c' in one around (0, 10). */
  private static Dataset clusters() {
    SplittableRandom random = new SplittableRandom(4);
    double[][] rows = new double[60][];
    for (int i = 0; i < 60; i++) {
      int cluster = i % 3;
      double cx = cluster == 1 ? 10 : 0;
      double cy = cluster == 0 ? 0 : 10;
      rows[i] =
          new double[] {
            cx + random.nextGaussian() * 0.5, cy + random.nextGaussian() * 0.5, cluster == 2 ? 1 : 0
          };
    }
    return new Dataset(SCHEMA, rows);
  }

  private static List<PrototypeSet> sets(Dataset data, int prototypes, int criticisms) {
    return new MmdCritic(RowDistance.gower(data), prototypes, criticisms, Double.NaN, 1)
        .perClass(data, ProgressListener.NONE, CancellationToken.NONE);
  }

  @Test
  void listsPrototypesAndCriticismsPerClassWithTheirMmdAndAMapMarkingThem() throws Exception {
    Dataset data = clusters();
    List<PrototypeSet> sets = sets(data, 2, 1);
    Embedding map = Pca.map(FeatureMatrix.encode(data), CancellationToken.NONE);
    PrototypesSection section = new PrototypesSection(sets, data, i -> i + 1, map);

    String html = section.bodyHtml();

    assertThat(section.id()).isEqualTo("prototypes");
    assertThat(section.question()).contains("each class");
    // one summary row per class with its MMD², the class label escaped
    assertThat(html)
        .contains(
            "<tr><th scope=\"row\">a&lt;b</th><td class=\"num\">40</td><td class=\"num\">2</td>"
                + "<td class=\"num\">1</td><td class=\"num\">"
                + Numbers.format(sets.get(0).mmd2())
                + "</td></tr>")
        .contains("<th scope=\"row\">c</th><td class=\"num\">20</td>");
    assertThat(html).doesNotContain("a<b");
    // every chosen row is in the table under its 1-based number
    for (PrototypeSet set : sets) {
      for (int row : set.prototypes()) {
        assertThat(html).contains("<td>prototype</td>").contains(">" + (row + 1) + "</td>");
      }
      for (int i = 0; i < set.criticisms().size(); i++) {
        assertThat(html).contains(Numbers.signed(set.witness().get(i)));
      }
    }
    // two charts (map and witness bars), both well-formed SVG; the map's legend has three roles
    assertThat(html).contains("chart-prototypes-map").contains("chart-prototypes-witness");
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    Xml.parse(svg);
    assertThat(svg).contains(">other rows<").contains(">prototype<").contains(">criticism<");
    assertThat(html).contains("Show the values of the prototypes of a&lt;b");
  }

  @Test
  void theTwoPrototypesOfATwoClusterClassFallOneInEachCluster() {
    Dataset data = clusters();
    PrototypeSet first = sets(data, 2, 0).get(0);
    // the map-free section still lists them; and they are the rows MMD-critic chose
    String html = new PrototypesSection(List.of(first), data, i -> i + 1, null).bodyHtml();
    int a = first.prototypes().get(0);
    int b = first.prototypes().get(1);
    assertThat(a % 3).isNotEqualTo(b % 3);
    assertThat(html).doesNotContain("<svg").doesNotContain("<td>criticism</td>");
    assertThat(html).contains(">" + (a + 1) + "</td>").contains(">" + (b + 1) + "</td>");
  }

  @Test
  void globalSetsAskAboutTheWholeData() {
    Dataset data = clusters();
    PrototypeSet global =
        new MmdCritic(RowDistance.gower(data), 3, 2, Double.NaN, 1)
            .global(data, ProgressListener.NONE, CancellationToken.NONE);
    PrototypesSection section = new PrototypesSection(List.of(global), data, i -> i + 101, null);
    assertThat(section.question()).contains("the data");
    String html = section.bodyHtml();
    assertThat(html)
        .contains("<th scope=\"row\">all rows</th>")
        .contains("chart-prototypes-witness");
    assertThat(html).contains(">" + (global.prototypes().get(0) + 101) + "</td>");
  }

  @Test
  void emphasisedGroupsOfAScatterAreDrawnDifferently() throws Exception {
    List<SvgCharts.Point> points =
        List.of(new SvgCharts.Point(0, 0, "rows"), new SvgCharts.Point(1, 1, "prototype"));
    String plain = SvgCharts.scatter("s", points, "x", "y");
    String marked = SvgCharts.scatter("s", points, "x", "y", java.util.Set.of("prototype"));
    Xml.parse(marked);
    assertThat(marked).isNotEqualTo(plain);
    assertThat(SvgCharts.scatter("s", points, "x", "y", java.util.Set.of())).isEqualTo(plain);
  }

  @Test
  void refusesNoSetsRowsOutsideTheDataAndAMapOfOtherRows() {
    Dataset data = clusters();
    List<PrototypeSet> sets = sets(data, 1, 0);
    assertThatThrownBy(() -> new PrototypesSection(List.of(), data, i -> i + 1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one set");
    PrototypeSet outside = new PrototypeSet(0, 3, List.of(60), List.of(), List.of(), 0.1);
    assertThatThrownBy(() -> new PrototypesSection(List.of(outside), data, i -> i + 1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the reference rows");
    Embedding small = new Embedding("pca", new double[][] {{0, 0}}, List.of(0.5, 0.2));
    assertThatThrownBy(() -> new PrototypesSection(sets, data, i -> i + 1, small))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 points for 60 reference rows");
  }
}
