package org.glasswing.weka.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.global.Profile;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.sanity.InputMagnitudeExplainer;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ReliabilityBin;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import weka.classifiers.Evaluation;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.WekaException;

class ExplorerDiagnosticsTest {

  private static final Instances DATA = TestData.oneRelevant(300, 7);

  private static J48 trained() throws Exception {
    J48 j48 = new J48();
    j48.buildClassifier(DATA);
    return j48;
  }

  @Test
  void pdpOfTheDecidingAttributeRisesAndOfTheOtherIsFlat() throws Exception {
    J48 model = trained();
    int hi = DATA.classAttribute().indexOfValue("hi");
    Profile x1 = ExplorerDiagnostics.profile(model, DATA, 0, hi, ProgressListener.NONE);
    Profile x2 = ExplorerDiagnostics.profile(model, DATA, 1, hi, ProgressListener.NONE);
    assertThat(x1.ice()).hasNumberOfRows(ExplorerDiagnostics.PROFILE_ROWS);
    double[] pdp = x1.pdp();
    assertThat(pdp[0]).isLessThan(0.1);
    assertThat(pdp[pdp.length - 1]).isGreaterThan(0.9);
    double[] grid = x1.grid();
    for (int g = 0; g < grid.length; g++) {
      // J48 learnt the threshold near 0.5: every ICE curve agrees with the PDP far from it.
      if (Math.abs(grid[g] - 0.5) > 0.1) {
        for (double[] curve : x1.ice()) {
          assertThat(curve[g]).isCloseTo(pdp[g], within(0.2));
        }
      }
    }
    double[] flat = x2.pdp();
    for (double value : flat) {
      assertThat(value).isCloseTo(flat[0], within(0.05));
    }
  }

  @Test
  void profilingTheClassIsRefused() throws Exception {
    assertThatThrownBy(
            () -> ExplorerDiagnostics.profile(trained(), DATA, 2, 0, ProgressListener.NONE))
        .isInstanceOf(WekaException.class)
        .hasMessageContaining("other than the class 'y'");
  }

  @Test
  void reliabilityBinsCountEveryInstanceAndAccuracyMatchesWekaCrossValidation() throws Exception {
    CalibrationMetrics metrics =
        ExplorerDiagnostics.reliability(new J48(), DATA, ProgressListener.NONE);
    assertThat(metrics.reliability()).hasSize(ExplorerDiagnostics.BINS);
    assertThat(metrics.reliability().stream().mapToInt(ReliabilityBin::count).sum())
        .isEqualTo(DATA.numInstances());
    Evaluation evaluation = new Evaluation(DATA);
    evaluation.crossValidateModel(
        new J48(), DATA, ExplorerDiagnostics.FOLDS, new java.util.Random(ExplorerExplanation.SEED));
    assertThat(metrics.accuracy()).isCloseTo(evaluation.pctCorrect() / 100, within(1e-12));
  }

  @Test
  void reliabilityOfANumericClassIsRefused() {
    Instances numeric = new Instances(DATA);
    numeric.setClassIndex(0);
    assertThatThrownBy(
            () -> ExplorerDiagnostics.reliability(new J48(), numeric, ProgressListener.NONE))
        .isInstanceOf(WekaException.class)
        .hasMessageContaining("nominal class");
  }

  @Test
  void sanityChecksTheChosenMethodBesideInputMagnitude() throws Exception {
    List<CheckResult> results =
        ExplorerDiagnostics.sanity(trained(), DATA, "auto", ProgressListener.NONE);
    assertThat(results).isNotEmpty();
    assertThat(results.get(0).method()).isNotEqualTo(InputMagnitudeExplainer.METHOD);
    assertThat(results).anyMatch(r -> r.method().equals(InputMagnitudeExplainer.METHOD));
    // The label-permuted tree no longer splits on x1, so TreeSHAP's attributions change.
    assertThat(results.get(0).verdict().name()).isNotEqualTo("FAIL");
    assertThat(results).allMatch(r -> !r.reason().isBlank());
  }
}
