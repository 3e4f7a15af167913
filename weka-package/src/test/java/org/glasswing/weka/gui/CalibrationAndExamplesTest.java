package org.glasswing.weka.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.examples.MmdCritic;
import org.glasswing.core.examples.PrototypeSet;
import org.glasswing.core.influence.SubsampleEstimate;
import org.glasswing.core.influence.SubsampleInfluence;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.Calibrators;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.CrossFitting;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.TestData;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaLogisticInfluence;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSubsetTrainer;
import org.junit.jupiter.api.Test;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.functions.Logistic;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class CalibrationAndExamplesTest {

  private static final Instances DATA = TestData.oneRelevant(150, 3);
  private static final MethodSpec CALIBRATION =
      MethodCatalogue.standard().find(Family.UNCERTAINTY, "calibration");
  private static final MethodSpec PROTOTYPES =
      MethodCatalogue.standard().find(Family.EXAMPLES, "prototypes");
  private static final MethodSpec INFLUENCE =
      MethodCatalogue.standard().find(Family.EXAMPLES, "influence");

  @Test
  void everyCalibratorIsComparedOnTheCommandLinesCrossFittedPredictions() {
    CalibrationAnalysis.Compared shown =
        CalibrationAnalysis.compare(
            CALIBRATION,
            CALIBRATION.defaults(),
            new NaiveBayes(),
            DATA,
            1,
            ProgressListener.NONE,
            CancellationToken.NONE);
    ClassPredictions predictions =
        CrossValidatedPredictions.crossValidate(
                new NaiveBayes(), DATA, 10, 1, ProgressListener.NONE, CancellationToken.NONE)
            .classPredictions();
    assertThat(shown.byName().keySet())
        .containsExactlyElementsOf(
            Stream.concat(Stream.of("model"), Calibrators.names().stream()).toList());
    assertThat(shown.byName().get("model").ece())
        .isEqualTo(CalibrationMetrics.of(predictions, 15).ece());
    for (String name : Calibrators.names()) {
      CalibrationMetrics direct =
          CalibrationMetrics.of(
              CrossFitting.calibrate(Calibrators.create(name), predictions, 10, 1), 15);
      assertThat(shown.byName().get(name).ece()).as(name).isEqualTo(direct.ece());
      assertThat(shown.byName().get(name).brier()).as(name).isEqualTo(direct.brier());
    }
    assertThat(CalibrationCharts.table(shown)).contains("isotonic").contains("temperature");
    CalibrationAnalysis.Compared one =
        CalibrationAnalysis.compare(
            CALIBRATION,
            CALIBRATION.values(Map.of("calibrate", "platt"), n -> n),
            new NaiveBayes(),
            DATA,
            1,
            ProgressListener.NONE,
            CancellationToken.NONE);
    assertThat(one.byName().keySet()).containsExactly("model", "platt");
  }

  @Test
  void prototypesPerClassAreMmdCriticsAndBelongToTheirClass() {
    ExampleAnalyses.Prototypes shown =
        ExampleAnalyses.prototypes(
            PROTOTYPES,
            PROTOTYPES.values(Map.of("criticisms", "2"), n -> n),
            DATA,
            1,
            ProgressListener.NONE,
            CancellationToken.NONE);
    Dataset reference = WekaData.dataset(DATA);
    List<PrototypeSet> direct =
        new MmdCritic(RowDistance.gower(reference), 5, 2, Double.NaN, 1)
            .perClass(reference, ProgressListener.NONE, CancellationToken.NONE);
    assertThat(shown.sets()).isEqualTo(direct);
    assertThat(shown.sets()).hasSize(2);
    for (PrototypeSet set : shown.sets()) {
      assertThat(set.prototypes()).hasSize(5);
      assertThat(set.criticisms()).hasSize(2);
      for (int row : set.prototypes()) {
        assertThat((int) DATA.instance(row).classValue()).isEqualTo(set.group());
      }
    }
    String html = ExampleTables.prototypes(shown, DATA);
    assertThat(html).contains("<td>" + (direct.get(0).prototypes().get(0) + 1) + "</td>");
    assertThat(CatalogueResults.tableText(html).lines()).hasSize(1 + 2 * (5 + 2));
  }

  @Test
  void exactInfluenceOfLogisticRanksTheCoresLossChanges() throws Exception {
    Logistic logistic = new Logistic();
    logistic.buildClassifier(DATA);
    WekaModel model = new WekaModel(logistic, DATA);
    ExampleAnalyses.Influence shown =
        ExampleAnalyses.influence(
            INFLUENCE,
            INFLUENCE.defaults(),
            model,
            DATA,
            4,
            1,
            ProgressListener.NONE,
            CancellationToken.NONE);
    double[] change =
        WekaLogisticInfluence.of(logistic, DATA)
            .lossChangeIfRemoved(DATA, 4, (int) DATA.instance(4).classValue());
    double max = java.util.Arrays.stream(change).max().orElseThrow();
    double min = java.util.Arrays.stream(change).min().orElseThrow();
    assertThat(shown.exact()).isTrue();
    assertThat(shown.recorded()).isTrue();
    assertThat(shown.helpful()).hasSize(5);
    assertThat(shown.helpful().get(0).change()).isEqualTo(max);
    assertThat(shown.harmful().get(0).change()).isEqualTo(min);
    for (int r = 1; r < 5; r++) {
      assertThat(shown.helpful().get(r).change())
          .isLessThanOrEqualTo(shown.helpful().get(r - 1).change());
    }
    assertThat(ExampleTables.influence(shown, DATA)).doesNotContain("standard error");
  }

  @Test
  void approximateInfluenceIsTheSubsampleEstimateOfTheCommandLine() throws Exception {
    J48 j48 = new J48();
    j48.buildClassifier(DATA);
    WekaModel model = new WekaModel(j48, DATA);
    var values = INFLUENCE.values(Map.of("subsamples", "20"), n -> n);
    ExampleAnalyses.Influence shown =
        ExampleAnalyses.influence(
            INFLUENCE, values, model, DATA, 7, 1, ProgressListener.NONE, CancellationToken.NONE);
    SubsampleEstimate estimate =
        new SubsampleInfluence(20, 0.5, 1)
            .estimate(
                DATA.numInstances(),
                new WekaSubsetTrainer(j48, DATA, 20),
                new double[][] {WekaData.dataset(DATA).row(7)},
                new int[] {(int) DATA.instance(7).classValue()},
                new EvaluationEngine(1, 4096, ProgressListener.NONE, CancellationToken.NONE));
    double[] change = estimate.lossChangeIfRemoved(0);
    ExampleAnalyses.Effect first = shown.helpful().get(0);
    assertThat(shown.exact()).isFalse();
    assertThat(first.change()).isEqualTo(change[first.trainRow()]);
    assertThat(first.error()).isEqualTo(estimate.standardError(0)[first.trainRow()]);
    assertThat(ExampleTables.influence(shown, DATA)).contains("standard error");
    Instances numeric = new Instances(DATA);
    numeric.setClassIndex(0);
    assertThatThrownBy(
            () ->
                ExampleAnalyses.influence(
                    INFLUENCE,
                    values,
                    model,
                    numeric,
                    1,
                    1,
                    ProgressListener.NONE,
                    CancellationToken.NONE))
        .hasMessageContaining("nominal class");
  }
}
