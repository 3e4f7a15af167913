package org.glasswing.knime.lime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.lime.LimeMode;
import org.glasswing.knime.shapley.WekaPredictorNodeModel;
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
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeSettings;
import weka.classifiers.functions.Logistic;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * The LIME loop start, a Weka classifier as the user's predictor, and the loop end, run through the
 * harness, give the core's direct-call LIME explanations for the same model, training rows and
 * seed.
 */
class LimeLoopTest {

  private static final String[] COLORS = {"red", "green", "blue"};
  private static final String[] FEATURES = {"x0", "x1", "color"};
  private static WekaModel model;
  private static Instances train;
  private static Instances explained;

  @BeforeAll
  static void train() throws Exception {
    train = data(120, 7);
    Logistic logistic = new Logistic();
    logistic.buildClassifier(train);
    model = new WekaModel(logistic, new Instances(train, 0));
    explained = data(5, 8);
  }

  /**
   * x0, x1 numeric, color nominal (row r has color r mod 3, so the first rows show the labels in
   * Weka's order, which the node's table encoding then follows); class yes when x0 + x1/2 + (color
   * == red) plus noise > 0.5.
   */
  private static Instances data(int rows, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x0"));
    attributes.add(new Attribute("x1"));
    attributes.add(new Attribute("color", List.of(COLORS)));
    attributes.add(new Attribute("class", List.of("yes", "no")));
    Instances data = new Instances("synthetic", attributes, rows);
    data.setClassIndex(3);
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < rows; r++) {
      double x0 = random.nextDouble(-1, 1);
      double x1 = random.nextDouble(-1, 1);
      int color = r % 3;
      double score = x0 + x1 / 2 + (color == 0 ? 1 : 0) + random.nextDouble(-0.5, 0.5);
      data.add(new DenseInstance(1, new double[] {x0, x1, color, score > 0.5 ? 0 : 1}));
    }
    return data;
  }

  private static BufferedDataTable table(Instances data, String keyPrefix) {
    DataTableSpec spec =
        new DataTableSpec(
            FEATURES, new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
    List<DataRow> rows = new ArrayList<>();
    for (int r = 0; r < data.numInstances(); r++) {
      rows.add(
          new DefaultRow(
              keyPrefix + (r * 3 + 1),
              new DoubleCell(data.instance(r).value(0)),
              new DoubleCell(data.instance(r).value(1)),
              new StringCell(COLORS[(int) data.instance(r).value(2)])));
    }
    return NodeHarness.table(spec, rows);
  }

  private static LimeLoopStartNodeModel start(
      String mode, int samples, int maxFeatures, int seed, int chunk, int batchRows)
      throws InvalidSettingsException {
    LimeLoopStartNodeModel start = new LimeLoopStartNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(start);
    settings.addString("lime-mode", mode);
    settings.addInt("samples", samples);
    settings.addInt("max-features", maxFeatures);
    settings.addInt("seed", seed);
    settings.addInt("rowsPerIteration", chunk);
    settings.addInt("batchRows", batchRows);
    NodeHarness.applySettings(start, settings);
    return start;
  }

  private BufferedDataTable[] inputs() {
    return new BufferedDataTable[] {table(explained, "e"), table(train, "t")};
  }

  @Test
  void theLoopGivesTheCoresLimeExplanationsRowKeysKept() throws Exception {
    for (LimeMode mode : LimeMode.values()) {
      Lime lime = new Lime(WekaData.dataset(train), mode, 200, Double.NaN, 2, 5);
      List<Explanation> direct =
          lime.explain(
              model,
              WekaData.dataset(explained),
              TargetSelection.all(),
              EvaluationEngine.defaults().withThreads(2));
      for (int[] chunkAndBatch : new int[][] {{1, 4096}, {2, 64}, {10, 4096}}) {
        NodeHarness harness = new NodeHarness();
        NodeHarness.LoopResult result =
            harness.runLoop(
                start(mode.toString(), 200, 2, 5, chunkAndBatch[0], chunkAndBatch[1]),
                inputs(),
                new WekaPredictorNodeModel(model),
                new LimeLoopEndNodeModel());
        BufferedDataTable out = result.outputs()[0];
        assertThat(out.size()).isEqualTo(5);
        List<DataRow> rows = new ArrayList<>();
        out.forEach(rows::add);
        DataTableSpec spec = out.getDataTableSpec();
        assertThat(direct).hasSize(10);
        for (Explanation e : direct) {
          DataRow row = rows.get(e.row());
          assertThat(row.getKey().getString()).isEqualTo("e" + (e.row() * 3 + 1));
          String output = "P (class=" + e.target() + ")";
          for (int f = 0; f < 3; f++) {
            assertThat(value(row, spec, FEATURES[f] + " [" + output + "]"))
                .as("%s chunk %d row %d %s", mode, chunkAndBatch[0], e.row(), FEATURES[f])
                .isEqualTo(e.attribution(f));
          }
          assertThat(value(row, spec, "base value [" + output + "]")).isEqualTo(e.baseValue());
          assertThat(value(row, spec, "prediction [" + output + "]")).isEqualTo(e.prediction());
          assertThat(value(row, spec, "fidelity [" + output + "]"))
              .isEqualTo(e.extras().get(Lime.FIDELITY));
        }
        assertThat(harness.progress()).isNotEmpty().allMatch(p -> p >= 0 && p <= 1);
      }
    }
  }

  @Test
  void oneIterationSendsAtMostOneBatchOfEachRowOfTheChunk() throws Exception {
    LimeLoopStartNodeModel start = start("quartile", 200, 2, 1, 2, 64);
    NodeHarness harness = new NodeHarness();
    NodeHarness.link(start, new LimeLoopEndNodeModel());
    BufferedDataTable[] emitted = harness.execute(start, inputs());
    assertThat(emitted[0].size()).isEqualTo(2 * 64);
    assertThat(emitted[0].getDataTableSpec().getColumnNames()).containsExactly(FEATURES);
  }

  @Test
  void badSettingsAndInputAreNamed() throws Exception {
    LimeLoopStartNodeModel copy = new LimeLoopStartNodeModel();
    NodeSettings bad = NodeHarness.settingsOf(copy);
    bad.addString("lime-mode", "wild");
    assertThatThrownBy(() -> NodeHarness.applySettings(copy, bad))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("the setting 'lime-mode' wild: unknown value");
    DataTableSpec explainedSpec = table(explained, "e").getDataTableSpec();
    assertThatThrownBy(
            () -> NodeHarness.configure(start("quartile", 200, 4, 1, 1, 64), explainedSpec, null))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining(
            "the setting 'max-features' is 4 but there are only 3 feature columns");
    DataTableSpec other =
        new DataTableSpec(
            new String[] {"x0", "x1"}, new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE});
    assertThatThrownBy(
            () -> NodeHarness.configure(new LimeLoopStartNodeModel(), explainedSpec, other))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("training table (port 2) has no column 'color'");
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .runLoop(
                        start("quartile", 3, 2, 1, 1, 64),
                        inputs(),
                        new WekaPredictorNodeModel(model),
                        new LimeLoopEndNodeModel()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("samples")
        .hasMessageContaining("at least K + 2 = 4 samples");
    WekaPredictorNodeModel distorted = new WekaPredictorNodeModel(model);
    distorted.distortion = 3;
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .runLoop(
                        start("quartile", 50, 2, 1, 1, 64),
                        inputs(),
                        distorted,
                        new LimeLoopEndNodeModel()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("probability column 'P (class=")
        .hasMessageContaining("[0, 1]");
  }

  @Test
  void aLoopEndWithoutItsStartSaysSoAndCancellingStops() {
    LimeLoopEndNodeModel end = new LimeLoopEndNodeModel();
    BufferedDataTable any = table(explained, "e");
    assertThatThrownBy(() -> new NodeHarness().executeAlone(end, any))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("needs a LIME Explainer Loop Start");
    NodeHarness harness = new NodeHarness();
    harness.cancel();
    assertThatThrownBy(
            () ->
                harness.runLoop(
                    start("quartile", 50, 2, 1, 1, 64),
                    inputs(),
                    new WekaPredictorNodeModel(model),
                    new LimeLoopEndNodeModel()))
        .isInstanceOf(CanceledExecutionException.class);
  }

  private static double value(DataRow row, DataTableSpec spec, String column) {
    int index = spec.findColumnIndex(column);
    assertThat(index).as("column %s", column).isNotNegative();
    return ((DoubleValue) row.getCell(index)).getDoubleValue();
  }
}
