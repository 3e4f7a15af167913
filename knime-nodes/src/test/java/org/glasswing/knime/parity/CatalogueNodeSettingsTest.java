package org.glasswing.knime.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.Parameter;
import org.glasswing.knime.faithfulness.DeletionLoopStartNodeModel;
import org.glasswing.knime.global.ProfileLoopStartNodeModel;
import org.glasswing.knime.importance.PermutationLoopStartNodeModel;
import org.glasswing.knime.sanity.ExplanationComparerNodeModel;
import org.glasswing.knime.uncertainty.CalibrationScorerNodeModel;
import org.glasswing.knime.uncertainty.CalibratorLearnerNodeModel;
import org.glasswing.knime.uncertainty.ConformalCalibratorNodeModel;
import org.glasswing.knime.uncertainty.FairnessScorerNodeModel;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;

/**
 * Every catalogue-backed node saves its catalogue settings under the catalogue's names with the
 * catalogue's defaults, and a workflow saved with a node's older keys still loads.
 */
class CatalogueNodeSettingsTest {

  /** A node, the catalogue method its settings come from, and the parameters it takes. */
  private record Backed(
      Supplier<NodeModel> node, Family family, String method, List<String> taken) {}

  private static final List<Backed> NODES =
      List.of(
          new Backed(
              PermutationLoopStartNodeModel::new,
              Family.GLOBAL,
              "permutation",
              List.of("repeats", "seed")),
          new Backed(
              DeletionLoopStartNodeModel::new,
              Family.SANITY,
              "faithfulness",
              List.of("random-orders")),
          new Backed(
              ConformalCalibratorNodeModel::new,
              Family.UNCERTAINTY,
              "conformal",
              List.of("alpha", "score", "mondrian")),
          new Backed(
              CalibrationScorerNodeModel::new, Family.UNCERTAINTY, "calibration", List.of("bins")),
          new Backed(
              ExplanationComparerNodeModel::new, Family.SANITY, "agreement", List.of("top-k")),
          new Backed(
              FairnessScorerNodeModel::new,
              Family.FAIRNESS,
              "fairness",
              List.of("protected", "positive", "folds", "replicates", "level", "bins", "alpha")),
          new Backed(
              ProfileLoopStartNodeModel::new,
              Family.GLOBAL,
              "profile",
              List.of("grid", "no-ice", "ale", "max-rows")),
          new Backed(
              CalibratorLearnerNodeModel::new,
              Family.UNCERTAINTY,
              "recalibration",
              List.of("calibrator")));

  @Test
  void everyCatalogueBackedNodeSavesTheCataloguesKeysAndDefaults() throws Exception {
    for (Backed b : NODES) {
      NodeSettings saved = NodeHarness.settingsOf(b.node().get());
      for (String name : b.taken()) {
        Parameter p = MethodCatalogue.standard().find(b.family(), b.method()).parameter(name).get();
        assertThat(saved.containsKey(name)).as(b.method() + " " + name).isTrue();
        String value =
            switch (p.type()) {
              case REAL -> Double.toString(saved.getDouble(name));
              case FLAG -> Boolean.toString(saved.getBoolean(name));
              case INTEGER, LONG -> Integer.toString(saved.getInt(name));
              default -> saved.getString(name);
            };
        String expected =
            p.type() == Parameter.Type.REAL
                ? Double.toString(Double.parseDouble(p.defaultValue()))
                : p.defaultValue();
        assertThat(value).as(b.method() + " " + name).isEqualTo(expected);
      }
    }
  }

  @Test
  void theDocsListEveryCatalogueSettingOfTheNodesWithItsDefault() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "knime.md"));
    for (Backed b : NODES) {
      for (String name : b.taken()) {
        Parameter p = MethodCatalogue.standard().find(b.family(), b.method()).parameter(name).get();
        assertThat(docs)
            .as(b.method() + " " + name)
            .contains("| `" + name + "` | " + p.defaultValue() + " | " + p.description());
      }
    }
  }

  @Test
  void theDeletionLoopsOldRandomOrdersKeyStillLoads() throws Exception {
    DeletionLoopStartNodeModel node = new DeletionLoopStartNodeModel();
    NodeSettings old = new NodeSettings("model");
    for (Map.Entry<String, Integer> e :
        Map.of("randomOrders", 7, "seed", 3, "rowsPerIteration", 4).entrySet()) {
      old.addInt(e.getKey(), e.getValue());
    }
    old.addString("probabilityColumn", "P (class=yes)");
    NodeHarness.applySettings(node, old);
    NodeSettings saved = NodeHarness.settingsOf(node);
    assertThat(saved.getInt("random-orders")).isEqualTo(7);
    assertThat(saved.containsKey("randomOrders")).isFalse();
    assertThat(saved.getInt("seed")).isEqualTo(3);
  }

  @Test
  void theExplanationComparersOldTopKKeyStillLoads() throws Exception {
    ExplanationComparerNodeModel node = new ExplanationComparerNodeModel();
    NodeSettings old = new NodeSettings("model");
    old.addString("attributionColumns", "");
    old.addInt("topK", 2);
    NodeHarness.applySettings(node, old);
    NodeSettings saved = NodeHarness.settingsOf(node);
    assertThat(saved.getInt("top-k")).isEqualTo(2);
    assertThat(saved.containsKey("topK")).isFalse();
  }

  @Test
  void theCalibratorLearnersOldMethodKeyStillLoads() throws Exception {
    CalibratorLearnerNodeModel node = new CalibratorLearnerNodeModel();
    NodeSettings old = new NodeSettings("model");
    old.addString("classColumn", "class");
    old.addString("probabilityColumns", "");
    old.addString("method", "temperature");
    NodeHarness.applySettings(node, old);
    NodeSettings saved = NodeHarness.settingsOf(node);
    assertThat(saved.getString("calibrator")).isEqualTo("temperature");
    assertThat(saved.containsKey("method")).isFalse();
  }

  @Test
  void thePermutationLoopsKeysAreTheCataloguesAlready() throws Exception {
    PermutationLoopStartNodeModel node = new PermutationLoopStartNodeModel();
    NodeSettings old = new NodeSettings("model");
    old.addString("classColumn", "class");
    old.addString("metric", "auc");
    old.addInt("repeats", 4);
    old.addInt("seed", 9);
    old.addInt("featuresPerIteration", 2);
    NodeHarness.applySettings(node, old);
    NodeSettings saved = NodeHarness.settingsOf(node);
    assertThat(saved.getInt("repeats")).isEqualTo(4);
    assertThat(saved.getInt("seed")).isEqualTo(9);
  }
}
