package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glasswing.core.data.Feature;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.GlobalImportance;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class BeeswarmTest {

  private static final List<Feature> FEATURES =
      List.of(
          Feature.numeric("small effect"),
          Feature.numeric("large effect"),
          Feature.nominal("colour", List.of("red", "green")),
          Feature.numeric("medium <effect>"));

  /** Rows whose attributions grow with the feature value, at four different scales. */
  private static List<Explanation> rows(int count) {
    Random random = new Random(7);
    double[] scale = {0.01, 0.4, 0.05, 0.1};
    List<Explanation> out = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      double[] values = new double[4];
      double[] phi = new double[4];
      for (int f = 0; f < 4; f++) {
        values[f] = f == 2 ? random.nextInt(2) : random.nextGaussian();
        phi[f] = scale[f] * (f == 2 ? values[f] - 0.5 : values[f]);
      }
      if (r == 3) {
        values[0] = Double.NaN;
      }
      out.add(
          new Explanation(
              r, 1, "yes", 0.5, 0.5, FEATURES, values, phi, null, "exact-shapley", Map.of()));
    }
    return out;
  }

  /** Every dot of the chart as {x, y, colour index}: the "Mx yh0" moves of the dot paths. */
  private static List<int[]> dots(String svg) {
    List<int[]> out = new ArrayList<>();
    Matcher path =
        Pattern.compile("<path class=\"dots\" d=\"([^\"]*)\" stroke=\"(#[0-9a-f]{6})\"")
            .matcher(svg);
    while (path.find()) {
      Matcher move = Pattern.compile("M(\\d+) (\\d+)h0").matcher(path.group(1));
      int colour = List.of(Beeswarm.RAMP).indexOf(path.group(2));
      while (move.find()) {
        out.add(
            new int[] {Integer.parseInt(move.group(1)), Integer.parseInt(move.group(2)), colour});
      }
    }
    return out;
  }

  @Test
  void everyFeatureIsLabelledInOrderOfMeanAbsoluteAttribution() throws Exception {
    String svg = new Beeswarm(rows(50)).svg("t", "contribution");

    Document doc = Xml.parse(svg);
    NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      labels.add(texts.item(i).getTextContent());
    }
    assertThat(labels.subList(0, 4))
        .containsExactly("large effect", "medium <effect>", "colour", "small effect");
    assertThat(labels).contains("feature value: low", "high", "nominal or missing (no order)");
  }

  @Test
  void eachDotSitsAtItsRowsAttributionOnItsFeaturesLine() {
    List<Explanation> rows = rows(120);
    Beeswarm swarm = new Beeswarm(rows);
    List<int[]> dots = dots(swarm.svg("t", "contribution"));

    assertThat(dots).hasSize(120 * 4);
    int[] order = swarm.order();
    for (int rank = 0; rank < order.length; rank++) {
      int f = order[rank];
      int centre = Beeswarm.centre(rank);
      List<Integer> drawn = new ArrayList<>();
      for (int[] dot : dots) {
        if (Math.abs(dot[1] - centre) < Beeswarm.ROW / 2) {
          drawn.add(dot[0]);
        }
      }
      List<Integer> expected = new ArrayList<>();
      for (Explanation e : rows) {
        expected.add((int) Math.round(swarm.x(e.attribution(f))));
      }
      assertThat(drawn).as(FEATURES.get(f).name()).containsExactlyInAnyOrderElementsOf(expected);
    }
    // the zero line is where an attribution of 0 is
    assertThat(swarm.svg("t", "c")).contains("class=\"zero\" d=\"M" + Math.round(swarm.x(0)) + " ");
  }

  @Test
  void colourFollowsTheValueFromLowToHighAndNominalOrMissingAreGrey() {
    List<Explanation> rows = rows(100);
    Beeswarm swarm = new Beeswarm(rows);
    List<int[]> dots = dots(swarm.svg("t", "contribution"));
    int largeRank = 0; // "large effect": attribution grows with the value, so does the colour
    int centre = Beeswarm.centre(largeRank);
    int leftColour = -1;
    int rightColour = -1;
    int minX = Integer.MAX_VALUE;
    int maxX = Integer.MIN_VALUE;
    for (int[] dot : dots) {
      if (Math.abs(dot[1] - centre) < Beeswarm.ROW / 2) {
        if (dot[0] < minX) {
          minX = dot[0];
          leftColour = dot[2];
        }
        if (dot[0] > maxX) {
          maxX = dot[0];
          rightColour = dot[2];
        }
      }
    }
    assertThat(leftColour).isZero();
    assertThat(rightColour).isEqualTo(Beeswarm.RAMP.length - 1);
    long grey = dots.stream().filter(d -> d[2] < 0).count();
    assertThat(grey).isEqualTo(100 + 1); // every colour dot, and the one missing value
  }

  @Test
  void theImportanceSectionShowsTheBeeswarmAndAtMostTheCappedRows() {
    List<Explanation> rows = rows(Beeswarm.MAX_ROWS + 30);
    GlobalImportanceSection section =
        new GlobalImportanceSection(
            GlobalImportance.meanAbsolute(rows), "exact", OutputKind.CLASS_PROBABILITY, rows);

    String html = section.bodyHtml();
    assertThat(html).contains("id=\"chart-beeswarm\"", "How to read it: one line per feature");
    assertThat(html).contains(Beeswarm.MAX_ROWS + " of the " + rows.size() + " explained rows");
    assertThat(dots(html)).hasSize(Beeswarm.MAX_ROWS * 4);
  }
}
