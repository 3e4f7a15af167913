package org.glasswing.weka.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.GlobalImportance;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import weka.classifiers.functions.Logistic;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.Utils;

class ExplorerExplanationTest {

  @Test
  void explainsTheChosenInstanceAndASampleForImportance() throws Exception {
    Instances data = TestData.creditG();
    List<Double> fractions = new ArrayList<>();
    ProgressListener progress = (fraction, message) -> fractions.add(fraction);
    ExplorerExplanation result =
        ExplorerExplanation.compute(new J48(), false, data, 5, "auto", 200, progress);

    J48 j48 = new J48();
    j48.buildClassifier(data);
    double[] distribution = j48.distributionForInstance(data.instance(4));
    assertThat(result.instanceNumber()).isEqualTo(5);
    assertThat(result.local().target())
        .isEqualTo(data.classAttribute().value(Utils.maxIndex(distribution)));
    assertThat(result.local().prediction())
        .isCloseTo(distribution[Utils.maxIndex(distribution)], within(1e-9));
    assertThat(result.importance().count()).isEqualTo(200);
    assertThat(result.description()).startsWith("tree-shap (chosen by auto");
    assertThat(result.classifier()).startsWith("J48");
    assertThat(result.numericClass()).isFalse();
    GlobalImportance.FeatureImportance top = result.importance().sortedByImportance().get(0);
    assertThat(top.meanAbsolute()).isGreaterThan(0);
    assertThat(fractions).isNotEmpty().allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
  }

  @Test
  void limesLocalFidelityIsShownWithItsExplanation() throws Exception {
    Instances data = TestData.oneRelevant(150, 2);
    ExplorerExplanation result =
        ExplorerExplanation.compute(
            new Logistic(), false, data, 3, "lime", 20, ProgressListener.NONE);
    Double fidelity = result.local().extras().get(org.glasswing.core.lime.Lime.FIDELITY);
    assertThat(fidelity).isNotNull().isBetween(0.0, 1.0);
    String note = ExplainViews.fidelityNote(result.local());
    assertThat(note).contains("local fidelity " + org.glasswing.report.Numbers.format(fidelity));
    ExplainViews views = new ExplainViews();
    views.show(result);
    assertThat(views.localTitle()).contains("local fidelity");
    ExplorerExplanation shapley =
        ExplorerExplanation.compute(
            new Logistic(), false, data, 3, "exact-shapley", 20, ProgressListener.NONE);
    assertThat(ExplainViews.fidelityNote(shapley.local())).isEmpty();
  }

  @Test
  void aTrainedModelIsUsedAsItIs() throws Exception {
    Instances data = TestData.iris();
    Logistic logistic = new Logistic();
    logistic.buildClassifier(data);
    ExplorerExplanation result =
        ExplorerExplanation.compute(
            logistic, true, data, 150, "exact-shapley", 20, ProgressListener.NONE);
    double[] distribution = logistic.distributionForInstance(data.instance(149));
    assertThat(result.local().prediction())
        .isCloseTo(distribution[Utils.maxIndex(distribution)], within(1e-9));
    assertThat(result.importance().count()).isEqualTo(20);
  }

  @Test
  void interruptionStopsWithInterruptedException() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(
              () ->
                  ExplorerExplanation.compute(
                      new Logistic(),
                      false,
                      TestData.creditG(),
                      1,
                      "kernel-shap",
                      1000,
                      ProgressListener.NONE))
          .isInstanceOf(InterruptedException.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void badChoicesAreExplained() {
    Instances data = TestData.iris();
    assertThatThrownBy(
            () ->
                ExplorerExplanation.compute(
                    new J48(), false, data, 151, "auto", 10, ProgressListener.NONE))
        .hasMessageContaining("there is no instance 151; choose one from 1 to 150");
    Instances noClass = new Instances(data);
    noClass.setClassIndex(-1);
    assertThatThrownBy(
            () ->
                ExplorerExplanation.compute(
                    new J48(), false, noClass, 1, "auto", 10, ProgressListener.NONE))
        .hasMessageContaining("choose a class attribute");
  }
}
