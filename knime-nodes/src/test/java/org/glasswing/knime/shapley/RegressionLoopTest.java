package org.glasswing.knime.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.knime.lime.LimeLoopEndNodeModel;
import org.glasswing.knime.lime.LimeLoopStartNodeModel;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeSettings;
import weka.classifiers.functions.LinearRegression;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * A regression predictor (one numeric "Prediction (y)" column) explained by the Shapley and LIME
 * loops: the loop gives the core's exact Shapley values for the same model and background, and for
 * a linear model they are the closed form w_f (x_f - mean background x_f).
 */
class RegressionLoopTest {

  private static final double[] WEIGHTS = {2.0, -1.0, 0.5};
  private static LinearRegression regression;
  private static WekaModel model;
  private static Instances explained;
  private static Instances background;

  @BeforeAll
  static void train() throws Exception {
    regression = new LinearRegression();
    regression.setOptions(new String[] {"-S", "1", "-R", "0"});
    regression.buildClassifier(data(200, 3));
    model = new WekaModel(regression, new Instances(data(0, 1), 0));
    explained = data(4, 4);
    background = data(5, 5);
  }

  /** y = 2 x0 - x1 + 0.5 x2 + noise. */
  private static Instances data(int rows, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int f = 0; f < 3; f++) {
      attributes.add(new Attribute("x" + f));
    }
    attributes.add(new Attribute("y"));
    Instances data = new Instances("linear", attributes, rows);
    data.setClassIndex(3);
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < rows; r++) {
      double[] v = new double[4];
      for (int f = 0; f < 3; f++) {
        v[f] = random.nextDouble(-1, 1);
        v[3] += WEIGHTS[f] * v[f];
      }
      v[3] += random.nextDouble(-0.01, 0.01);
      data.add(new DenseInstance(1, v));
    }
    return data;
  }

  private static BufferedDataTable table(Instances data, String prefix) {
    DataTableSpec spec =
        new DataTableSpec(
            new String[] {"x0", "x1", "x2"},
            new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});
    List<DataRow> rows = new ArrayList<>();
    for (int r = 0; r < data.numInstances(); r++) {
      rows.add(
          new DefaultRow(
              prefix + r,
              data.instance(r).value(0),
              data.instance(r).value(1),
              data.instance(r).value(2)));
    }
    return NodeHarness.table(spec, rows);
  }

  private static double value(DataRow row, DataTableSpec spec, String column) {
    return ((DoubleValue) row.getCell(spec.findColumnIndex(column))).getDoubleValue();
  }

  @Test
  void theShapleyLoopExplainsARegressionPredictionAsTheCoreDoes() throws Exception {
    ShapleyLoopStartNodeModel start = new ShapleyLoopStartNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(start);
    settings.addString("method", ExactShapley.METHOD);
    settings.addInt("seed", 3);
    NodeHarness.applySettings(start, settings);
    BufferedDataTable out =
        new NodeHarness()
            .runLoop(
                start,
                new BufferedDataTable[] {table(explained, "e"), table(background, "b")},
                new WekaPredictorNodeModel(model),
                new ShapleyLoopEndNodeModel())
            .outputs()[0];
    List<Explanation> direct =
        new ExactShapley(Background.uniform(WekaData.dataset(background)))
            .explain(
                model,
                WekaData.dataset(explained),
                TargetSelection.all(),
                new EvaluationEngine(
                    1,
                    EvaluationEngine.DEFAULT_BATCH_ROWS,
                    ProgressListener.NONE,
                    CancellationToken.NONE));
    Dataset bg = WekaData.dataset(background);
    double[] coefficients = regression.coefficients();
    List<DataRow> rows = new ArrayList<>();
    out.forEach(rows::add);
    DataTableSpec spec = out.getDataTableSpec();
    assertThat(rows).hasSize(explained.numInstances());
    String output = "Prediction (y)";
    for (Explanation e : direct) {
      DataRow row = rows.get(e.row());
      double sum = 0;
      for (int f = 0; f < 3; f++) {
        double loop = value(row, spec, "x" + f + " [" + output + "]");
        assertThat(loop).isCloseTo(e.attribution(f), within(1e-12));
        double mean = 0;
        for (int b = 0; b < bg.numRows(); b++) {
          mean += bg.value(b, f) / bg.numRows();
        }
        double closedForm = coefficients[f] * (explained.instance(e.row()).value(f) - mean);
        assertThat(loop).isCloseTo(closedForm, within(1e-9));
        sum += loop;
      }
      assertThat(sum)
          .isCloseTo(
              value(row, spec, "prediction [" + output + "]")
                  - value(row, spec, "base value [" + output + "]"),
              within(1e-9));
    }
  }

  @Test
  void theLimeLoopTakesTheRegressionPredictionWithoutBeingTold() throws Exception {
    BufferedDataTable out =
        new NodeHarness()
            .runLoop(
                new LimeLoopStartNodeModel(),
                new BufferedDataTable[] {table(explained, "e"), table(background, "b")},
                new WekaPredictorNodeModel(model),
                new LimeLoopEndNodeModel())
            .outputs()[0];
    assertThat(out.getDataTableSpec().getColumnNames())
        .contains("x0 [Prediction (y)]", "prediction [Prediction (y)]");
    assertThat(out.size()).isEqualTo(explained.numInstances());
  }

  @Test
  void aNonFiniteRegressionPredictionIsNamedWithItsRow() {
    WekaPredictorNodeModel broken = new WekaPredictorNodeModel(model);
    broken.distortion = Double.NaN;
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .runLoop(
                        new ShapleyLoopStartNodeModel(),
                        new BufferedDataTable[] {table(explained, "e"), table(background, "b")},
                        broken,
                        new ShapleyLoopEndNodeModel()))
        .hasMessageContaining("prediction column 'Prediction (y)'")
        .hasMessageContaining("finite number");
  }
}
