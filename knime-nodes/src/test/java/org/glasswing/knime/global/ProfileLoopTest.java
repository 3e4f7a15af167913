package org.glasswing.knime.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.global.AccumulatedLocalEffects;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.PartialDependence;
import org.glasswing.core.global.Profile;
import org.glasswing.core.resample.Resampling;
import org.glasswing.knime.shapley.WekaPredictorNodeModel;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeSettings;
import weka.classifiers.functions.LinearRegression;
import weka.classifiers.functions.Logistic;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * The Partial Dependence loop, with a Weka classifier as the user's predictor, gives the core's
 * PDP, ICE and ALE curves for the same model, rows, grid and seed (the command line's numbers), a
 * linear regression's PDP has the closed-form slope, and the view reopens after a reload.
 */
class ProfileLoopTest {

  private static final String[] COLORS = {"red", "green", "blue"};
  private static Instances data;
  private static WekaModel logistic;

  @TempDir Path dir;

  @BeforeAll
  static void train() throws Exception {
    data = data(60, 3);
    Logistic l = new Logistic();
    l.buildClassifier(data);
    logistic = new WekaModel(l, new Instances(data, 0));
  }

  /** x0, x1 numeric, color nominal (labels first seen in declared order), class yes/no. */
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
      double score = x0 + x1 / 2 + (color == 0 ? 1 : 0) + random.nextDouble(-0.5, 0.5);
      d.add(new DenseInstance(1, new double[] {x0, x1, color, score > 0.5 ? 0 : 1}));
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

  private static ProfileLoopStartNodeModel start(int grid, int maxRows, boolean ale, String cols)
      throws InvalidSettingsException {
    ProfileLoopStartNodeModel start = new ProfileLoopStartNodeModel();
    NodeSettings s = NodeHarness.settingsOf(start);
    s.addInt("grid", grid);
    s.addInt("max-rows", maxRows);
    s.addBoolean("ale", ale);
    s.addInt("seed", 11);
    s.addString(ProfileLoopSettings.FEATURES, cols);
    NodeHarness.applySettings(start, s);
    return start;
  }

  private static EvaluationEngine engine() {
    return new EvaluationEngine(
        1, EvaluationEngine.DEFAULT_BATCH_ROWS, ProgressListener.NONE, CancellationToken.NONE);
  }

  @Test
  void theCurvesAreTheCoresForTheSameModelRowsGridAndSeed() throws Exception {
    ProfileLoopEndNodeModel end = new ProfileLoopEndNodeModel();
    NodeHarness.LoopResult result =
        new NodeHarness()
            .runLoop(
                start(7, 25, true, ""),
                new BufferedDataTable[] {features(data)},
                new WekaPredictorNodeModel(logistic),
                end);
    int[] sample = Resampling.subsample(60, 25, 11, 0);
    Dataset rows = WekaData.dataset(data).select(sample);
    PartialDependence pdp = new PartialDependence(7);
    List<Object[]> expected = new ArrayList<>();
    for (int column = 0; column < 3; column++) {
      Profile p = pdp.profile(logistic, rows, column, 0, engine());
      for (int g = 0; g < p.grid().length; g++) {
        expected.add(new Object[] {"pdp", p.feature().format(p.grid()[g]), null, p.pdp()[g]});
      }
      for (int r = 0; r < sample.length; r++) {
        for (int g = 0; g < p.grid().length; g++) {
          expected.add(
              new Object[] {
                "ice", p.feature().format(p.grid()[g]), "r" + sample[r], p.ice()[r][g]
              });
        }
      }
      assertThat(end.profiles().get(column).pdp()).containsExactly(p.pdp(), within(1e-12));
    }
    for (int column = 0; column < 2; column++) {
      AleCurve c = new AccumulatedLocalEffects(6).curve(logistic, rows, column, 0, engine());
      for (int k = 0; k < c.edges().length; k++) {
        expected.add(new Object[] {"ale", c.feature().format(c.edges()[k]), null, c.ale()[k]});
      }
    }
    List<DataRow> out = new ArrayList<>();
    result.outputs()[0].forEach(out::add);
    assertThat(out).hasSize(expected.size());
    for (int i = 0; i < out.size(); i++) {
      DataRow row = out.get(i);
      Object[] e = expected.get(i);
      assertThat(text(row.getCell(0))).as("row %d", i).isEqualTo(e[0]);
      assertThat(text(row.getCell(2))).as("row %d", i).isEqualTo(e[1]);
      assertThat(row.getCell(3).isMissing() ? null : text(row.getCell(3))).isEqualTo(e[2]);
      assertThat(text(row.getCell(4))).isEqualTo("P (class=yes)");
      assertThat(((DoubleValue) row.getCell(5)).getDoubleValue())
          .as("row %d", i)
          .isCloseTo((Double) e[3], within(1e-12));
    }
    assertThat(end.predicted()[0]).isPositive();
    assertThat(NodeHarness.warning(end)).contains("'P (class=yes)'");
  }

  @Test
  void aLinearRegressionsPartialDependenceHasItsWeightAsSlope() throws Exception {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x0"));
    attributes.add(new Attribute("x1"));
    attributes.add(new Attribute("y"));
    Instances linear = new Instances("linear", attributes, 50);
    linear.setClassIndex(2);
    SplittableRandom random = new SplittableRandom(5);
    for (int r = 0; r < 50; r++) {
      double a = random.nextDouble(-1, 1);
      double b = random.nextDouble(-1, 1);
      linear.add(new DenseInstance(1, new double[] {a, b, 3 * a - 2 * b}));
    }
    LinearRegression regression = new LinearRegression();
    regression.setOptions(new String[] {"-S", "1", "-R", "0"});
    regression.buildClassifier(linear);
    WekaModel model = new WekaModel(regression, new Instances(linear, 0));
    DataTableSpec spec =
        new DataTableSpec(
            new String[] {"x0", "x1"}, new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE});
    List<DataRow> rows = new ArrayList<>();
    for (int r = 0; r < 50; r++) {
      rows.add(new DefaultRow("r" + r, linear.instance(r).value(0), linear.instance(r).value(1)));
    }
    ProfileLoopEndNodeModel end = new ProfileLoopEndNodeModel();
    new NodeHarness()
        .runLoop(
            start(5, 200, false, "x1, x0"),
            new BufferedDataTable[] {NodeHarness.table(spec, rows)},
            new WekaPredictorNodeModel(model),
            end);
    List<Profile> profiles = end.profiles();
    assertThat(profiles).extracting(p -> p.feature().name()).containsExactly("x1", "x0");
    double[] weights = {-2, 3};
    for (int i = 0; i < 2; i++) {
      Profile p = profiles.get(i);
      double[] g = p.grid();
      double slope = (p.pdp()[g.length - 1] - p.pdp()[0]) / (g[g.length - 1] - g[0]);
      assertThat(slope).isCloseTo(weights[i], within(1e-6));
      assertThat(p.output()).isEqualTo("Prediction (y)");
    }
  }

  @Test
  void theViewReopensAfterAReloadAndBadColumnsAreNamed() throws Exception {
    ProfileLoopEndNodeModel end = new ProfileLoopEndNodeModel();
    new NodeHarness()
        .runLoop(
            start(4, 10, false, "color"),
            new BufferedDataTable[] {features(data)},
            new WekaPredictorNodeModel(logistic),
            end);
    ProfileLoopEndNodeFactory factory = new ProfileLoopEndNodeFactory();
    assertThat(NodeHarness.refreshView(factory.createNodeView(0, factory.createNodeModel())))
        .isInstanceOf(javax.swing.JLabel.class);
    NodeHarness.saveInternals(end, dir.toFile());
    ProfileLoopEndNodeModel reloaded = factory.createNodeModel();
    NodeHarness.loadInternals(reloaded, dir.toFile());
    assertThat(reloaded.profiles()).hasSize(1);
    Profile before = end.profiles().get(0);
    Profile after = reloaded.profiles().get(0);
    assertThat(after.feature()).isEqualTo(before.feature());
    assertThat(after.pdp()).containsExactly(before.pdp());
    assertThat(after.ice()).isDeepEqualTo(before.ice());
    assertThat(NodeHarness.refreshView(factory.createNodeView(0, reloaded)))
        .isInstanceOf(javax.swing.JPanel.class);

    ProfileLoopStartNodeModel missing = start(4, 10, false, "size");
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .runLoop(
                        missing,
                        new BufferedDataTable[] {features(data)},
                        new WekaPredictorNodeModel(logistic),
                        new ProfileLoopEndNodeModel()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'size'");
    ProfileLoopStartNodeModel bad = new ProfileLoopStartNodeModel();
    NodeSettings s = NodeHarness.settingsOf(bad);
    s.addInt("grid", 1);
    assertThatThrownBy(() -> NodeHarness.applySettings(bad, s))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'grid'");
  }

  private static String text(DataCell cell) {
    return ((StringValue) cell).getStringValue();
  }
}
