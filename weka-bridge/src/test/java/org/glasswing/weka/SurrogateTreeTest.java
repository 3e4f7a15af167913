package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.glasswing.core.global.SurrogateSummary;
import org.glasswing.core.tree.ReadableTree;
import org.junit.jupiter.api.Test;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.REPTree;
import weka.core.Instances;

class SurrogateTreeTest {

  /** Integer inputs 0..9 (so that split points are exact) and a class set by a depth-2 rule. */
  private static Instances grid(int rows, long seed, boolean numeric) {
    StringBuilder arff = new StringBuilder("@relation grid\n");
    arff.append("@attribute x0 numeric\n@attribute x1 numeric\n@attribute x2 numeric\n");
    arff.append(numeric ? "@attribute y numeric\n" : "@attribute y {a,b,c}\n");
    arff.append("@data\n");
    Random random = new Random(seed);
    for (int r = 0; r < rows; r++) {
      int x0 = random.nextInt(10);
      int x1 = random.nextInt(10);
      int x2 = random.nextInt(10);
      String y;
      if (x0 > 4) {
        y = x1 > 6 ? (numeric ? "10" : "a") : (numeric ? "5" : "b");
      } else {
        y = numeric ? "0" : "c";
      }
      arff.append(x0).append(',').append(x1).append(',').append(x2).append(',').append(y);
      arff.append('\n');
    }
    return TestData.arff(arff.toString());
  }

  private static WekaModel depthTwoTree(Instances train) throws Exception {
    REPTree tree = new REPTree();
    tree.setMaxDepth(2);
    tree.setNoPruning(true);
    tree.buildClassifier(train);
    return new WekaModel(tree, new Instances(train, 0));
  }

  @Test
  void fidelityIsOneWhenTheModelIsATreeOfAllowedDepth() throws Exception {
    Instances train = grid(400, 1, false);
    WekaModel model = depthTwoTree(train);

    SurrogateSummary limited =
        SurrogateTree.fit(model, grid(300, 2, false), grid(200, 3, false), 2, 1);
    SurrogateSummary free =
        SurrogateTree.fit(model, grid(300, 2, false), grid(200, 3, false), 0, 1);

    assertThat(limited.fidelity()).isEqualTo(1.0);
    assertThat(limited.measure()).isEqualTo("agreement");
    assertThat(limited.depth()).isEqualTo(2);
    assertThat(limited.leaves()).isEqualTo(3);
    assertThat(limited.learner()).startsWith("weka.classifiers.trees.REPTree").contains("-L 2");
    assertThat(limited.byDepth()).hasSize(2);
    assertThat(limited.byDepth().get(0).fidelity())
        .as("one split cannot reproduce three classes")
        .isLessThan(1.0);
    assertThat(limited.byDepth().get(1).fidelity()).isEqualTo(1.0);
    assertThat(limited.treeText()).contains("x0").contains("x1").doesNotContain("x2 ");
    assertThat(free.fidelity()).isEqualTo(1.0);
    assertThat(free.learner()).startsWith("weka.classifiers.trees.J48");
    assertThat(free.byDepth()).hasSize(SurrogateTree.TABLE_DEPTH);
    assertThat(free.heldOutRows()).isEqualTo(200);
    assertThat(free.fitRows()).isEqualTo(300);
  }

  @Test
  void theSummaryCarriesTheTreeWithEachNodesFittingRowsCounted() throws Exception {
    WekaModel model = depthTwoTree(grid(400, 1, false));
    Instances fit = grid(300, 2, false);
    int young = 0;
    int oldHigh = 0;
    for (int r = 0; r < fit.numInstances(); r++) {
      double x0 = fit.instance(r).value(0);
      double x1 = fit.instance(r).value(1);
      young += x0 <= 4 ? 1 : 0;
      oldHigh += x0 > 4 && x1 > 6 ? 1 : 0;
    }

    ReadableTree tree = SurrogateTree.fit(model, fit, grid(200, 3, false), 2, 1).structure();

    assertThat(tree.tree().nodeCount()).isEqualTo(5);
    assertThat(tree.columnName(0)).isEqualTo("x0");
    assertThat(tree.condition(0, 0)).isEqualTo("< 4.5");
    assertThat(tree.reached(0)).isEqualTo(300);
    assertThat(tree.outputNames()).containsExactly("a", "b", "c");
    Map<String, Double> leafRows = new TreeMap<>();
    for (int node = 0; node < tree.tree().nodeCount(); node++) {
      if (tree.tree().isLeaf(node)) {
        leafRows.put(tree.outputNames().get(tree.predictedClass(node)), tree.reached(node));
        assertThat(tree.agreeing(node))
            .as("the tree imitates the model exactly")
            .isEqualTo(tree.reached(node));
      }
    }
    assertThat(leafRows)
        .containsEntry("c", (double) young)
        .containsEntry("a", (double) oldHigh)
        .containsEntry("b", (double) (300 - young - oldHigh));
  }

  @Test
  void aRegressionModelIsImitatedByREPTreeWithRSquaredOne() throws Exception {
    Instances train = grid(400, 4, true);
    WekaModel model = depthTwoTree(train);

    SurrogateSummary summary =
        SurrogateTree.fit(model, grid(300, 5, true), grid(200, 6, true), 2, 1);

    assertThat(summary.measure()).isEqualTo("R2");
    assertThat(summary.fidelity()).isEqualTo(1.0);
    assertThat(summary.byDepth().get(0).fidelity()).isLessThan(1.0);
  }

  @Test
  void relabellingPutsTheModelsPredictionInTheClass() throws Exception {
    Instances train = grid(200, 7, false);
    J48 j48 = new J48();
    j48.buildClassifier(train);
    WekaModel model = new WekaModel(j48, new Instances(train, 0));
    Instances noisy = new Instances(train);
    noisy.instance(0).setClassValue(noisy.instance(0).classValue() == 0 ? 1 : 0);

    Instances relabelled = SurrogateTree.relabel(model, noisy);

    for (int r = 0; r < relabelled.numInstances(); r++) {
      assertThat(relabelled.instance(r).classValue())
          .isEqualTo(j48.classifyInstance(noisy.instance(r)));
    }
    assertThatThrownBy(() -> SurrogateTree.fit(model, train, new Instances(train, 0), 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("held-out rows");
  }
}
