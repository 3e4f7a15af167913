package org.glasswing.weka.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.TreeShap;
import org.glasswing.core.tree.DecisionTree;
import org.glasswing.core.tree.TreeEnsemble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import weka.core.Instances;

/**
 * TreeSHAP on trees read from Weka agrees with exact enumeration and the brute-force cover game.
 */
class WekaTreeShapTest {

  private static final EvaluationEngine ENGINE = EvaluationEngine.defaults().withThreads(2);

  /** Iris (numeric), eight credit-g columns (mixed), the generated regression set. */
  static Instances data(String name) {
    return switch (name) {
      case "iris" -> WekaData.bundled("iris.arff");
        // checking_status, duration, credit_history, purpose, credit_amount, savings_status,
        // employment, age, class
      case "credit-g" ->
          WekaData.keep(WekaData.bundled("credit-g.arff"), 0, 1, 2, 3, 4, 5, 6, 12, 20);
        // only the nominal columns of credit-g
      case "credit-nominal" ->
          WekaData.keep(WekaData.bundled("credit-g.arff"), 0, 2, 3, 5, 6, 8, 9, 20);
      default -> WekaData.regression(300, 21);
    };
  }

  static Stream<Arguments> models() {
    List<Arguments> cases = new ArrayList<>();
    for (String data : List.of("iris", "credit-g", "credit-nominal")) {
      cases.add(Arguments.of("weka.classifiers.trees.J48", "", data));
      cases.add(Arguments.of("weka.classifiers.trees.J48", "-B -A", data));
    }
    for (String data : List.of("iris", "credit-g", "credit-nominal", "regression")) {
      cases.add(Arguments.of("weka.classifiers.trees.REPTree", "", data));
      cases.add(Arguments.of("weka.classifiers.trees.RandomTree", "-S 2", data));
      cases.add(Arguments.of("weka.classifiers.trees.RandomForest", "-I 10 -S 1", data));
    }
    return cases.stream();
  }

  static TreeEnsemble read(String type, String options, Instances data) throws Exception {
    return WekaTreeReader.read(
        WekaTreeReaderTest.train(type, options, data), WekaData.schema(data));
  }

  @ParameterizedTest(name = "{0} {1} on {2}")
  @MethodSource("models")
  void interventionalEqualsExactShapleyOnTheTreeModel(String type, String options, String dataName)
      throws Exception {
    Instances data = data(dataName);
    TreeEnsemble model = read(type, options, data);
    Background background = Background.sample(WekaData.dataset(data), 12, 7);
    Instances explained = new Instances(data, 0, 6);
    explained.addAll(WekaData.withMissing(new Instances(data, 6, 6), 0.3, 3));
    Dataset rows = WekaData.dataset(explained);

    List<Explanation> tree =
        TreeShap.interventional(background).explain(model, rows, TargetSelection.all(), ENGINE);
    List<Explanation> exact =
        new ExactShapley(background).explain(model, rows, TargetSelection.all(), ENGINE);

    assertThat(tree).hasSameSizeAs(exact);
    for (int i = 0; i < tree.size(); i++) {
      Explanation t = tree.get(i);
      Explanation e = exact.get(i);
      assertThat(t.baseValue()).isCloseTo(e.baseValue(), within(1e-9));
      assertThat(t.prediction()).isCloseTo(e.prediction(), within(1e-9));
      double sum = 0;
      for (int j = 0; j < t.size(); j++) {
        assertThat(t.attribution(j))
            .as("row %d, %s, feature %s", t.row(), t.target(), t.features().get(j).name())
            .isCloseTo(e.attribution(j), within(1e-9));
        sum += t.attribution(j);
      }
      assertThat(sum).as("efficiency").isCloseTo(t.prediction() - t.baseValue(), within(1e-9));
      assertThat(t.prediction())
          .isCloseTo(model.predict(rows.row(t.row()))[t.targetIndex()], within(1e-9));
    }
  }

  @Test
  void multiClassAttributionsCancelAcrossClassesAndAreEfficient() throws Exception {
    Instances iris = WekaData.bundled("iris.arff");
    TreeEnsemble model = read("weka.classifiers.trees.RandomForest", "-I 20 -S 5", iris);
    Dataset all = WekaData.dataset(WekaData.withMissing(iris, 0.1, 9));
    Background background = Background.sample(all, 40, 1);
    for (TreeShap shap : List.of(TreeShap.interventional(background), TreeShap.pathDependent())) {
      List<Explanation> explanations = shap.explain(model, all, TargetSelection.all(), ENGINE);
      assertThat(explanations).hasSize(3 * all.numRows());
      for (int r = 0; r < all.numRows(); r++) {
        double[] perFeature = new double[4];
        for (int c = 0; c < 3; c++) {
          Explanation e = explanations.get(3 * r + c);
          double sum = 0;
          for (int j = 0; j < 4; j++) {
            perFeature[j] += e.attribution(j);
            sum += e.attribution(j);
          }
          assertThat(sum).isCloseTo(e.prediction() - e.baseValue(), within(1e-9));
          assertThat(e.prediction()).isCloseTo(model.predict(all.row(r))[c], within(1e-9));
        }
        for (double v : perFeature) {
          assertThat(v).as("%s row %d", shap, r).isCloseTo(0, within(1e-9));
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} {1} on {2}")
  @MethodSource("models")
  void pathDependentEqualsTheBruteForceCoverGame(String type, String options, String dataName)
      throws Exception {
    Instances data = data(dataName);
    TreeEnsemble model = read(type, options, data);
    Instances explained = new Instances(data, 0, 3);
    explained.addAll(WekaData.withMissing(new Instances(data, 3, 3), 0.3, 4));
    Dataset rows = WekaData.dataset(explained);

    List<Explanation> path =
        TreeShap.pathDependent().explain(model, rows, TargetSelection.all(), ENGINE);

    Schema schema = model.schema();
    int[] inputs = schema.inputIndices();
    int n = inputs.length;
    for (Explanation e : path) {
      double[] x = rows.row(e.row());
      double[] v = new double[1 << n];
      for (int mask = 0; mask < v.length; mask++) {
        boolean[] known = new boolean[schema.size()];
        for (int p = 0; p < n; p++) {
          known[inputs[p]] = (mask & (1 << p)) != 0;
        }
        for (DecisionTree tree : model.trees()) {
          v[mask] += conditional(tree, 0, x, known, e.targetIndex()) / model.trees().size();
        }
      }
      assertThat(e.baseValue()).isCloseTo(v[0], within(1e-12));
      assertThat(e.prediction()).isCloseTo(v[v.length - 1], within(1e-12));
      for (int p = 0; p < n; p++) {
        double phi = 0;
        for (int mask = 0; mask < v.length; mask++) {
          if ((mask & (1 << p)) == 0) {
            phi += shapleyWeight(Integer.bitCount(mask), n) * (v[mask | (1 << p)] - v[mask]);
          }
        }
        assertThat(e.attribution(p))
            .as("feature %d row %d", p, e.row())
            .isCloseTo(phi, within(1e-12));
      }
    }
  }

  /** |S|! (n−|S|−1)! / n! */
  static double shapleyWeight(int s, int n) {
    double w = 1.0 / n;
    for (int k = 1; k <= s; k++) {
      w = w * k / (n - k);
    }
    return w;
  }

  /** E[f | the known features of x]: unknown features follow the cover proportions. */
  static double conditional(DecisionTree tree, int node, double[] x, boolean[] known, int output) {
    if (tree.isLeaf(node)) {
      return tree.value(node, output);
    }
    int column = tree.column(node);
    double total = 0;
    for (int k = 0; k < tree.branches(node); k++) {
      double w = known[column] ? tree.factor(node, k, x[column]) : tree.coverFraction(node, k);
      if (w != 0) {
        total += w * conditional(tree, tree.child(node, k), x, known, output);
      }
    }
    return total;
  }
}
