package org.glasswing.core.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.glasswing.core.testing.RandomTrees;
import org.glasswing.core.tree.DecisionTree;
import org.glasswing.core.tree.TreeEnsemble;
import org.glasswing.core.tree.TreeEnsemble.Aggregation;
import org.junit.jupiter.api.Test;

class TreeShapTest {

  private static final EvaluationEngine ONE_THREAD = EvaluationEngine.defaults().withThreads(1);

  static TreeEnsemble forest(Schema schema, int trees, int depth, long seed) {
    int outputs = schema.isClassification() ? schema.target().labels().size() : 1;
    List<DecisionTree> list = new ArrayList<>();
    for (int t = 0; t < trees; t++) {
      list.add(RandomTrees.tree(schema, depth, outputs, seed * 1000 + t));
    }
    // The mean, not the normalised sum: random missing-value weights need not sum to one.
    return new TreeEnsemble(schema, list, Aggregation.MEAN);
  }

  /** Random rows with a share of missing values. */
  static Dataset rows(Schema schema, int n, double missing, long seed) {
    Dataset data = Data.random(schema, n, seed);
    double[][] values = data.rows();
    SplittableRandom random = new SplittableRandom(seed + 17);
    for (double[] row : values) {
      for (int c : schema.inputIndices()) {
        if (random.nextDouble() < missing) {
          row[c] = Double.NaN;
        }
      }
    }
    return new Dataset(schema, values);
  }

  static void assertSame(List<Explanation> actual, List<Explanation> expected, double tolerance) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < actual.size(); i++) {
      Explanation a = actual.get(i);
      Explanation e = expected.get(i);
      assertThat(a.targetIndex()).isEqualTo(e.targetIndex());
      assertThat(a.baseValue()).as("base of %s", e).isCloseTo(e.baseValue(), within(tolerance));
      assertThat(a.prediction()).as("prediction").isCloseTo(e.prediction(), within(tolerance));
      for (int j = 0; j < a.size(); j++) {
        assertThat(a.attribution(j))
            .as("feature %d of row %d output %d", j, a.row(), a.targetIndex())
            .isCloseTo(e.attribution(j), within(tolerance));
      }
    }
  }

  @Test
  void interventionalEqualsExactEnumerationOnMixedMultiClassForest() {
    Schema schema = RandomTrees.mixedSchema(4, 3, "p", "q", "r");
    TreeEnsemble model = forest(schema, 6, 6, 1);
    Background background = Background.uniform(rows(schema, 12, 0, 2));
    Dataset explained = rows(schema, 8, 0, 3);

    List<Explanation> tree =
        TreeShap.interventional(background)
            .explain(model, explained, TargetSelection.all(), ONE_THREAD);
    List<Explanation> exact =
        new ExactShapley(background).explain(model, explained, TargetSelection.all(), ONE_THREAD);

    assertSame(tree, exact, 1e-9);
  }

  @Test
  void interventionalEqualsExactEnumerationWithMissingValuesEverywhere() {
    Schema schema = RandomTrees.mixedSchema(4, 2);
    TreeEnsemble model = forest(schema, 5, 7, 4);
    double[] weights = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    Background background = new Background(rows(schema, 10, 0.3, 5), weights);
    Dataset explained = rows(schema, 10, 0.3, 6);

    List<Explanation> tree =
        TreeShap.interventional(background)
            .explain(model, explained, TargetSelection.all(), ONE_THREAD);
    List<Explanation> exact =
        new ExactShapley(background).explain(model, explained, TargetSelection.all(), ONE_THREAD);

    assertSame(tree, exact, 1e-9);
  }

  @Test
  void interventionalIsEfficientAndClassAttributionsCancel() {
    Schema schema = RandomTrees.mixedSchema(6, 4, "p", "q", "r", "s");
    TreeEnsemble model = forest(schema, 10, 9, 7);
    // No missing values: the random trees' missing-value weights need not sum to one, so with them
    // the class outputs would not sum to one and the attributions would not cancel.
    Background background = Background.uniform(rows(schema, 30, 0, 8));
    Dataset explained = rows(schema, 20, 0, 9);

    List<Explanation> all =
        TreeShap.interventional(background)
            .explain(model, explained, TargetSelection.all(), ONE_THREAD);

    assertEfficientAndCancelling(all, model, explained, 4);
  }

  static void assertEfficientAndCancelling(
      List<Explanation> all, TreeEnsemble model, Dataset explained, int classes) {
    assertThat(all).hasSize(explained.numRows() * classes);
    for (int r = 0; r < explained.numRows(); r++) {
      double[] predicted = model.predict(explained.row(r));
      double[] perFeature = new double[explained.schema().inputIndices().length];
      for (int c = 0; c < classes; c++) {
        Explanation e = all.get(r * classes + c);
        double sum = 0;
        for (int j = 0; j < e.size(); j++) {
          sum += e.attribution(j);
          perFeature[j] += e.attribution(j);
        }
        assertThat(sum).isCloseTo(e.prediction() - e.baseValue(), within(1e-9));
        assertThat(e.prediction()).isCloseTo(predicted[c], within(1e-9));
      }
      for (double v : perFeature) {
        assertThat(v).isCloseTo(0, within(1e-9));
      }
    }
  }

  @Test
  void pathDependentEqualsBruteForceOverTheCoverGame() {
    Schema schema = RandomTrees.mixedSchema(4, 2, "p", "q");
    TreeEnsemble model = forest(schema, 4, 6, 10);
    Dataset explained = rows(schema, 10, 0.2, 11);

    List<Explanation> path =
        TreeShap.pathDependent().explain(model, explained, TargetSelection.all(), ONE_THREAD);

    int[] inputs = schema.inputIndices();
    int n = inputs.length;
    double[] weights = ExactShapley.weights(n);
    for (Explanation e : path) {
      double[] x = explained.row(e.row());
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
            phi += weights[Integer.bitCount(mask)] * (v[mask | (1 << p)] - v[mask]);
          }
        }
        assertThat(e.attribution(p))
            .as("feature %d row %d", p, e.row())
            .isCloseTo(phi, within(1e-12));
      }
    }
  }

  /** E[f | known features of x]: unknown features follow the cover, known ones x's branch. */
  static double conditional(DecisionTree tree, int node, double[] x, boolean[] known, int output) {
    if (tree.isLeaf(node)) {
      return tree.value(node, output);
    }
    double total = 0;
    int column = tree.column(node);
    for (int k = 0; k < tree.branches(node); k++) {
      double w = known[column] ? tree.factor(node, k, x[column]) : tree.coverFraction(node, k);
      if (w != 0) {
        total += w * conditional(tree, tree.child(node, k), x, known, output);
      }
    }
    return total;
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    Schema schema = RandomTrees.mixedSchema(5, 2);
    TreeEnsemble model = forest(schema, 8, 8, 12);
    Background background = Background.uniform(rows(schema, 20, 0.1, 13));
    Dataset explained = rows(schema, 15, 0.1, 14);
    for (TreeShap shap : List.of(TreeShap.interventional(background), TreeShap.pathDependent())) {
      List<Explanation> one = shap.explain(model, explained, TargetSelection.all(), ONE_THREAD);
      List<Explanation> four =
          shap.explain(model, explained, TargetSelection.all(), ONE_THREAD.withThreads(4));
      for (int i = 0; i < one.size(); i++) {
        assertThat(four.get(i).attributions()).isEqualTo(one.get(i).attributions());
      }
    }
  }

  @Test
  void cancellationStopsBothModes() {
    Schema schema = RandomTrees.mixedSchema(3, 1);
    TreeEnsemble model = forest(schema, 3, 4, 17);
    Dataset explained = rows(schema, 5, 0, 18);
    EvaluationEngine cancelled = ONE_THREAD.withCancellation(() -> true);
    for (TreeShap shap :
        List.of(TreeShap.interventional(Background.uniform(explained)), TreeShap.pathDependent())) {
      assertThatThrownBy(() -> shap.explain(model, explained, TargetSelection.all(), cancelled))
          .isInstanceOf(CancelledException.class);
    }
  }

  @Test
  void settingsNameTheMode() {
    Schema schema = RandomTrees.mixedSchema(2, 0);
    TreeEnsemble model = forest(schema, 2, 3, 15);
    Dataset explained = rows(schema, 1, 0, 16);
    Explanation e =
        TreeShap.interventional(Background.uniform(explained))
            .explain(model, explained, TargetSelection.all(), ONE_THREAD)
            .get(0);
    assertThat(e.method()).isEqualTo("tree-shap");
    assertThat(e.settings())
        .containsEntry("mode", "interventional")
        .containsEntry("background_size", "1")
        .containsEntry("trees", "2");
  }

  @Test
  void refusesAModelThatIsNotATreeEnsemble() {
    Schema schema = Data.numericRegression(2);
    Dataset rows = Data.random(schema, 3, 1);
    assertThatThrownBy(
            () ->
                TreeShap.pathDependent()
                    .explain(
                        FunctionModel.regression(schema, x -> x[0]),
                        rows,
                        TargetSelection.all(),
                        ONE_THREAD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exact-shapley");
  }
}
