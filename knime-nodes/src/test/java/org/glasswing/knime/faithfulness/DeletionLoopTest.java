package org.glasswing.knime.faithfulness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.sanity.DeletionCurveResult;
import org.glasswing.core.sanity.DeletionCurves;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.knime.shapley.WekaPredictorNodeModel;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
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
 * The deletion-curve loop with a Weka classifier as the user's predictor gives the core's curves,
 * areas and verdict for the same model, background, attributions and seed.
 */
class DeletionLoopTest {

  private static final String[] COLORS = {"red", "green", "blue"};
  private static final String[] FEATURES = {"x0", "x1", "color"};
  private static final String OUTPUT = "P (class=yes)";
  private static WekaModel model;
  private static Instances explained;
  private static Instances background;
  private static List<Explanation> shapley;

  @BeforeAll
  static void train() throws Exception {
    Instances train = data(120, 7);
    Logistic logistic = new Logistic();
    logistic.buildClassifier(train);
    model = new WekaModel(logistic, new Instances(train, 0));
    explained = data(6, 8);
    background = data(5, 9);
    shapley =
        new ExactShapley(Background.uniform(WekaData.dataset(background)))
            .explain(
                model,
                WekaData.dataset(explained),
                TargetSelection.named("yes"),
                EvaluationEngine.defaults().withThreads(1));
  }

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
      int color = random.nextInt(3);
      double score = 2 * x0 + x1 / 2 + (color == 0 ? 1 : 0) + random.nextDouble(-0.5, 0.5);
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
              keyPrefix + r,
              new DoubleCell(data.instance(r).value(0)),
              new DoubleCell(data.instance(r).value(1)),
              new StringCell(COLORS[(int) data.instance(r).value(2)])));
    }
    return NodeHarness.table(spec, rows);
  }

  /** The explanations as an explainer loop end writes them, rows in reverse order. */
  private static BufferedDataTable explanations(String output) {
    String[] names = new String[FEATURES.length];
    DataType[] types = new DataType[FEATURES.length];
    for (int f = 0; f < names.length; f++) {
      names[f] = FEATURES[f] + " [" + output + "]";
      types[f] = DoubleCell.TYPE;
    }
    List<DataRow> rows = new ArrayList<>();
    for (int r = shapley.size() - 1; r >= 0; r--) {
      DataCell[] cells = new DataCell[FEATURES.length];
      for (int f = 0; f < cells.length; f++) {
        cells[f] = new DoubleCell(shapley.get(r).attribution(f));
      }
      rows.add(new DefaultRow("e" + shapley.get(r).row(), cells));
    }
    return NodeHarness.table(new DataTableSpec(names, types), rows);
  }

  private static DeletionLoopStartNodeModel start(String output, int orders, int seed, int chunk)
      throws InvalidSettingsException {
    DeletionLoopStartNodeModel start = new DeletionLoopStartNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(start);
    settings.addString("probabilityColumn", output);
    settings.addInt("random-orders", orders);
    settings.addInt("seed", seed);
    settings.addInt("rowsPerIteration", chunk);
    NodeHarness.applySettings(start, settings);
    return start;
  }

  private static BufferedDataTable[] inputs() {
    return new BufferedDataTable[] {
      table(explained, "e"), table(background, "b"), explanations(OUTPUT)
    };
  }

  @Test
  void theLoopGivesTheCoresCurvesAreasAndVerdict() throws Exception {
    DeletionCurveResult direct =
        new DeletionCurves(Background.uniform(WekaData.dataset(background)), 4, 5)
            .run(
                shapley,
                model,
                WekaData.dataset(explained),
                EvaluationEngine.defaults().withThreads(2));
    for (int chunk : new int[] {1, 4, 10}) {
      NodeHarness harness = new NodeHarness();
      NodeHarness.LoopResult result =
          harness.runLoop(
              start(OUTPUT, 4, 5, chunk),
              inputs(),
              new WekaPredictorNodeModel(model),
              new DeletionLoopEndNodeModel());
      assertThat(result.iterations()).isGreaterThanOrEqualTo((6 + chunk - 1) / chunk);
      List<DataRow> curve = new ArrayList<>();
      result.outputs()[0].forEach(curve::add);
      assertThat(curve).hasSize(4);
      for (int k = 0; k <= 3; k++) {
        DataRow row = curve.get(k);
        assertThat(number(row, 1)).isEqualTo(k / 3.0);
        assertThat(number(row, 2)).as("chunk %d MIF %d", chunk, k).isEqualTo(direct.mif()[k]);
        assertThat(number(row, 3)).isEqualTo(direct.lif()[k]);
        assertThat(number(row, 4)).isEqualTo(direct.random()[k]);
        assertThat(number(row, 5)).isEqualTo(direct.randomSpread()[k]);
      }
      DataRow summary = result.outputs()[1].iterator().next();
      assertThat(number(summary, 0)).isEqualTo(direct.mifAuc());
      assertThat(number(summary, 1)).isEqualTo(direct.lifAuc());
      assertThat(number(summary, 2)).isEqualTo(direct.randomAuc());
      assertThat(number(summary, 4)).isEqualTo(direct.srg());
      assertThat(summary.getCell(5).toString()).isEqualTo(direct.verdict().name());
      assertThat(harness.progress()).isNotEmpty().allMatch(p -> p >= 0 && p <= 1);
    }
    // Shapley values of a logistic model rank its features well: removing them first hurts.
    assertThat(direct.srg()).isPositive();
  }

  @Test
  void badSettingsAndInputAreNamed() throws Exception {
    DataTableSpec rows = table(explained, "e").getDataTableSpec();
    DataTableSpec bg = table(background, "b").getDataTableSpec();
    assertThatThrownBy(
            () ->
                NodeHarness.configure(
                    new DeletionLoopStartNodeModel(),
                    rows,
                    bg,
                    explanations(OUTPUT).getDataTableSpec()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("no probability column");
    assertThatThrownBy(
            () ->
                NodeHarness.configure(
                    start("P (class=no)", 4, 1, 1),
                    rows,
                    bg,
                    explanations(OUTPUT).getDataTableSpec()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining(
            "explanation table (port 3) has no numeric attribution column 'x0 [P (class=no)]'");
    BufferedDataTable[] missingRow = inputs();
    missingRow[0] = table(data(7, 8), "e");
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .runLoop(
                        start(OUTPUT, 4, 1, 1),
                        missingRow,
                        new WekaPredictorNodeModel(model),
                        new DeletionLoopEndNodeModel()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("row 'e6' of the explained table (port 1) has no row in");
    DeletionLoopStartNodeModel copy = new DeletionLoopStartNodeModel();
    NodeSettings one = NodeHarness.settingsOf(copy);
    one.addInt("random-orders", 1);
    assertThatThrownBy(() -> NodeHarness.applySettings(copy, one))
        .isInstanceOf(InvalidSettingsException.class);
  }

  @Test
  void aLoopEndWithoutItsStartSaysSoAndCancellingStops() {
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .executeAlone(new DeletionLoopEndNodeModel(), table(explained, "e")))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("needs a Deletion Curve Loop Start");
    NodeHarness harness = new NodeHarness();
    harness.cancel();
    assertThatThrownBy(
            () ->
                harness.runLoop(
                    start(OUTPUT, 4, 1, 1),
                    inputs(),
                    new WekaPredictorNodeModel(model),
                    new DeletionLoopEndNodeModel()))
        .isInstanceOf(CanceledExecutionException.class);
  }

  private static double number(DataRow row, int cell) {
    return ((DoubleValue) row.getCell(cell)).getDoubleValue();
  }
}
