package org.glasswing.weka.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.global.AccumulatedLocalEffects;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.HeldOutFold;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.InteractionStrength;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.global.LeaveOneCovariateOut;
import org.glasswing.core.global.Metric;
import org.glasswing.core.global.PartialDependence;
import org.glasswing.core.global.Profile;
import org.glasswing.core.io.GlobalCsvWriter;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.resample.FoldPlan;
import org.glasswing.core.resample.Resampling;
import org.glasswing.weka.TestData;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSplits;
import org.junit.jupiter.api.Test;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.lazy.IBk;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.Remove;

class GlobalAnalysesTest {

  private static final Instances DATA = TestData.oneRelevant(200, 5);
  private static final MethodSpec PROFILE = spec("profile");
  private static final MethodSpec INTERACTIONS = spec("interactions");
  private static final MethodSpec LOCO = spec("loco");

  private static MethodSpec spec(String name) {
    return MethodCatalogue.standard().find(Family.GLOBAL, name);
  }

  private static EvaluationEngine engine() {
    return new EvaluationEngine(1, 4096, ProgressListener.NONE, CancellationToken.NONE);
  }

  private static WekaModel trained(Classifier classifier, Instances data) throws Exception {
    classifier.buildClassifier(data);
    return new WekaModel(classifier, data);
  }

  @Test
  void profilesAreTheCommandLinesCurvesAndAleSeesOnlyTheAttributeThatMatters() throws Exception {
    WekaModel model = trained(new J48(), DATA);
    var values = PROFILE.values(Map.of("ale", "true", "max-rows", "120"), n -> n);
    GlobalAnalyses.Profiles shown =
        GlobalAnalyses.profile(
            PROFILE, values, model, DATA, 1, ProgressListener.NONE, CancellationToken.NONE);
    int[] rows = Resampling.subsample(200, 120, 1, 0);
    Dataset sample = WekaData.dataset(DATA).select(rows);
    assertThat(shown.rows()).hasSize(120).isSorted();
    assertThat(shown.profiles()).hasSize(2);
    assertThat(shown.ale()).hasSize(2);
    assertThat(shown.probability()).isTrue();
    for (int column = 0; column < 2; column++) {
      Profile direct = new PartialDependence(20).profile(model, sample, column, 0, engine());
      assertThat(shown.profiles().get(column).pdp()).containsExactly(direct.pdp());
      assertThat(shown.profiles().get(column).ice()).isDeepEqualTo(direct.ice());
      AleCurve ale = new AccumulatedLocalEffects(19).curve(model, sample, column, 0, engine());
      assertThat(shown.ale().get(column).ale()).containsExactly(ale.ale());
    }
    // the class is lo below x1 = 0.5: the ALE of P(lo) falls by about 1 across x1, flat for x2
    assertThat(range(shown.ale().get(0))).isGreaterThan(0.8);
    assertThat(range(shown.ale().get(1))).isLessThan(0.05);
    assertThat(GlobalCharts.aleOf(shown, shown.profiles().get(1).feature()))
        .isSameAs(shown.ale().get(1));
    StringWriter csv = new StringWriter();
    GlobalCsvWriter.curveHeader(csv);
    for (Profile p : shown.profiles()) {
      GlobalCsvWriter.profile(p, true, i -> rows[i] + 1, csv);
    }
    for (AleCurve c : shown.ale()) {
      GlobalCsvWriter.ale(c, csv);
    }
    String text =
        CatalogueResults.text(
            "profile",
            Map.of("ale", "true", "max-rows", "120"),
            model.classifier(),
            DATA,
            1,
            ProgressListener.NONE,
            CancellationToken.NONE);
    assertThat(text).isEqualTo(csv.toString());
  }

  @Test
  void withoutAleTheProfilesHaveNoAleCurves() throws Exception {
    WekaModel model = trained(new J48(), DATA);
    GlobalAnalyses.Profiles shown =
        GlobalAnalyses.profile(
            PROFILE,
            PROFILE.values(Map.of("no-ice", "true"), n -> n),
            model,
            DATA,
            1,
            ProgressListener.NONE,
            CancellationToken.NONE);
    assertThat(shown.ale()).isEmpty();
    assertThat(shown.showIce()).isFalse();
    assertThat(GlobalCharts.aleOf(shown, shown.profiles().get(0).feature())).isNull();
  }

  private static double range(AleCurve curve) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : curve.ale()) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return max - min;
  }

  /** The class is hi when exactly one of x1 and x2 is above 0.5: a pure interaction. */
  private static Instances xor(int rows) {
    Random random = new Random(11);
    StringBuilder arff =
        new StringBuilder(
            "@relation xor\n@attribute x1 numeric\n@attribute x2 numeric\n"
                + "@attribute x3 numeric\n@attribute y {lo,hi}\n@data\n");
    for (int r = 0; r < rows; r++) {
      double x1 = random.nextDouble();
      double x2 = random.nextDouble();
      double x3 = random.nextDouble();
      arff.append(x1).append(',').append(x2).append(',').append(x3).append(',');
      arff.append((x1 > 0.5) != (x2 > 0.5) ? "hi" : "lo").append('\n');
    }
    return TestData.arff(arff.toString());
  }

  @Test
  void interactionsAreTheCoresStatisticAndFindTheXorPair() throws Exception {
    Instances data = xor(200);
    WekaModel model = trained(new IBk(5), data);
    var values = INTERACTIONS.values(Map.of("top", "3", "sample", "60"), n -> n);
    Interactions shown =
        GlobalAnalyses.interactions(
            INTERACTIONS, values, model, data, 1, ProgressListener.NONE, CancellationToken.NONE);
    Dataset sample = WekaData.dataset(data).select(Resampling.subsample(200, 60, 1, 0));
    Interactions direct =
        new InteractionStrength(3).compute(model, sample, new int[] {0, 1, 2}, 0, engine());
    assertThat(shown).isEqualTo(direct);
    assertThat(shown.pairs()).hasSize(3);
    var strongest = shown.pairs().get(0);
    assertThat(List.of(strongest.first().name(), strongest.second().name()))
        .containsExactlyInAnyOrder("x1", "x2");
    assertThat(strongest.h()).isGreaterThan(0.6);
    assertThat(GlobalCharts.topFeatures(shown)).hasSize(3);
    assertThat(GlobalCharts.h(shown, strongest.second(), strongest.first()))
        .isCloseTo(strongest.h(), within(1e-12));
    String text =
        CatalogueResults.text(
            "interactions",
            Map.of("top", "3", "sample", "60"),
            model.classifier(),
            data,
            1,
            ProgressListener.NONE,
            CancellationToken.NONE);
    assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("feature1,feature2,h2,h");
    assertThat(text.lines()).hasSize(4);
  }

  @Test
  void locoRetrainsWithoutEachAttributeOnTheCommandLinesFolds() throws Exception {
    ImportanceResult shown =
        GlobalAnalyses.loco(
            LOCO, LOCO.defaults(), new J48(), DATA, ProgressListener.NONE, CancellationToken.NONE);
    FoldPlan plan = WekaSplits.folds(DATA, 5, 1);
    List<Instances> training = new ArrayList<>();
    List<HeldOutFold> folds = new ArrayList<>();
    for (int f = 0; f < 5; f++) {
      Instances[] parts = WekaSplits.fold(DATA, plan, f);
      training.add(parts[0]);
      Classifier full = AbstractClassifier.makeCopy(new J48());
      full.buildClassifier(parts[0]);
      folds.add(new HeldOutFold(new WekaModel(full, parts[0]), WekaData.dataset(parts[1])));
    }
    ImportanceResult direct =
        new LeaveOneCovariateOut(Metric.defaultFor(WekaData.schema(DATA)), 1)
            .compute(
                folds,
                (fold, column) -> {
                  Remove remove = new Remove();
                  remove.setAttributeIndicesArray(new int[] {column});
                  FilteredClassifier filtered = new FilteredClassifier();
                  filtered.setFilter(remove);
                  filtered.setClassifier(new J48());
                  try {
                    filtered.buildClassifier(training.get(fold));
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  return new WekaModel(filtered, training.get(fold));
                },
                engine());
    assertThat(shown).isEqualTo(direct);
    assertThat(shown.method()).isEqualTo("loco");
    // without x1 no model can find the class; without x2 nothing is lost
    assertThat(shown.scores().get(0).importance()).isGreaterThan(0.3);
    assertThat(Math.abs(shown.scores().get(1).importance())).isLessThan(0.05);
  }
}
