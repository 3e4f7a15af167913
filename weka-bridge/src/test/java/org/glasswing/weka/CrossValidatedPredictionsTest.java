package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Random;
import java.util.stream.Stream;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.PredictiveScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.classifiers.evaluation.NominalPrediction;
import weka.classifiers.evaluation.NumericPrediction;
import weka.classifiers.evaluation.Prediction;
import weka.core.Instances;

class CrossValidatedPredictionsTest {

  static Stream<Arguments> setups() {
    return Stream.of(
        Arguments.of("iris", "weka.classifiers.trees.J48", 10, 1L),
        Arguments.of("iris", "weka.classifiers.bayes.NaiveBayes", 5, 42L),
        Arguments.of("credit-g", "weka.classifiers.trees.RandomForest -I 20", 3, 7L),
        Arguments.of("iris", "weka.classifiers.functions.Logistic", 4, 3L),
        Arguments.of("small", "weka.classifiers.lazy.IBk -K 3", 10, 9L));
  }

  private static Instances data(String name) {
    return switch (name) {
      case "iris" -> TestData.iris();
      case "credit-g" -> TestData.creditG();
      default -> TestData.arff(TestData.smallArff());
    };
  }

  @ParameterizedTest(name = "{0} {1} K={2} seed={3}")
  @MethodSource("setups")
  void predictionsAreExactlyThoseOfWekasCrossValidation(
      String dataName, String spec, int folds, long seed) throws Exception {
    Instances data = data(dataName);
    Classifier classifier = ClassifierFactory.create(spec);

    CrossValidatedPredictions ours =
        CrossValidatedPredictions.crossValidate(
            classifier, data, folds, seed, ProgressListener.NONE, CancellationToken.NONE);
    Evaluation weka = new Evaluation(data);
    weka.crossValidateModel(ClassifierFactory.create(spec), data, folds, new Random(seed));

    // prediction by prediction, in Weka's order
    ArrayList<Prediction> expected = weka.predictions();
    int[] order = ours.evaluationOrder();
    assertThat(order).hasSize(expected.size());
    for (int i = 0; i < order.length; i++) {
      NominalPrediction prediction = (NominalPrediction) expected.get(i);
      assertThat(ours.distribution(order[i]))
          .as("prediction %d", i)
          .containsExactly(prediction.distribution());
      assertThat(ours.actual(order[i])).isEqualTo(prediction.actual());
    }
    // accuracy and confusion matrix computed from our predictions, mapped back to input rows
    ClassPredictions p = ours.classPredictions();
    double[][] confusion = new double[data.numClasses()][data.numClasses()];
    for (int r = 0; r < p.size(); r++) {
      int row = ours.rowsWithClass()[r];
      assertThat(p.actual(r)).isEqualTo((int) data.instance(row).classValue());
      confusion[p.actual(r)][PredictiveScores.argmax(p.probabilities(r))]++;
    }
    assertThat(confusion).isDeepEqualTo(weka.confusionMatrix());
    assertThat(CalibrationMetrics.of(p).accuracy() * 100)
        .isCloseTo(weka.pctCorrect(), org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void everyRowIsPredictedOnceInStratifiedFolds() {
    Instances data = TestData.creditG();
    CrossValidatedPredictions cv =
        CrossValidatedPredictions.crossValidate(
            ClassifierFactory.create("weka.classifiers.trees.J48"),
            data,
            10,
            1,
            ProgressListener.NONE,
            CancellationToken.NONE);

    assertThat(cv.evaluationOrder()).hasSize(1000).doesNotHaveDuplicates();
    int[] perFold = new int[10];
    for (int r = 0; r < cv.numRows(); r++) {
      perFold[cv.fold(r)]++;
    }
    assertThat(perFold).containsOnly(100);
  }

  @Test
  void numericClassMatchesWekaToo() throws Exception {
    Instances data = TestData.creditG();
    data.setClassIndex(data.attribute("credit_amount").index());
    CrossValidatedPredictions ours =
        CrossValidatedPredictions.crossValidate(
            ClassifierFactory.create("weka.classifiers.trees.REPTree"),
            data,
            5,
            2,
            ProgressListener.NONE,
            CancellationToken.NONE);
    Evaluation weka = new Evaluation(data);
    weka.crossValidateModel(
        ClassifierFactory.create("weka.classifiers.trees.REPTree"), data, 5, new Random(2));
    int[] order = ours.evaluationOrder();
    for (int i = 0; i < order.length; i++) {
      NumericPrediction prediction = (NumericPrediction) weka.predictions().get(i);
      assertThat(ours.distribution(order[i])[0]).isEqualTo(prediction.predicted());
    }
    assertThat(ours.isNominal()).isFalse();
    assertThatThrownBy(ours::classPredictions)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numeric");
  }

  @Test
  void holdOutPredictsEveryTestRow() {
    Instances iris = TestData.iris();
    Instances train = new Instances(iris, 0, 100);
    Instances test = new Instances(iris, 100, 50);
    CrossValidatedPredictions p =
        CrossValidatedPredictions.holdOut(
            ClassifierFactory.create("weka.classifiers.bayes.NaiveBayes"), train, test);
    assertThat(p.numRows()).isEqualTo(50);
    assertThat(p.actual(0)).isEqualTo(test.instance(0).classValue());
  }

  @Test
  void badFoldsAndCancellationAreReported() {
    Instances iris = TestData.iris();
    Classifier j48 = ClassifierFactory.create("weka.classifiers.trees.J48");
    assertThatThrownBy(
            () ->
                CrossValidatedPredictions.crossValidate(
                    j48, iris, 1, 1, ProgressListener.NONE, CancellationToken.NONE))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("--folds");
    assertThatThrownBy(
            () ->
                CrossValidatedPredictions.crossValidate(
                    j48, iris, 10, 1, ProgressListener.NONE, () -> true))
        .isInstanceOf(CancelledException.class);
  }
}
