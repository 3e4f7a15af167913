package org.glasswing.core.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.glasswing.core.testing.SoftmaxNet;
import org.junit.jupiter.api.Test;

class GradientExplainersTest {

  /** Two numeric attributes and one nominal with three labels; three classes. */
  private static final Schema SCHEMA =
      new Schema(
          List.of(
              Feature.numeric("a"),
              Feature.nominal("colour", List.of("red", "green", "blue")),
              Feature.numeric("b"),
              Feature.nominal("class", List.of("x", "y", "z"))),
          3);

  private static final double[][] W = {
    {1.5, 0.3, -0.7, 0.2, -1.0},
    {-0.5, 1.1, 0.4, -0.9, 0.8},
    {0.2, -0.6, 0.9, 0.5, 0.3}
  };

  private static final SoftmaxNet NET =
      new SoftmaxNet(SCHEMA, W, new double[] {0.1, -0.2, 0}, null);

  private static final Dataset ROWS =
      new Dataset(SCHEMA, new double[][] {{0.8, 1, -1.2, 0}, {-0.4, 2, 2.5, 0}, {1.9, 0, 0.3, 0}});

  private static final EvaluationEngine ENGINE = EvaluationEngine.defaults();

  @Test
  void gradientTimesInputIsTheAnalyticGradientTimesTheValueAndANominalGetsItsActiveIndicator() {
    List<Explanation> out =
        new GradientTimesInput().explain(NET, ROWS, TargetSelection.named("y"), ENGINE);
    assertThat(out).hasSize(3);
    for (Explanation e : out) {
      double[] row = ROWS.row(e.row());
      double[] x = NET.encode(row);
      double[] p = NET.scores(new double[][] {x}, Score.PROBABILITY)[0];
      double[] g = new double[5];
      for (int i = 0; i < 5; i++) {
        g[i] = p[1] * (W[1][i] - (p[0] * W[0][i] + p[1] * W[1][i] + p[2] * W[2][i]));
      }
      int label = (int) row[1];
      assertThat(e.attribution(0)).isCloseTo(g[0] * row[0], within(1e-12));
      assertThat(e.attribution(1)).isCloseTo(g[1 + label], within(1e-12));
      assertThat(e.attribution(2)).isCloseTo(g[4] * row[2], within(1e-12));
      assertThat(e.prediction()).isCloseTo(p[1], within(1e-12));
      assertThat(e.baseValue()).isNaN();
    }
  }

  @Test
  void saliencyIsTheAbsoluteGradientSummedOverANominalsIndicators() {
    Explanation e =
        new Saliency()
            .explain(NET, ROWS.select(new int[] {0}), TargetSelection.named("x"), ENGINE)
            .get(0);
    double[] x = NET.encode(ROWS.row(0));
    double[] g = NET.inputGradients(new double[][] {x}, new int[] {0}, Score.PROBABILITY)[0];
    assertThat(e.attribution(0)).isCloseTo(Math.abs(g[0]), within(1e-12));
    assertThat(e.attribution(1))
        .isCloseTo(Math.abs(g[1]) + Math.abs(g[2]) + Math.abs(g[3]), within(1e-12));
    assertThat(e.attribution(2)).isCloseTo(Math.abs(g[4]), within(1e-12));
  }

  @Test
  void integratedGradientsAreCompleteWithinOnePercentAt256Steps() {
    List<Explanation> out =
        new IntegratedGradients(256, Baseline.zeros())
            .explain(NET, ROWS, TargetSelection.all(), ENGINE);
    assertThat(out).hasSize(9);
    for (Explanation e : out) {
      double sum = 0;
      for (double a : e.attributions()) {
        sum += a;
      }
      double[] atZero = NET.scores(new double[][] {new double[5]}, Score.PROBABILITY)[0];
      assertThat(e.baseValue()).isCloseTo(atZero[e.targetIndex()], within(1e-12));
      double difference = e.prediction() - e.baseValue();
      assertThat(Math.abs(sum - difference)).isLessThan(0.01 * Math.abs(difference));
      assertThat(e.extras().get("completeness_gap"))
          .isCloseTo(Math.abs(sum - difference) / Math.abs(difference), within(1e-9));
      assertThat(e.extras().get("completeness_gap")).isLessThan(0.01);
    }
  }

  @Test
  void integratedGradientsGapShrinksWithMoreSteps() {
    Dataset row = ROWS.select(new int[] {1});
    double coarse =
        new IntegratedGradients(2, Baseline.zeros())
            .explain(NET, row, TargetSelection.named("z"), ENGINE)
            .get(0)
            .extras()
            .get("completeness_gap_abs");
    double fine =
        new IntegratedGradients(256, Baseline.zeros())
            .explain(NET, row, TargetSelection.named("z"), ENGINE)
            .get(0)
            .extras()
            .get("completeness_gap_abs");
    assertThat(coarse).isGreaterThan(1e-4);
    assertThat(fine).isLessThan(coarse / 100);
  }

  @Test
  void integratedGradientsFromTheMeanBaselineStartAtTheMeanInput() {
    Baseline mean = Baseline.mean(ROWS);
    double[] b = mean.inputFor(NET, NET.encode(ROWS.row(0)));
    assertThat(b[0]).isCloseTo((0.8 - 0.4 + 1.9) / 3, within(1e-12));
    assertThat(new double[] {b[1], b[2], b[3]}).containsExactly(1 / 3.0, 1 / 3.0, 1 / 3.0);
    Explanation e =
        new IntegratedGradients(128, mean)
            .explain(NET, ROWS.select(new int[] {2}), TargetSelection.predicted(), ENGINE)
            .get(0);
    double expected = NET.scores(new double[][] {b}, Score.PROBABILITY)[0][e.targetIndex()];
    assertThat(e.baseValue()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void smoothGradWithoutNoiseIsSaliencyWithZeroErrors() {
    Explanation plain =
        new Saliency().explain(NET, ROWS, TargetSelection.predicted(), ENGINE).get(1);
    Explanation smooth =
        new SmoothGrad(5, 0, 7).explain(NET, ROWS, TargetSelection.predicted(), ENGINE).get(1);
    assertThat(smooth.attributions()).containsExactly(plain.attributions(), within(1e-12));
    assertThat(smooth.standardErrors().orElseThrow()).containsOnly(0.0);
  }

  @Test
  void smoothGradIsReproducibleForASeedAndVariesWithIt() {
    double[] first =
        new SmoothGrad(20, 0.3, 7)
            .explain(NET, ROWS, TargetSelection.predicted(), ENGINE)
            .get(0)
            .attributions();
    double[] again =
        new SmoothGrad(20, 0.3, 7)
            .explain(NET, ROWS, TargetSelection.predicted(), ENGINE.withThreads(2))
            .get(0)
            .attributions();
    double[] other =
        new SmoothGrad(20, 0.3, 8)
            .explain(NET, ROWS, TargetSelection.predicted(), ENGINE)
            .get(0)
            .attributions();
    assertThat(again).containsExactly(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void gradCamOfALinearNetIsReluOfTheMeanWeightTimesTheInput() {
    ImageShape shape = new ImageShape(2, 3, 1);
    Schema schema = Data.numericClassification(6, "no", "yes");
    double[][] w = {{0.5, -1, 2, 0.1, 0.3, -0.2}, {-0.4, 0.2, 1, 0.6, -0.8, 0.9}};
    SoftmaxNet net = new SoftmaxNet(schema, w, new double[2], shape);
    Dataset rows = new Dataset(schema, new double[][] {{1, -2, 0.5, 3, 0, -1, 0}});
    Explanation e = new GradCam().explain(net, rows, TargetSelection.named("yes"), ENGINE).get(0);
    double meanWeight = (-0.4 + 0.2 + 1 + 0.6 - 0.8 + 0.9) / 6;
    double[] x = {1, -2, 0.5, 3, 0, -1};
    for (int i = 0; i < 6; i++) {
      assertThat(e.attribution(i)).isCloseTo(Math.max(0, meanWeight * x[i]), within(1e-12));
    }
  }

  @Test
  void gradCamRefusesATabularNetwork() {
    assertThatThrownBy(() -> new GradCam().explain(NET, ROWS, TargetSelection.all(), ENGINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("convolutional")
        .hasMessageContaining("integrated-gradients");
  }

  @Test
  void aModelWithoutGradientsIsRefusedNamingTheModelAgnosticMethods() {
    FunctionModel plain = FunctionModel.softmax(SCHEMA, row -> new double[] {row[0], 0, 0});
    assertThatThrownBy(() -> new Saliency().explain(plain, ROWS, TargetSelection.all(), ENGINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("saliency needs the gradients")
        .hasMessageContaining("kernel-shap");
  }

  @Test
  void settingsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> new SmoothGrad(1, 0.1, 0)).hasMessageContaining("at least 2");
    assertThatThrownBy(() -> new SmoothGrad(10, -0.1, 0)).hasMessageContaining("noise");
    assertThatThrownBy(() -> new IntegratedGradients(0, Baseline.zeros()))
        .hasMessageContaining("at least 1 integration step");
    assertThatThrownBy(() -> Baseline.blurred(0)).hasMessageContaining("sigma");
    assertThatThrownBy(() -> Baseline.blurred(1).inputFor(NET, new double[5]))
        .hasMessageContaining("needs images");
  }
}
