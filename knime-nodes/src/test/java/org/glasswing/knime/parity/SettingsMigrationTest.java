package org.glasswing.knime.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.knime.lime.LimeLoopStartNodeModel;
import org.glasswing.knime.shapley.ShapleyLoopEndNodeModel;
import org.glasswing.knime.shapley.ShapleyLoopStartNodeModel;
import org.glasswing.knime.shapley.WekaPredictorNodeModel;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeSettings;
import weka.classifiers.functions.Logistic;
import weka.core.Instances;

/**
 * Workflows saved before the loops took their settings from the catalogue still load: the old keys
 * are read as aliases of the catalogue names, and an old Shapley loop keeps using every row of its
 * background table.
 */
class SettingsMigrationTest {

  private static WekaModel model;
  private static Instances explained;
  private static Instances background;

  @BeforeAll
  static void train() throws Exception {
    List<String> labels = List.of(ParityData.COLORS);
    Instances train = ParityData.instances(120, 7, labels);
    Logistic logistic = new Logistic();
    logistic.buildClassifier(train);
    model = new WekaModel(logistic, new Instances(train, 0));
    explained = ParityData.instances(2, 8, labels);
    background = ParityData.instances(150, 9, labels);
  }

  /** The keys the LIME Explainer Loop Start saved before. */
  private static NodeSettings oldLime(double kernelWidth) {
    NodeSettings old = new NodeSettings("model");
    old.addString("mode", "continuous");
    old.addInt("samples", 200);
    old.addDouble("kernelWidth", kernelWidth);
    old.addInt("maxFeatures", 2);
    old.addInt("seed", 4);
    old.addInt("rowsPerIteration", 3);
    old.addInt("batchRows", 64);
    return old;
  }

  /** The keys the Shapley Explainer Loop Start saved before. */
  private static NodeSettings oldShapley() {
    NodeSettings old = new NodeSettings("model");
    old.addString("method", SamplingShapley.METHOD);
    old.addInt("budget", 30);
    old.addInt("seed", 9);
    old.addInt("rowsPerIteration", 3);
    old.addInt("batchRows", 64);
    return old;
  }

  @Test
  void anOldLimeWorkflowLoadsUnderTheCatalogueNames() throws Exception {
    LimeLoopStartNodeModel start = new LimeLoopStartNodeModel();
    NodeHarness.applySettings(start, oldLime(1.5));
    NodeSettings saved = NodeHarness.settingsOf(start);
    assertThat(saved.getString("lime-mode")).isEqualTo("continuous");
    assertThat(saved.getInt("samples")).isEqualTo(200);
    assertThat(saved.getDouble("kernel-width")).isEqualTo(1.5);
    assertThat(saved.getInt("max-features")).isEqualTo(2);
    assertThat(saved.getInt("seed")).isEqualTo(4);
    assertThat(saved.getInt("rowsPerIteration")).isEqualTo(3);
    assertThat(saved.containsKey("mode")).isFalse();
    assertThat(saved.containsKey("kernelWidth")).isFalse();
    assertThat(saved.containsKey("maxFeatures")).isFalse();
  }

  @Test
  void anOldLimeDefaultOfZeroStillMeansTheMethodsDefault() throws Exception {
    LimeLoopStartNodeModel start = new LimeLoopStartNodeModel();
    NodeHarness.applySettings(start, oldLime(0));
    assertThat(NodeHarness.settingsOf(start).getDouble("kernel-width")).isZero();
  }

  @Test
  void aBadOldValueIsNamedByItsCatalogueName() {
    assertThatThrownBy(() -> NodeHarness.applySettings(new LimeLoopStartNodeModel(), oldLime(-1)))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("the setting 'kernel-width' -1: must be more than 0")
        .hasMessageContaining("dialog");
  }

  @Test
  void anOldShapleyWorkflowKeepsItsWholeTableBackground() throws Exception {
    ShapleyLoopStartNodeModel start = new ShapleyLoopStartNodeModel();
    NodeHarness.applySettings(start, oldShapley());
    NodeSettings saved = NodeHarness.settingsOf(start);
    assertThat(saved.getInt("background-size")).isZero();
    assertThat(saved.getString("background-summary")).isEqualTo("random");
    assertThat(saved.getDouble("tolerance")).isZero();
    assertThat(saved.getInt("budget")).isEqualTo(30);

    Background whole = Background.uniform(WekaData.dataset(background));
    List<Explanation> direct =
        new SamplingShapley(whole, 30, 9)
            .explain(
                model,
                WekaData.dataset(explained),
                TargetSelection.all(),
                new EvaluationEngine(1, 64, ProgressListener.NONE, CancellationToken.NONE));
    BufferedDataTable out = run(start);
    double[] first = firstAttributions(out);
    for (int f = 0; f < 3; f++) {
      assertThat(first[f]).isCloseTo(direct.get(0).attribution(f), within(1e-12));
    }

    ShapleyLoopStartNodeModel fresh = new ShapleyLoopStartNodeModel();
    NodeSettings now = NodeHarness.settingsOf(fresh);
    assertThat(now.getInt("background-size")).isEqualTo(100);
    now.addString("method", SamplingShapley.METHOD);
    now.addInt("budget", 30);
    now.addInt("seed", 9);
    NodeHarness.applySettings(fresh, now);
    assertThat(firstAttributions(run(fresh))).isNotEqualTo(first);
  }

  private static BufferedDataTable run(ShapleyLoopStartNodeModel start) throws Exception {
    return new NodeHarness()
        .runLoop(
            start,
            new BufferedDataTable[] {
              ParityData.table(explained, "e"), ParityData.table(background, "b")
            },
            new WekaPredictorNodeModel(model),
            new ShapleyLoopEndNodeModel())
        .outputs()[0];
  }

  private static double[] firstAttributions(BufferedDataTable out) {
    DataRow row = out.iterator().next();
    String output = " [P (class=yes)]";
    double[] values = new double[3];
    for (int f = 0; f < 3; f++) {
      int index = out.getDataTableSpec().findColumnIndex(ParityData.FEATURES[f] + output);
      values[f] = ((DoubleValue) row.getCell(index)).getDoubleValue();
    }
    return values;
  }

  @Test
  void anUnknownOldMethodIsRefusedNamingTheChoices() {
    NodeSettings old = oldShapley();
    old.addString("method", "tree-shap");
    assertThatThrownBy(() -> NodeHarness.applySettings(new ShapleyLoopStartNodeModel(), old))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("unknown method 'tree-shap'")
        .hasMessageContaining("kernel-shap, exact-shapley, sampling-shapley");
  }

  @Test
  void theDefaultsAreTheCommandLines() throws Exception {
    NodeSettings shapley = NodeHarness.settingsOf(new ShapleyLoopStartNodeModel());
    assertThat(shapley.getString("method")).isEqualTo("kernel-shap");
    assertThat(shapley.getInt("budget")).as("0: 2n+2048 for kernel-shap, 2048 else").isZero();
    assertThat(shapley.getInt("background-size")).isEqualTo(100);
    assertThat(shapley.getInt("seed")).isEqualTo(1);
    NodeSettings lime = NodeHarness.settingsOf(new LimeLoopStartNodeModel());
    assertThat(lime.getString("lime-mode")).isEqualTo("quartile");
    assertThat(lime.getInt("samples")).isEqualTo(5000);
    assertThat(lime.getInt("seed")).isEqualTo(1);
    assertThat(lime.containsKey("method")).isFalse();
    assertThat(lime.containsKey("background-size")).isFalse();
  }
}
