package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.glassbox.AdditiveModel;
import org.glasswing.core.glassbox.ClassPath;
import org.glasswing.core.glassbox.ExplainableBoosting;
import org.glasswing.core.glassbox.ShapeTerm;
import org.glasswing.core.glassbox.SparseLogistic;
import org.glasswing.core.glassbox.SparseLogisticModel;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The path plot and the shape-function chart. */
class GlassboxChartsTest {

  /** x1 and x2 drive the class, x3 does not; colour shifts it a little. */
  private static Dataset data(int n) {
    SplittableRandom random = new SplittableRandom(4);
    List<Feature> f =
        List.of(
            Feature.numeric("x1"),
            Feature.numeric("x2"),
            Feature.numeric("x3"),
            Feature.nominal("colour", List.of("red", "green")),
            Feature.nominal("class", List.of("no", "yes")));
    double[][] rows = new double[n][];
    for (int r = 0; r < n; r++) {
      double x1 = random.nextGaussian();
      double x2 = random.nextGaussian();
      int colour = random.nextInt(2);
      double eta = 2 * x1 - x2 + 0.5 * colour;
      double y = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
      rows[r] = new double[] {x1, x2, random.nextGaussian(), colour, y};
    }
    return new Dataset(new Schema(f, 4), rows);
  }

  private static List<String> texts(Document svg) {
    NodeList nodes = svg.getElementsByTagNameNS("*", "text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().trim());
    }
    return out;
  }

  @Test
  void thePathPlotNamesTheKeptInputsAndMarksTheChoice() throws Exception {
    SparseLogisticModel model =
        SparseLogistic.train(
            data(300),
            new SparseLogistic.Settings(1, 30, 1e-3, 5, true, 0, 1),
            ProgressListener.NONE,
            CancellationToken.NONE);
    ClassPath path = model.paths().get(0);
    String svg = PathChart.plot("path", model, path);
    Document doc = Xml.parse(svg);
    List<String> texts = texts(doc);
    assertThat(texts).contains("x1", "x2", "chosen", "inputs kept");
    assertThat(String.join(" ", texts)).contains("log10 lambda");
    if (path.choice().minimum() != path.chosen()) {
      assertThat(texts).contains("min");
    }
    // One path element per input whose coefficient ever moves, plus the kept-count step line.
    int moving = 0;
    for (int j = 0; j < model.design().size(); j++) {
      for (int s = 0; s < path.path().steps(); s++) {
        if (path.path().beta(s)[j] != 0) {
          moving++;
          break;
        }
      }
    }
    assertThat(doc.getElementsByTagNameNS("*", "path").getLength()).isGreaterThanOrEqualTo(moving);
  }

  @Test
  void theShapeChartDrawsEachAttributeOverItsDensity() throws Exception {
    Dataset d = data(300);
    ExplainableBoosting.Settings s =
        new ExplainableBoosting.Settings(200, 0.1, 3, 16, 8, 0, 2, 0.15, 20, 2, 1);
    AdditiveModel model =
        ExplainableBoosting.train(d, s, ProgressListener.NONE, CancellationToken.NONE);
    for (ShapeTerm term : model.terms()) {
      int column = term.columns()[0];
      String svg =
          ShapeChart.plot(
              "shape-" + column,
              term,
              model.bins(column),
              d.column(column),
              List.of("yes"),
              "log-odds of yes");
      List<String> texts = texts(Xml.parse(svg));
      assertThat(texts).contains(d.schema().feature(column).name(), "training rows per bin");
      if (d.schema().feature(column).isNominal()) {
        assertThat(texts).contains("red", "green");
      }
    }
    ShapeTerm first = model.terms().get(0);
    assertThatThrownBy(
            () ->
                ShapeChart.plot(
                    "x",
                    new ShapeTerm(
                        new int[] {0, 1}, new int[] {2, 2}, new double[][] {{0, 0, 0, 0}}),
                    model.bins(0),
                    d.column(0),
                    List.of("yes"),
                    "s"))
        .hasMessageContaining("one attribute");
    assertThat(first.isPair()).isFalse();
  }
}
