package org.glasswing.weka.attributeSelection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import weka.attributeSelection.AttributeSelection;
import weka.attributeSelection.Ranker;
import weka.core.Instances;
import weka.core.Utils;

class PermutationAttributeEvalTest {

  @Test
  void theOnlyRelevantAttributeRanksFirstAndTheIrrelevantOneScoresNearZero() throws Exception {
    Instances data = TestData.oneRelevant(400, 5);
    PermutationAttributeEval evaluator = new PermutationAttributeEval();
    evaluator.setOptions(Utils.splitOptions("-folds 4 -repeats 5 -S 2 -num-threads 1"));
    AttributeSelection selection = new AttributeSelection();
    selection.setEvaluator(evaluator);
    selection.setSearch(new Ranker());
    selection.SelectAttributes(data);
    double[][] ranked = selection.rankedAttributes();
    assertThat(data.attribute((int) ranked[0][0]).name()).isEqualTo("x1");
    // J48 learns x1 > 0.5; shuffling x1 makes about half the predictions wrong
    assertThat(ranked[0][1]).isBetween(0.35, 0.6);
    assertThat(ranked[1][1]).isCloseTo(0, within(0.02));
    assertThat(selection.toResultsString()).contains("Permutation importance attribute evaluator");
    assertThat(evaluator.toString()).contains("drop in accuracy");

    PermutationAttributeEval twoThreads = new PermutationAttributeEval();
    twoThreads.setOptions(Utils.splitOptions("-folds 4 -repeats 5 -S 2 -num-threads 2"));
    twoThreads.buildEvaluator(data);
    for (int a = 0; a < 2; a++) {
      assertThat(twoThreads.evaluateAttribute(a)).isEqualTo(evaluator.evaluateAttribute(a));
    }
  }

  @Test
  void badInputGetsAClearMessage() {
    PermutationAttributeEval evaluator = new PermutationAttributeEval();
    Instances single =
        TestData.arff("@relation r\n@attribute a numeric\n@attribute y {a}\n@data\n1,a\n2,a\n");
    assertThatThrownBy(() -> evaluator.buildEvaluator(single)).hasMessageContaining("single value");
    evaluator.setMetric("rmse");
    assertThatThrownBy(() -> evaluator.buildEvaluator(TestData.iris()))
        .hasMessageContaining("rmse");
  }
}
