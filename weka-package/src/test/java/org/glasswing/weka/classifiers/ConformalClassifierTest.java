package org.glasswing.weka.classifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import weka.classifiers.bayes.NaiveBayes;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

class ConformalClassifierTest {

  @Test
  void setsCoverAtLeastOneMinusAlphaOnNewData() throws Exception {
    Instances train = Overconfident.data(1000, 3, 11);
    Instances test = Overconfident.data(4000, 3, 12);
    for (boolean mondrian : new boolean[] {false, true}) {
      for (ConformalScore score : ConformalScore.values()) {
        ConformalClassifier c = new ConformalClassifier();
        c.setClassifier(new NaiveBayes());
        c.setAlpha(0.2);
        c.setMondrian(mondrian);
        c.setScore(score);
        c.buildClassifier(train);
        int[] covered = new int[2];
        int[] rows = new int[2];
        double size = 0;
        for (Instance instance : test) {
          PredictionSet set = c.predictionSet(instance);
          int y = (int) instance.classValue();
          rows[y]++;
          covered[y] += set.contains(y) ? 1 : 0;
          size += set.size();
          assertThat(set.pValues()).hasSize(2);
        }
        double coverage = (covered[0] + covered[1]) / (double) test.numInstances();
        String what = score + (mondrian ? " Mondrian" : "");
        // 300 calibration rows: coverage is at least about 0.8, up to a spread of a few points
        assertThat(coverage).as(what).isGreaterThan(0.76);
        if (score == ConformalScore.LAC) {
          // LAC gives the smallest sets: coverage close to the target, not far above it
          assertThat(coverage).as(what).isLessThan(0.86);
          assertThat(size / test.numInstances()).as(what).isBetween(0.8, 1.6);
        }
        if (mondrian) {
          assertThat(covered[0] / (double) rows[0]).as(what).isGreaterThan(0.74);
          assertThat(covered[1] / (double) rows[1]).as(what).isGreaterThan(0.74);
        }
      }
    }
  }

  @Test
  void theDistributionIsTheBaseClassifiersAndTheSetFollowsThePValues() throws Exception {
    Instances data = TestData.creditG();
    ConformalClassifier c = new ConformalClassifier();
    c.setOptions(Utils.splitOptions("-alpha 0.1 -S 3 -W weka.classifiers.bayes.NaiveBayes"));
    c.buildClassifier(data);
    NaiveBayes base = (NaiveBayes) c.getClassifier();
    for (int i = 0; i < 50; i++) {
      Instance instance = data.instance(i);
      double[] p = c.distributionForInstance(instance);
      assertThat(p).containsExactly(base.distributionForInstance(instance));
      PredictionSet set = c.predictionSet(instance);
      for (int k = 0; k < 2; k++) {
        // split conformal: a class is in the set exactly when its p-value exceeds alpha
        assertThat(set.contains(k)).isEqualTo(set.pValues().get(k) > 0.1);
      }
      assertThat(c.labels(set)).hasSize(set.size());
    }
    assertThat(c.toString())
        .contains("Miscoverage level alpha: 0.1")
        .contains("300 held-out instances")
        .contains("all classes:")
        .contains("coverage");
  }

  @Test
  void optionsParseAndATooSmallCalibrationPartIsNamed() throws Exception {
    ConformalClassifier c = new ConformalClassifier();
    c.setOptions(
        Utils.splitOptions("-alpha 0.05 -score RAPS -mondrian -calibration-fraction 0.2 -S 4"));
    assertThat(c.getScore()).isEqualTo(ConformalScore.RAPS);
    assertThat(c.getMondrian()).isTrue();
    assertThat(c.getAlpha()).isEqualTo(0.05);
    assertThat(Utils.joinOptions(c.getOptions())).contains("-score RAPS").contains("-mondrian");

    ConformalClassifier strict = new ConformalClassifier();
    strict.setClassifier(new NaiveBayes());
    strict.setAlpha(0.001); // needs 1000 calibration instances, credit-g gives 300
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> strict.buildClassifier(TestData.creditG()))
        .hasMessageContaining("cannot calibrate the prediction sets");
  }
}
