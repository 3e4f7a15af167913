package org.glasswing.weka.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.TestData;
import org.glasswing.weka.classifiers.ConformalClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.evaluation.AbstractEvaluationMetric;
import weka.classifiers.evaluation.AggregateableEvaluation;
import weka.classifiers.evaluation.Evaluation;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.PluginManager;

class CalibrationMetricsPluginTest {

  static final List<Class<?>> METRICS =
      List.of(
          ExpectedCalibrationError.class,
          MaximumCalibrationError.class,
          BrierScore.class,
          NegativeLogLikelihood.class,
          ConformalCoverage.class,
          ConformalSetSize.class);

  @BeforeAll
  static void register() {
    // what the package's PluginManager.props does when Weka loads the installed package
    for (Class<?> metric : METRICS) {
      PluginManager.addPlugin(
          AbstractEvaluationMetric.class.getName(), metric.getName(), metric.getName());
    }
  }

  private static double statistic(Evaluation evaluation, String name) {
    return evaluation.getPluginMetric(name).getStatistic(name);
  }

  @Test
  void crossValidationGivesTheCoresValuesOnTheSamePredictions() throws Exception {
    Instances data = TestData.creditG();
    Evaluation evaluation = new Evaluation(data);
    evaluation.crossValidateModel(new J48(), data, 10, new Random(1));

    CalibrationMetrics core =
        CalibrationMetrics.of(
            CrossValidatedPredictions.crossValidate(
                    new J48(), data, 10, 1, ProgressListener.NONE, CancellationToken.NONE)
                .classPredictions());
    assertThat(statistic(evaluation, "ECE")).isCloseTo(core.ece(), within(1e-12));
    assertThat(statistic(evaluation, "MCE")).isCloseTo(core.mce(), within(1e-12));
    assertThat(statistic(evaluation, "Brier score")).isCloseTo(core.brier(), within(1e-12));
    assertThat(statistic(evaluation, "NLL")).isCloseTo(core.nll(), within(1e-12));
    assertThat(core.ece()).isGreaterThan(0);

    String summary = evaluation.toSummaryString();
    assertThat(summary).contains("ECE").contains("MCE").contains("Brier score").contains("NLL");
    assertThat(summary).doesNotContain("Set coverage"); // J48 is not conformal
    assertThat(Double.isNaN(statistic(evaluation, "Set coverage"))).isTrue();
  }

  @Test
  void aggregatingPerFoldEvaluationsGivesTheValueOfAllPredictions() throws Exception {
    Instances data = TestData.creditG();
    Instances copy = new Instances(data);
    copy.randomize(new Random(1));
    copy.stratify(5);
    Evaluation whole = new Evaluation(copy);
    AggregateableEvaluation aggregate = null;
    for (int f = 0; f < 5; f++) {
      Instances train = copy.trainCV(5, f, new Random(1));
      Instances test = copy.testCV(5, f);
      Classifier model = AbstractClassifier.makeCopy(new NaiveBayes());
      model.buildClassifier(train);
      Evaluation fold = new Evaluation(train);
      fold.evaluateModel(model, test);
      whole.evaluateModel(model, test);
      if (aggregate == null) {
        aggregate = new AggregateableEvaluation(fold); // copies the header only, as the KF does
      }
      aggregate.aggregate(fold);
    }
    for (String name : List.of("ECE", "MCE", "Brier score", "NLL")) {
      assertThat(statistic(aggregate, name))
          .as(name)
          .isCloseTo(statistic(whole, name), within(1e-12));
    }
  }

  @Test
  void discardedPredictionsFallBackOnThePredictionsSeen() throws Exception {
    Instances data = TestData.creditG();
    NaiveBayes model = new NaiveBayes();
    model.buildClassifier(data);
    Evaluation kept = new Evaluation(data);
    kept.evaluateModel(model, data);
    Evaluation discarded = new Evaluation(data);
    discarded.setDiscardPredictions(true);
    discarded.evaluateModel(model, data);
    assertThat(statistic(discarded, "NLL")).isCloseTo(statistic(kept, "NLL"), within(1e-12));
  }

  @Test
  void aConformalClassifierGetsItsCoverageAndSetSize() throws Exception {
    Instances data = TestData.creditG();
    ConformalClassifier conformal = new ConformalClassifier();
    conformal.setClassifier(new NaiveBayes());
    conformal.setAlpha(0.1);
    Evaluation evaluation = new Evaluation(data);
    evaluation.crossValidateModel(conformal, data, 5, new Random(1));
    double coverage = statistic(evaluation, "Set coverage");
    double size = statistic(evaluation, "Mean set size");
    assertThat(coverage).isBetween(0.85, 0.97);
    assertThat(size).isBetween(1.0, 2.0);
    assertThat(evaluation.toSummaryString()).contains("Set coverage").contains("Mean set size");

    // the same figures from the sets, counted directly for one trained model on new rows
    conformal.buildClassifier(data);
    Evaluation test = new Evaluation(data);
    test.evaluateModel(conformal, data);
    int covered = 0;
    int sizes = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      var set = conformal.predictionSet(data.instance(i));
      covered += set.contains((int) data.instance(i).classValue()) ? 1 : 0;
      sizes += set.size();
    }
    assertThat(statistic(test, "Set coverage")).isEqualTo(covered / 1000.0);
    assertThat(statistic(test, "Mean set size")).isEqualTo(sizes / 1000.0);
  }
}
