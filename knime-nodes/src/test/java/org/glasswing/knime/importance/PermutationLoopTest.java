package org.glasswing.knime.importance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.global.HeldOutFold;
import org.glasswing.core.global.ImportanceScore;
import org.glasswing.core.global.Metric;
import org.glasswing.core.global.PermutationImportance;
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
 * The permutation-importance loop with a Weka classifier as the user's predictor gives the core's
 * importance for the same model, held-out rows and seed.
 */
class PermutationLoopTest {

  private static final String[] COLORS = {"red", "green", "blue"};
  private static final String[] CLASSES = {"yes", "no"};
  private static WekaModel model;
  private static Instances heldOut;

  @BeforeAll
  static void train() throws Exception {
    Instances train = data(150, 7);
    Logistic logistic = new Logistic();
    logistic.buildClassifier(train);
    model = new WekaModel(logistic, new Instances(train, 0));
    heldOut = data(80, 8);
  }

  /** The class is "yes" when 2·x0 + x1/2 + [color = red] + noise > 0.5; x1 matters little. */
  private static Instances data(int rows, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x0"));
    attributes.add(new Attribute("x1"));
    attributes.add(new Attribute("color", List.of(COLORS)));
    attributes.add(new Attribute("class", List.of(CLASSES)));
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

  /** The held-out rows as a KNIME table, the class column between the features. */
  private static BufferedDataTable table(Instances data) {
    DataTableSpec spec =
        new DataTableSpec(
            new String[] {"x0", "class", "x1", "color"},
            new DataType[] {DoubleCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
    List<DataRow> rows = new ArrayList<>();
    for (int r = 0; r < data.numInstances(); r++) {
      rows.add(
          new DefaultRow(
              "Row" + r,
              new DoubleCell(data.instance(r).value(0)),
              new StringCell(CLASSES[(int) data.instance(r).value(3)]),
              new DoubleCell(data.instance(r).value(1)),
              new StringCell(COLORS[(int) data.instance(r).value(2)])));
    }
    return NodeHarness.table(spec, rows);
  }

  private static PermutationLoopStartNodeModel start(
      String classColumn, String metric, int repeats, int seed, int chunk)
      throws InvalidSettingsException {
    PermutationLoopStartNodeModel start = new PermutationLoopStartNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(start);
    settings.addString("classColumn", classColumn);
    settings.addString("metric", metric);
    settings.addInt("repeats", repeats);
    settings.addInt("seed", seed);
    settings.addInt("featuresPerIteration", chunk);
    NodeHarness.applySettings(start, settings);
    return start;
  }

  @Test
  void theLoopGivesTheCoresImportanceSorted() throws Exception {
    for (Metric metric : List.of(Metric.ACCURACY, Metric.LOG_LOSS, Metric.AUC)) {
      List<ImportanceScore> direct =
          new PermutationImportance(metric, 4, 5)
              .compute(
                  List.of(new HeldOutFold(model, WekaData.dataset(heldOut))),
                  EvaluationEngine.defaults().withThreads(2))
              .sorted();
      for (int chunk : new int[] {1, 2, 10}) {
        NodeHarness harness = new NodeHarness();
        NodeHarness.LoopResult result =
            harness.runLoop(
                start("class", metric.label(), 4, 5, chunk),
                new BufferedDataTable[] {table(heldOut)},
                new WekaPredictorNodeModel(model),
                new PermutationLoopEndNodeModel());
        assertThat(result.iterations()).isGreaterThanOrEqualTo((4 + chunk - 1) / chunk);
        List<DataRow> rows = new ArrayList<>();
        result.outputs()[0].forEach(rows::add);
        assertThat(rows).hasSize(3);
        for (int i = 0; i < 3; i++) {
          DataRow row = rows.get(i);
          ImportanceScore expected = direct.get(i);
          String what = metric.label() + " chunk " + chunk + " rank " + i;
          assertThat(row.getCell(0).toString()).as(what).isEqualTo(expected.feature().name());
          assertThat(number(row, 1)).as(what).isEqualTo(expected.importance());
          assertThat(number(row, 2)).as(what).isEqualTo(expected.std());
          assertThat(number(row, 3)).as(what).isEqualTo(expected.ciLow());
          assertThat(number(row, 4)).as(what).isEqualTo(expected.ciHigh());
        }
        assertThat(harness.progress()).isNotEmpty().allMatch(p -> p >= 0 && p <= 1);
      }
      // x0 drives the class most; its interval lies above 0.
      assertThat(direct.get(0).feature().name()).as(metric.label()).isEqualTo("x0");
      assertThat(direct.get(0).ciLow()).isPositive();
    }
  }

  @Test
  void badSettingsAndInputAreNamed() throws Exception {
    DataTableSpec spec = table(heldOut).getDataTableSpec();
    assertThatThrownBy(() -> NodeHarness.configure(new PermutationLoopStartNodeModel(), spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("no class column");
    assertThatThrownBy(() -> NodeHarness.configure(start("label", "accuracy", 2, 1, 1), spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("the class column 'label' is not in the held-out table (port 1)");
    assertThatThrownBy(() -> NodeHarness.configure(start("x0", "accuracy", 2, 1, 1), spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("the class column 'x0'")
        .hasMessageContaining("is not a string column");
    assertThatThrownBy(() -> NodeHarness.configure(start("class", "rmse", 2, 1, 1), spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("setting 'metric'");
    assertThatThrownBy(() -> NodeHarness.configure(start("class", "f1", 2, 1, 1), spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("unknown metric 'f1'");
    // The predictor's class column is "class": a held-out class column of another name finds no
    // probability columns.
    BufferedDataTable renamed = renamedClass(table(heldOut));
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .runLoop(
                        start("truth", "accuracy", 2, 1, 1),
                        new BufferedDataTable[] {renamed},
                        new WekaPredictorNodeModel(model),
                        new PermutationLoopEndNodeModel()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("the probability column 'P (truth=yes)' is not in");
    PermutationLoopStartNodeModel copy = new PermutationLoopStartNodeModel();
    NodeSettings zero = NodeHarness.settingsOf(copy);
    zero.addInt("repeats", 0);
    assertThatThrownBy(() -> NodeHarness.applySettings(copy, zero))
        .isInstanceOf(InvalidSettingsException.class);
  }

  private static BufferedDataTable renamedClass(BufferedDataTable table) {
    DataTableSpec old = table.getDataTableSpec();
    DataType[] types = new DataType[old.getNumColumns()];
    String[] names = new String[old.getNumColumns()];
    for (int c = 0; c < names.length; c++) {
      names[c] =
          old.getColumnSpec(c).getName().equals("class") ? "truth" : old.getColumnSpec(c).getName();
      types[c] = old.getColumnSpec(c).getType();
    }
    List<DataRow> rows = new ArrayList<>();
    table.forEach(rows::add);
    return NodeHarness.table(new DataTableSpec(names, types), rows);
  }

  @Test
  void aLoopEndWithoutItsStartSaysSoAndCancellingStops() {
    assertThatThrownBy(
            () -> new NodeHarness().executeAlone(new PermutationLoopEndNodeModel(), table(heldOut)))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("needs a Permutation Importance Loop Start");
    NodeHarness harness = new NodeHarness();
    harness.cancel();
    assertThatThrownBy(
            () ->
                harness.runLoop(
                    start("class", "accuracy", 2, 1, 1),
                    new BufferedDataTable[] {table(heldOut)},
                    new WekaPredictorNodeModel(model),
                    new PermutationLoopEndNodeModel()))
        .isInstanceOf(CanceledExecutionException.class);
  }

  private static double number(DataRow row, int cell) {
    return ((DoubleValue) row.getCell(cell)).getDoubleValue();
  }
}
