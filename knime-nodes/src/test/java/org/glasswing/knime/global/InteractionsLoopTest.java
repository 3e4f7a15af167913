package org.glasswing.knime.global;

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
import org.glasswing.core.global.Interaction;
import org.glasswing.core.global.InteractionStrength;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.resample.Resampling;
import org.glasswing.knime.shapley.WekaPredictorNodeModel;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeSettings;
import weka.classifiers.functions.LinearRegression;
import weka.classifiers.trees.J48;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * The Interactions loop, with a Weka classifier as the user's predictor, gives the core's
 * H-statistics for the same model, rows and seed (the command line's numbers); an additive linear
 * regression has no interaction (H² = 0); bad settings are named; cancelling stops the loop.
 */
class InteractionsLoopTest {

  private static final String[] COLORS = {"red", "green", "blue"};
  private static Instances data;
  private static WekaModel tree;

  @BeforeAll
  static void train() throws Exception {
    data = data(80, 3);
    J48 j48 = new J48();
    j48.setOptions(new String[] {"-U", "-M", "2"});
    j48.buildClassifier(data);
    tree = new WekaModel(j48, new Instances(data, 0));
  }

  /** x0, x1 numeric, color nominal; the class depends on x0 and x1 together (xor-like). */
  private static Instances data(int rows, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x0"));
    attributes.add(new Attribute("x1"));
    attributes.add(new Attribute("color", List.of(COLORS)));
    attributes.add(new Attribute("class", List.of("yes", "no")));
    Instances d = new Instances("synthetic", attributes, rows);
    d.setClassIndex(3);
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < rows; r++) {
      double x0 = random.nextDouble(-1, 1);
      double x1 = random.nextDouble(-1, 1);
      int color = r < 3 ? r : random.nextInt(3);
      boolean yes = (x0 > 0) == (x1 > 0) || color == 0 && random.nextDouble() < 0.3;
      d.add(new DenseInstance(1, new double[] {x0, x1, color, yes ? 0 : 1}));
    }
    return d;
  }

  private static BufferedDataTable features(Instances d) {
    DataTableSpec spec =
        new DataTableSpec(
            new String[] {"x0", "x1", "color"},
            new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
    List<DataRow> rows = new ArrayList<>();
    for (int r = 0; r < d.numInstances(); r++) {
      rows.add(
          new DefaultRow(
              "r" + r,
              new DoubleCell(d.instance(r).value(0)),
              new DoubleCell(d.instance(r).value(1)),
              new StringCell(COLORS[(int) d.instance(r).value(2)])));
    }
    return NodeHarness.table(spec, rows);
  }

  private static InteractionsLoopStartNodeModel start(int top, int sample, String cols)
      throws InvalidSettingsException {
    InteractionsLoopStartNodeModel start = new InteractionsLoopStartNodeModel();
    NodeSettings s = NodeHarness.settingsOf(start);
    s.addInt("top", top);
    s.addInt("sample", sample);
    s.addInt("seed", 7);
    s.addString(InteractionsLoopSettings.FEATURES, cols);
    NodeHarness.applySettings(start, s);
    return start;
  }

  private static EvaluationEngine engine() {
    return new EvaluationEngine(
        1, EvaluationEngine.DEFAULT_BATCH_ROWS, ProgressListener.NONE, CancellationToken.NONE);
  }

  @Test
  void thePairsAreTheCoresForTheSameModelRowsAndSeed() throws Exception {
    InteractionsLoopEndNodeModel end = new InteractionsLoopEndNodeModel();
    NodeHarness.LoopResult result =
        new NodeHarness()
            .runLoop(
                start(3, 30, ""),
                new BufferedDataTable[] {features(data)},
                new WekaPredictorNodeModel(tree),
                end);
    Dataset rows = WekaData.dataset(data).select(Resampling.subsample(80, 30, 7, 0));
    Interactions expected =
        new InteractionStrength(3).compute(tree, rows, new int[] {0, 1, 2}, 0, engine());
    assertThat(expected.pairs()).hasSize(3);
    List<DataRow> pairs = new ArrayList<>();
    result.outputs()[0].forEach(pairs::add);
    assertThat(pairs).hasSize(3);
    for (int i = 0; i < 3; i++) {
      Interaction e = expected.pairs().get(i);
      DataRow row = pairs.get(i);
      assertThat(text(row, 0)).isEqualTo(e.first().name());
      assertThat(text(row, 1)).isEqualTo(e.second().name());
      assertThat(number(row, 2)).isCloseTo(e.h2(), within(1e-12));
      assertThat(number(row, 3)).isCloseTo(e.h(), within(1e-12));
      assertThat(text(row, 4)).isEqualTo("P (class=yes)");
    }
    // the class is an interaction of x0 and x1: that pair is the strongest
    assertThat(List.of(text(pairs.get(0), 0), text(pairs.get(0), 1)))
        .containsExactlyInAnyOrder("x0", "x1");
    List<DataRow> ranking = new ArrayList<>();
    result.outputs()[1].forEach(ranking::add);
    assertThat(ranking)
        .extracting(r -> text(r, 0))
        .containsExactlyElementsOf(expected.ranked().stream().map(f -> f.name()).toList());
    for (int i = 0; i < ranking.size(); i++) {
      assertThat(number(ranking.get(i), 2)).isCloseTo(expected.spread().get(i), within(1e-12));
    }
    assertThat(end.result().pairs()).hasSize(3);
    assertThat(NodeHarness.warning(end)).contains("'P (class=yes)'");
  }

  @Test
  void anAdditiveRegressionHasNoInteraction() throws Exception {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("a"));
    attributes.add(new Attribute("b"));
    attributes.add(new Attribute("c"));
    attributes.add(new Attribute("y"));
    Instances linear = new Instances("linear", attributes, 40);
    linear.setClassIndex(3);
    SplittableRandom random = new SplittableRandom(5);
    for (int r = 0; r < 40; r++) {
      double a = random.nextDouble(-1, 1);
      double b = random.nextDouble(-1, 1);
      double c = random.nextDouble(-1, 1);
      linear.add(new DenseInstance(1, new double[] {a, b, c, 3 * a - 2 * b + c}));
    }
    LinearRegression regression = new LinearRegression();
    regression.setOptions(new String[] {"-S", "1", "-R", "0"});
    regression.buildClassifier(linear);
    DataTableSpec spec =
        new DataTableSpec(
            new String[] {"a", "b", "c"},
            new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});
    List<DataRow> rows = new ArrayList<>();
    for (int r = 0; r < 40; r++) {
      rows.add(
          new DefaultRow(
              "r" + r,
              linear.instance(r).value(0),
              linear.instance(r).value(1),
              linear.instance(r).value(2)));
    }
    InteractionsLoopEndNodeModel end = new InteractionsLoopEndNodeModel();
    NodeHarness.LoopResult result =
        new NodeHarness()
            .runLoop(
                start(3, 40, "c, a, b"),
                new BufferedDataTable[] {NodeHarness.table(spec, rows)},
                new WekaPredictorNodeModel(new WekaModel(regression, new Instances(linear, 0))),
                end);
    List<DataRow> pairs = new ArrayList<>();
    result.outputs()[0].forEach(pairs::add);
    assertThat(pairs).hasSize(3);
    for (DataRow pair : pairs) {
      assertThat(number(pair, 2)).isCloseTo(0, within(1e-9));
      assertThat(text(pair, 4)).isEqualTo("Prediction (y)");
    }
    // the spreads are |weight| * sd(column): a ranks first, then b, then c
    List<DataRow> ranking = new ArrayList<>();
    result.outputs()[1].forEach(ranking::add);
    assertThat(ranking).extracting(r -> text(r, 0)).containsExactly("a", "b", "c");
  }

  @Test
  void badSettingsAreNamedAndCancellingStopsTheLoop() throws Exception {
    DataTableSpec spec = features(data).getDataTableSpec();
    assertThatThrownBy(() -> NodeHarness.configure(start(3, 30, "x0, size"), spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'features'")
        .hasMessageContaining("'size'");
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .runLoop(
                        start(3, 30, "x0"),
                        new BufferedDataTable[] {features(data)},
                        new WekaPredictorNodeModel(tree),
                        new InteractionsLoopEndNodeModel()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("at least 2")
        .hasMessageContaining("'features'");
    InteractionsLoopStartNodeModel bad = new InteractionsLoopStartNodeModel();
    NodeSettings s = NodeHarness.settingsOf(bad);
    s.addInt("top", 1);
    assertThatThrownBy(() -> NodeHarness.applySettings(bad, s))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'top'");

    InteractionsLoopStartNodeModel started = start(3, 30, "");
    InteractionsLoopEndNodeModel end = new InteractionsLoopEndNodeModel();
    NodeHarness.link(started, end);
    NodeHarness harness = new NodeHarness();
    WekaPredictorNodeModel body = new WekaPredictorNodeModel(tree);
    NodeHarness.configure(end, NodeHarness.configure(body, NodeHarness.configure(started, spec)));
    BufferedDataTable[] sent = harness.execute(started, features(data));
    BufferedDataTable[] predicted = harness.execute(body, sent[0]);
    harness.cancel();
    assertThatThrownBy(() -> harness.execute(end, predicted[0]))
        .isInstanceOf(CanceledExecutionException.class);
    NodeHarness.reset(started);
    NodeHarness.reset(end);
    assertThat(started.terminateLoop()).isFalse();
    assertThat(end.result()).isNull();
  }

  private static String text(DataRow row, int cell) {
    return ((StringValue) row.getCell(cell)).getStringValue();
  }

  private static double number(DataRow row, int cell) {
    return ((DoubleValue) row.getCell(cell)).getDoubleValue();
  }
}
