package org.glasswing.weka.attributeSelection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import weka.core.Instances;
import weka.core.Utils;

/** The checks, merits and listing both evaluators take from {@link ClassifierAttributeEval}. */
class ClassifierAttributeEvalTest {

  @Test
  void eachEvaluatorNamesItselfAndItsPurposeInTheSharedMessages() {
    Instances noClass = TestData.arff("@relation r\n@attribute a numeric\n@data\n1\n2\n");
    noClass.setClassIndex(-1);
    Instances single =
        TestData.arff("@relation r\n@attribute a numeric\n@attribute y {a}\n@data\n1,a\n2,a\n");
    assertThatThrownBy(() -> new MeanShapleyAttributeEval().buildEvaluator(noClass))
        .hasMessageStartingWith("MeanShapleyAttributeEval needs a class attribute");
    assertThatThrownBy(() -> new PermutationAttributeEval().evaluateAttribute(0))
        .hasMessage("PermutationAttributeEval has not been built yet");
    assertThatThrownBy(() -> new MeanShapleyAttributeEval().buildEvaluator(single))
        .hasMessageEndingWith("explaining a prediction needs at least two classes");
    assertThatThrownBy(() -> new PermutationAttributeEval().buildEvaluator(single))
        .hasMessageEndingWith("permutation importance needs at least two classes");
  }

  @Test
  void theMeritsAreListedForEveryAttributeButTheClass() throws Exception {
    Instances data = TestData.oneRelevant(120, 3);
    PermutationAttributeEval evaluator = new PermutationAttributeEval();
    evaluator.setOptions(Utils.splitOptions("-folds 3 -repeats 2 -num-threads 1"));
    evaluator.buildEvaluator(data);
    String text = evaluator.toString();
    assertThat(text).contains("Importance +- the standard deviation of its replicates:");
    assertThat(text).containsPattern("\tx1 +\\d\\.\\d{4} \\+- \\d\\.\\d{4}");
    assertThat(text).doesNotContain("\t" + data.classAttribute().name() + " ");
    assertThat(evaluator.evaluateAttribute(data.classIndex())).isZero();
  }
}
