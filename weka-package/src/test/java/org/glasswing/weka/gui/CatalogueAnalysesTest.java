package org.glasswing.weka.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import javax.swing.JTextField;
import org.glasswing.core.embedding.Embedding;
import org.glasswing.core.embedding.FeatureMatrix;
import org.glasswing.core.embedding.Pca;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.global.SurrogateSummary;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.resample.Resampling;
import org.glasswing.weka.SurrogateTree;
import org.glasswing.weka.TestData;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSplits;
import org.junit.jupiter.api.Test;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class CatalogueAnalysesTest {

  private static final Instances DATA = TestData.oneRelevant(200, 5);
  private static final MethodSpec SURROGATE =
      MethodCatalogue.standard().find(Family.GLOBAL, "surrogate");
  private static final MethodSpec MAP = MethodCatalogue.standard().find(Family.EXAMPLES, "map");

  private static WekaModel model() throws Exception {
    J48 j48 = new J48();
    j48.buildClassifier(DATA);
    return new WekaModel(j48, DATA);
  }

  @Test
  void theFormStartsAtTheCatalogueDefaultsAndPassesOnWhatChanged() {
    ParameterForm form = new ParameterForm(SURROGATE.parameters());
    assertThat(form.changed()).isEmpty();
    ParameterValues defaults = SURROGATE.values(form.changed(), n -> n);
    assertThat(defaults.integer(SURROGATE.parameter("max-depth").orElseThrow()))
        .isEqualTo(SURROGATE.defaults().integer(SURROGATE.parameter("max-depth").orElseThrow()));
    JTextField depth = (JTextField) find(form, "glasswing.parameter.max-depth");
    depth.setText("2");
    assertThat(form.changed()).isEqualTo(Map.of("max-depth", "2"));
    assertThat(
            SURROGATE
                .values(form.changed(), n -> n)
                .integer(SURROGATE.parameter("max-depth").orElseThrow()))
        .isEqualTo(2);
    depth.setText("-1");
    assertThatThrownBy(() -> SURROGATE.values(form.changed(), n -> n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max-depth");
  }

  private static java.awt.Component find(java.awt.Container root, String name) {
    for (java.awt.Component c : root.getComponents()) {
      if (name.equals(c.getName())) {
        return c;
      }
    }
    throw new AssertionError("no " + name);
  }

  @Test
  void surrogateIsTheCoreFitOnTheCommandLinesSplitAndMimicsAOneAttributeModel() throws Exception {
    WekaModel model = model();
    long seed = 3;
    SurrogateSummary shown =
        CatalogueAnalyses.surrogate(SURROGATE, SURROGATE.defaults(), model, DATA, seed);
    Instances[] parts =
        WekaSplits.holdout(DATA, Resampling.holdout(DATA.numInstances(), 0.3, seed));
    SurrogateSummary direct = SurrogateTree.fit(model, parts[0], parts[1], 0, seed);
    assertThat(shown.fidelity()).isEqualTo(direct.fidelity());
    assertThat(shown.treeText()).isEqualTo(direct.treeText());
    assertThat(shown.heldOutRows()).isEqualTo(parts[1].numInstances());
    // J48 splits on x1 only: a one-split tree mimics it on nearly every held-out row.
    assertThat(shown.byDepth().get(0).fidelity()).isGreaterThan(0.9);
  }

  @Test
  void pcaMapIsTheCoreProjectionWithTheModelsOutputs() throws Exception {
    WekaModel model = model();
    CatalogueAnalyses.DataMap map =
        CatalogueAnalyses.map(
            MAP, MAP.defaults(), model, DATA, 1, ProgressListener.NONE, CancellationToken.NONE);
    Embedding direct =
        Pca.map(FeatureMatrix.encode(WekaData.dataset(DATA)), CancellationToken.NONE);
    assertThat(map.embedding().coordinates()).isDeepEqualTo(direct.coordinates());
    assertThat(map.outputs()).hasNumberOfRows(DATA.numInstances());
    for (double[] p : map.outputs()) {
      assertThat(p[0] + p[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
    String group = CatalogueCharts.group("prediction", DATA, 0, map.outputs()[0]);
    assertThat(group).startsWith("predicted ");
  }

  @Test
  void examplesAreTheCoreNeighboursWithoutTheInstanceItself() throws Exception {
    WekaModel model = model();
    MethodSpec spec = MethodCatalogue.standard().find(Family.EXAMPLES, "examples");
    CatalogueAnalyses.Examples shown =
        CatalogueAnalyses.examples(
            spec, spec.defaults(), model, DATA, 7, ProgressListener.NONE, CancellationToken.NONE);
    org.glasswing.core.data.Dataset reference = WekaData.dataset(DATA);
    org.glasswing.core.examples.Neighbourhood direct =
        org.glasswing.core.examples.NearestExamples.of(
                model,
                reference,
                org.glasswing.core.data.RowDistance.gower(reference),
                new org.glasswing.core.engine.EvaluationEngine(
                    1, 4096, ProgressListener.NONE, CancellationToken.NONE))
            .find(reference.row(7), 5, 7);
    assertThat(shown.neighbourhood()).isEqualTo(direct);
    assertThat(shown.neighbourhood().neighbours()).hasSize(5);
    double previous = 0;
    for (org.glasswing.core.examples.Neighbour n : shown.neighbourhood().neighbours()) {
      assertThat(n.index()).isNotEqualTo(7);
      assertThat(n.distance()).isGreaterThanOrEqualTo(previous);
      previous = n.distance();
    }
    assertThat(InstanceTables.examples(shown, DATA))
        .contains("<td>" + (direct.neighbours().get(0).index() + 1) + "</td>");
  }

  @Test
  void oodScoreIsTheCoresLeaveOneOutScoreOfTheTrainingInstance() {
    MethodSpec spec = MethodCatalogue.standard().find(Family.UNCERTAINTY, "ood");
    CatalogueAnalyses.Unusual shown =
        CatalogueAnalyses.ood(
            spec, spec.defaults(), DATA, 11, ProgressListener.NONE, CancellationToken.NONE);
    org.glasswing.core.uncertainty.OutOfDistribution.Score direct =
        org.glasswing.core.uncertainty.OutOfDistribution.fit(
                WekaData.dataset(DATA), 5, ProgressListener.NONE, CancellationToken.NONE)
            .trainingScores()
            .get(11);
    assertThat(shown.score()).isEqualTo(direct);
    assertThat(shown.score().knnPercentile()).isBetween(0.0, 100.0);
  }

  @Test
  void counterfactualsKeepFrozenAttributesAndEqualTheCoreSearch() throws Exception {
    WekaModel model = model();
    MethodSpec spec = MethodCatalogue.standard().find(Family.EXAMPLES, "counterfactual");
    String x1 = DATA.attribute(0).name();
    ParameterValues values = spec.values(Map.of("freeze", DATA.attribute(1).name()), n -> n);
    CounterfactualAnalysis.Found found =
        CounterfactualAnalysis.search(
            spec, values, model, DATA, 4, ProgressListener.NONE, CancellationToken.NONE);
    org.glasswing.core.data.Dataset reference = WekaData.dataset(DATA);
    org.glasswing.core.counterfactual.CounterfactualResult direct =
        new org.glasswing.core.counterfactual.CounterfactualSearch(
                reference,
                org.glasswing.core.data.RowDistance.gower(reference),
                new org.glasswing.core.counterfactual.Constraints(
                    java.util.Set.of(1), Map.of(), Map.of()),
                3,
                5000,
                1,
                0.05)
            .search(
                model,
                reference.select(new int[] {4}),
                new int[] {-1},
                new org.glasswing.core.engine.EvaluationEngine(
                    1, 4096, ProgressListener.NONE, CancellationToken.NONE))
            .get(0);
    assertThat(found.result().counterfactuals()).hasSameSizeAs(direct.counterfactuals());
    assertThat(found.result().counterfactuals()).isNotEmpty();
    for (int c = 0; c < direct.counterfactuals().size(); c++) {
      double[] row = found.result().counterfactuals().get(c).row();
      assertThat(row).containsExactly(direct.counterfactuals().get(c).row());
      // the frozen attribute never moves, and the model's decision does
      assertThat(row[1]).isEqualTo(found.result().original()[1]);
      double[] p = model.predict(new double[][] {row})[0];
      int best = p[0] >= p[1] ? 0 : 1;
      assertThat(best).isNotEqualTo(found.result().originalClass());
    }
    assertThat(InstanceTables.counterfactuals(found, DATA)).contains(x1);
    assertThatThrownBy(
            () ->
                CounterfactualAnalysis.search(
                    spec,
                    spec.values(Map.of("freeze", "nope"), n -> n),
                    model,
                    DATA,
                    4,
                    ProgressListener.NONE,
                    CancellationToken.NONE))
        .hasMessageContaining("'nope' is no attribute");
  }

  @Test
  void everyMethodWithAViewIsDispatchedAndTheOthersSayWhereTheyAreShown() throws Exception {
    // Naive Bayes gives probabilities, which the conformal view needs (J48 here gives 0/1)
    weka.classifiers.bayes.NaiveBayes bayes = new weka.classifiers.bayes.NaiveBayes();
    bayes.buildClassifier(DATA);
    WekaModel model = new WekaModel(bayes, DATA);
    CatalogueCharts charts =
        new CatalogueCharts(new javax.swing.JPanel(), new javax.swing.JLabel(), row -> {});
    for (MethodSpec spec : MethodCatalogue.standard().all()) {
      if (spec.isLocal()) {
        continue;
      }
      boolean viewed =
          java.util.Set.of(
                  "surrogate",
                  "map",
                  "examples",
                  "ood",
                  "counterfactual",
                  "permutation",
                  "conformal",
                  "profile",
                  "interactions",
                  "loco",
                  "data-randomization",
                  "stability",
                  "infidelity",
                  "max-sensitivity",
                  "faithfulness",
                  "agreement",
                  "calibration",
                  "prototypes",
                  "influence",
                  "ensemble")
              .contains(spec.name());
      String elsewhere =
          spec.name().equals("parameter-randomization")
              ? "Logistic"
              : spec.name().equals("fairness")
                  ? "protected"
                  : spec.name().equals("conformal-regression")
                      ? "needs a numeric class"
                      : OtherPlaces.of(spec);
      if (viewed) {
        assertThat(
                CatalogueCharts.compute(
                    spec,
                    spec.defaults(),
                    model,
                    DATA,
                    1,
                    0,
                    ProgressListener.NONE,
                    CancellationToken.NONE))
            .as(spec.name())
            .isNotNull();
      } else {
        assertThatThrownBy(
                () ->
                    CatalogueCharts.compute(
                        spec,
                        spec.defaults(),
                        model,
                        DATA,
                        1,
                        0,
                        ProgressListener.NONE,
                        CancellationToken.NONE))
            .as(spec.name())
            .hasMessageContaining(elsewhere);
      }
    }
  }

  @Test
  void permutationImportanceFindsTheOneAttributeTheModelUses() throws Exception {
    MethodSpec spec = MethodCatalogue.standard().find(Family.GLOBAL, "permutation");
    org.glasswing.core.global.ImportanceResult r =
        ImportanceAnalysis.permutation(
            spec, spec.defaults(), new J48(), DATA, ProgressListener.NONE, CancellationToken.NONE);
    // oneRelevant: the class follows x1 only, so shuffling x1 costs most and x2 about nothing.
    assertThat(r.sorted().get(0).feature().name()).isEqualTo(DATA.attribute(0).name());
    assertThat(r.scores().get(0).importance()).isGreaterThan(0.1);
    assertThat(Math.abs(r.scores().get(1).importance())).isLessThan(0.05);
  }

  @Test
  void conformalSetIsTheConformalClassifiersForAnInstanceItWasNotCalibratedOn() throws Exception {
    MethodSpec spec = MethodCatalogue.standard().find(Family.UNCERTAINTY, "conformal");
    ConformalAnalysis.Found found =
        ConformalAnalysis.predict(
            spec, spec.defaults(), new weka.classifiers.bayes.NaiveBayes(), DATA, 9);
    org.glasswing.weka.classifiers.ConformalClassifier direct =
        new org.glasswing.weka.classifiers.ConformalClassifier();
    direct.setClassifier(new weka.classifiers.bayes.NaiveBayes());
    Instances others = new Instances(DATA);
    others.delete(9);
    direct.buildClassifier(others);
    org.glasswing.core.uncertainty.PredictionSet expected = direct.predictionSet(DATA.instance(9));
    assertThat(found.set()).isEqualTo(expected);
    // x1 decides the class and the model learns it: the true class is in the set
    assertThat(found.set().contains((int) DATA.instance(9).classValue())).isTrue();
    assertThat(found.set().pValues()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
  }

  @Test
  void theStepsTextCarriesTheViewsNumbers() throws Exception {
    WekaModel model = model();
    String text =
        CatalogueResults.text(
            "surrogate",
            Map.of("max-depth", "2"),
            model.classifier(),
            DATA,
            1,
            ProgressListener.NONE,
            CancellationToken.NONE);
    ParameterValues values = SURROGATE.values(Map.of("max-depth", "2"), n -> n);
    SurrogateSummary shown = CatalogueAnalyses.surrogate(SURROGATE, values, model, DATA, 1);
    assertThat(text).startsWith("fidelity," + shown.fidelity() + "\n");
    String examples =
        CatalogueResults.text(
            "examples",
            Map.of(),
            model.classifier(),
            DATA,
            3,
            ProgressListener.NONE,
            CancellationToken.NONE);
    assertThat(examples.lines().findFirst().orElseThrow())
        .isEqualTo("rank,instance,distance,label,predicted,probability or value");
    assertThat(examples.lines()).hasSize(6);
    assertThatThrownBy(
            () ->
                CatalogueResults.text(
                    "surrogate",
                    Map.of(),
                    model.classifier(),
                    DATA,
                    0,
                    ProgressListener.NONE,
                    CancellationToken.NONE))
        .hasMessageContaining("instance must be from 1");
  }

  @Test
  void ensembleDisagreementIsTheBaggedCopiesOfTheCommandLine() throws Exception {
    MethodSpec spec = MethodCatalogue.standard().find(Family.UNCERTAINTY, "ensemble");
    EnsembleAnalysis.Found found =
        EnsembleAnalysis.score(
            spec,
            spec.defaults(),
            new J48(),
            DATA,
            3,
            ProgressListener.NONE,
            CancellationToken.NONE);
    double[][][] direct =
        org.glasswing.weka.BaggedEnsemble.predict(
            new J48(),
            DATA,
            new Instances(DATA, 3, 1),
            10,
            1,
            ProgressListener.NONE,
            CancellationToken.NONE);
    assertThat(found.members()).hasNumberOfRows(10);
    for (int m = 0; m < 10; m++) {
      assertThat(found.members()[m]).containsExactly(direct[m][0]);
    }
    assertThat(found.scores())
        .isEqualTo(
            org.glasswing.core.uncertainty.EnsembleDisagreement.of(
                java.util.Arrays.stream(direct).map(d -> d[0]).toArray(double[][]::new)));
    assertThat(found.scores().disagreement()).isBetween(0.0, 1.0);
    assertThat(EnsembleAnalysis.table(found, DATA)).contains("<td>mean</td>");
  }

  @Test
  void methodsWithoutAViewNameTheWekaPlaceTheyLiveIn() {
    MethodCatalogue catalogue = MethodCatalogue.standard();
    assertThat(OtherPlaces.of(catalogue.find(Family.GLASSBOX, "explainable-boosting")))
        .contains(org.glasswing.weka.classifiers.ExplainableBoostingMachine.class.getName());
    assertThat(OtherPlaces.of(catalogue.find(Family.GLASSBOX, "sparse-logistic")))
        .contains(org.glasswing.weka.classifiers.SparseLogisticRegression.class.getName());
    assertThat(OtherPlaces.of(catalogue.find(Family.UNCERTAINTY, "recalibration")))
        .contains(org.glasswing.weka.classifiers.CalibratedClassifier.class.getName());
    assertThat(OtherPlaces.of(catalogue.find(Family.GLOBAL, "mean-abs-shapley")))
        .contains("Importance and instance");
  }
}
