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
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.shapley.ShapleyExplainer;
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
 * The loop start, a Weka classifier as the user's predictor, and the loop end, run through the
 * harness, give the core's direct-call attributions for the same model, background and seed.
 */
class ShapleyLoopTest {

  private static final String[] COLORS = {"red", "green", "blue"};
  private static WekaModel model;
  private static Instances explained;
  private static Instances background;

  @BeforeAll
  static void train() throws Exception {
    Instances train = data(120, 7);
    Logistic logistic = new Logistic();
    logistic.buildClassifier(train);
    model = new WekaModel(logistic, new Instances(train, 0));
    explained = data(5, 8);
    background = data(6, 9);
  }

  /** x0, x1 numeric, color nominal; class yes when x0 + x1/2 + (color == red) plus noise > 0.5. */
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
      double score = x0 + x1 / 2 + (color == 0 ? 1 : 0) + random.nextDouble(-0.5, 0.5);
      data.add(new DenseInstance(1, new double[] {x0, x1, color, score > 0.5 ? 0 : 1}));
    }
    return data;
  }

  private static BufferedDataTable table(Instances data, String keyPrefix) {
    DataTableSpec spec =
        new DataTableSpec(
            new String[] {"x0", "x1", "color"},
            new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
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

  private static ShapleyLoopStartNodeModel start(String method, int budget, int seed, int chunk)
      throws InvalidSettingsException {
    ShapleyLoopStartNodeModel start = new ShapleyLoopStartNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(start);
    settings.addString("method", method);
    settings.addInt("budget", budget);
    settings.addInt("seed", seed);
    settings.addInt("rowsPerIteration", chunk);
    NodeHarness.applySettings(start, settings);
    return start;
  }

  private static List<Explanation> direct(ShapleyExplainer explainer) {
    Dataset rows = WekaData.dataset(explained);
    return explainer.explain(
        model,
        rows,
        TargetSelection.all(),
        new EvaluationEngine(
            2, EvaluationEngine.DEFAULT_BATCH_ROWS, ProgressListener.NONE, CancellationToken.NONE));
  }

  @Test
  void everyMethodGivesTheCoresAttributionsRowKeysKept() throws Exception {
    Background bg = Background.uniform(WekaData.dataset(background));
    Object[][] cases = {
      {ExactShapley.METHOD, 0, new ExactShapley(bg)},
      {KernelShap.METHOD, 8, new KernelShap(bg, 8, 5)},
      {SamplingShapley.METHOD, 24, new SamplingShapley(bg, 24, 5)},
    };
    for (Object[] c : cases) {
      for (int chunk : new int[] {1, 2, 10}) {
        NodeHarness harness = new NodeHarness();
        NodeHarness.LoopResult result =
            harness.runLoop(
                start((String) c[0], (Integer) c[1], 5, chunk),
                new BufferedDataTable[] {table(explained, "e"), table(background, "b")},
                new WekaPredictorNodeModel(model),
                new ShapleyLoopEndNodeModel());
        BufferedDataTable out = result.outputs()[0];
        assertThat(out.size()).isEqualTo(5);
        assertThat(result.iterations()).isGreaterThanOrEqualTo((5 + chunk - 1) / chunk);
        List<DataRow> rows = new ArrayList<>();
        out.forEach(rows::add);
        DataTableSpec spec = out.getDataTableSpec();
        for (Explanation e : direct((ShapleyExplainer) c[2])) {
          DataRow row = rows.get(e.row());
          assertThat(row.getKey().getString()).isEqualTo("e" + (e.row() * 3 + 1));
          String output = "P (class=" + e.target() + ")";
          String[] features = {"x0", "x1", "color"};
          for (int f = 0; f < 3; f++) {
            assertThat(value(row, spec, features[f] + " [" + output + "]"))
                .as("%s chunk %d row %d %s", c[0], chunk, e.row(), features[f])
                .isCloseTo(e.attribution(f), within(1e-12));
          }
          assertThat(value(row, spec, "base value [" + output + "]"))
              .isCloseTo(e.baseValue(), within(1e-12));
          assertThat(value(row, spec, "prediction [" + output + "]"))
              .isCloseTo(e.prediction(), within(1e-12));
        }
        assertThat(harness.progress()).isNotEmpty().allMatch(p -> p >= 0 && p <= 1);
      }
    }
  }

  @Test
  void oneIterationSendsTheRowsOfAChunkOnly() throws Exception {
    // exact: 2^3 coalitions x 6 background rows = 48 rows per explained row, one batch each.
    ShapleyLoopStartNodeModel start = start(ExactShapley.METHOD, 0, 1, 2);
    NodeHarness harness = new NodeHarness();
    NodeHarness.link(start, new ShapleyLoopEndNodeModel());
    BufferedDataTable[] emitted =
        harness.execute(start, table(explained, "e"), table(background, "b"));
    assertThat(emitted[0].size()).isEqualTo(2 * 48);
    assertThat(emitted[0].getDataTableSpec().getColumnNames()).containsExactly("x0", "x1", "color");
  }

  @Test
  void theSettingsSurviveASaveAndLoadAndBadOnesAreNamed() throws Exception {
    ShapleyLoopStartNodeModel start = start(SamplingShapley.METHOD, 30, 9, 3);
    ShapleyLoopStartNodeModel copy = new ShapleyLoopStartNodeModel();
    NodeHarness.applySettings(copy, NodeHarness.settingsOf(start));
    NodeSettings loaded = NodeHarness.settingsOf(copy);
    assertThat(loaded.getString("method")).isEqualTo(SamplingShapley.METHOD);
    assertThat(loaded.getInt("budget")).isEqualTo(30);
    assertThat(loaded.getInt("seed")).isEqualTo(9);
    assertThat(loaded.getInt("rowsPerIteration")).isEqualTo(3);
    NodeSettings bad = NodeHarness.settingsOf(start);
    bad.addString("method", "magic");
    assertThatThrownBy(() -> NodeHarness.applySettings(copy, bad))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("method 'magic'");
    NodeSettings zero = NodeHarness.settingsOf(start);
    zero.addInt("rowsPerIteration", 0);
    assertThatThrownBy(() -> NodeHarness.applySettings(copy, zero))
        .isInstanceOf(InvalidSettingsException.class);
  }

  @Test
  void aBackgroundWithOtherColumnsIsRefusedNamingTheColumn() {
    DataTableSpec other =
        new DataTableSpec(
            new String[] {"x0", "x1", "colour"},
            new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
    DataTableSpec stringX1 =
        new DataTableSpec(
            new String[] {"x0", "x1", "color"},
            new DataType[] {DoubleCell.TYPE, StringCell.TYPE, StringCell.TYPE});
    DataTableSpec explainedSpec = table(explained, "e").getDataTableSpec();
    assertThatThrownBy(
            () -> NodeHarness.configure(new ShapleyLoopStartNodeModel(), explainedSpec, other))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("background table (port 2) has no column 'color'");
    assertThatThrownBy(
            () -> NodeHarness.configure(new ShapleyLoopStartNodeModel(), explainedSpec, stringX1))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'x1'");
  }

  @Test
  void aMissingProbabilityColumnIsNamed() throws Exception {
    ShapleyLoopEndNodeModel end = new ShapleyLoopEndNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(end);
    settings.addString("probabilityColumns", "P (class=yes), P (class=maybe)");
    NodeHarness.applySettings(end, settings);
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .runLoop(
                        start(ExactShapley.METHOD, 0, 1, 2),
                        new BufferedDataTable[] {table(explained, "e"), table(background, "b")},
                        new WekaPredictorNodeModel(model),
                        end))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'P (class=maybe)' is not in the loop body's output");
  }

  @Test
  void probabilitiesOutsideZeroToOneAreRefusedNamingColumnAndRow() {
    WekaPredictorNodeModel distorted = new WekaPredictorNodeModel(model);
    distorted.distortion = 3;
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .runLoop(
                        start(ExactShapley.METHOD, 0, 1, 2),
                        new BufferedDataTable[] {table(explained, "e"), table(background, "b")},
                        distorted,
                        new ShapleyLoopEndNodeModel()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("probability column 'P (class=")
        .hasMessageContaining("in row 'e1#0.")
        .hasMessageContaining("[0, 1]");
  }

  @Test
  void aLoopEndWithoutItsStartSaysSo() {
    ShapleyLoopEndNodeModel end = new ShapleyLoopEndNodeModel();
    BufferedDataTable any = table(explained, "e");
    assertThatThrownBy(() -> NodeHarness.configure(end, any.getDataTableSpec()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("needs a Shapley Explainer Loop Start");
    assertThatThrownBy(() -> new NodeHarness().executeAlone(end, any))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("needs a Shapley Explainer Loop Start");
  }

  @Test
  void cancellingStopsTheLoop() {
    NodeHarness harness = new NodeHarness();
    harness.cancel();
    assertThatThrownBy(
            () ->
                harness.runLoop(
                    start(ExactShapley.METHOD, 0, 1, 2),
                    new BufferedDataTable[] {table(explained, "e"), table(background, "b")},
                    new WekaPredictorNodeModel(model),
                    new ShapleyLoopEndNodeModel()))
        .isInstanceOf(CanceledExecutionException.class);
  }

  private static double value(DataRow row, DataTableSpec spec, String column) {
    int index = spec.findColumnIndex(column);
    assertThat(index).as("column %s", column).isNotNegative();
    DataCell cell = row.getCell(index);
    return ((DoubleValue) cell).getDoubleValue();
  }
}
