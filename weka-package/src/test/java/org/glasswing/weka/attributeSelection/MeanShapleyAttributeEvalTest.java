package org.glasswing.weka.attributeSelection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.glasswing.weka.TestData;
import org.glasswing.weka.filters.AddExplanation;
import org.junit.jupiter.api.Test;
import weka.attributeSelection.AttributeSelection;
import weka.attributeSelection.Ranker;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;

class MeanShapleyAttributeEvalTest {

  @Test
  void theRelevantAttributeRanksFirstAndTheNoiseScoresZero() throws Exception {
    Instances data = TestData.oneRelevant(200, 11);
    MeanShapleyAttributeEval evaluator = new MeanShapleyAttributeEval();
    AttributeSelection selection = new AttributeSelection();
    selection.setEvaluator(evaluator);
    selection.setSearch(new Ranker());
    selection.SelectAttributes(data);
    double[][] ranked = selection.rankedAttributes();
    assertThat((int) ranked[0][0]).isEqualTo(0);
    assertThat(ranked[0][1]).isGreaterThan(0.1);
    assertThat(evaluator.evaluateAttribute(1)).isEqualTo(0.0);
    assertThat(evaluator.toString())
        .contains("tree-shap (chosen by auto")
        .contains("Instances explained: 200");
  }

  @Test
  void meritIsTheMeanAbsoluteOfTheFiltersAttributions() throws Exception {
    Instances data = TestData.creditG();
    MeanShapleyAttributeEval evaluator = new MeanShapleyAttributeEval();
    evaluator.buildEvaluator(data);
    AddExplanation filter = new AddExplanation();
    filter.setInputFormat(data);
    Instances explained = Filter.useFilter(data, filter);
    int inputs = data.numAttributes() - 1;
    for (int a = 0; a < inputs; a++) {
      double sum = 0;
      for (int r = 0; r < explained.numInstances(); r++) {
        sum += Math.abs(explained.instance(r).value(inputs + 2 + a));
      }
      assertThat(evaluator.evaluateAttribute(a))
          .as(data.attribute(a).name())
          .isCloseTo(sum / explained.numInstances(), within(1e-12));
    }
    assertThat(evaluator.evaluateAttribute(inputs)).isEqualTo(0.0);
  }

  @Test
  void optionsAndBadInput() throws Exception {
    MeanShapleyAttributeEval evaluator = new MeanShapleyAttributeEval();
    evaluator.setOptions(
        Utils.splitOptions(
            "-W weka.classifiers.functions.Logistic -method kernel-shap -max-rows 10 -S 3"));
    assertThat(evaluator.getMaxRows()).isEqualTo(10);
    evaluator.buildEvaluator(TestData.iris());
    assertThat(evaluator.toString())
        .contains("kernel-shap (2056 coalitions per row")
        .contains("Instances explained: 10");
    assertThat(evaluator.evaluateAttribute(2)).isGreaterThan(0);

    Instances unary =
        TestData.arff("@relation u\n@attribute x numeric\n@attribute c {only}\n@data\n1,only\n");
    assertThatThrownBy(() -> new MeanShapleyAttributeEval().buildEvaluator(unary))
        .hasMessageContaining("'c' has a single value");
  }
}
