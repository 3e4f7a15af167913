package org.glasswing.weka.knowledgeflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.glasswing.weka.TestData;
import org.glasswing.weka.classifiers.ConformalClassifier;
import org.junit.jupiter.api.Test;
import weka.classifiers.bayes.NaiveBayes;
import weka.core.Instances;

class UncertaintyScorerStepTest {

  @Test
  void addsConformalColumnsForAConformalClassifierAndScoresAgainstTheTrainingSet()
      throws Exception {
    Instances data = TestData.creditG();
    Instances train = new Instances(data, 0, 700);
    Instances test = new Instances(data, 700, 300);
    ConformalClassifier conformal = new ConformalClassifier();
    conformal.setClassifier(new NaiveBayes());
    conformal.buildClassifier(train);
    UncertaintyScorerStep step = new UncertaintyScorerStep();
    Instances scored = step.score(conformal, train, test, "_s");
    assertThat(scored.relationName()).endsWith("_s");
    assertThat(scored.numInstances()).isEqualTo(300);
    assertThat(scored.attribute(23).name()).isEqualTo("unc_set_size");
    assertThat(scored.attribute(26).name()).isEqualTo("unc_ood_percentile");
    for (int r = 0; r < 300; r++) {
      assertThat(scored.instance(r).value(23))
          .isEqualTo(conformal.predictionSet(test.instance(r)).size());
      assertThat(scored.instance(r).value(20))
          .isCloseTo(max(conformal.distributionForInstance(test.instance(r))), within(1e-12));
    }

    NaiveBayes plain = new NaiveBayes();
    plain.buildClassifier(train);
    Instances plainScored = step.score(plain, null, train, "");
    assertThat(plainScored.numAttributes()).isEqualTo(21 + 4); // no conformal columns
    // the training set against itself, each row left out: percentiles spread around 50
    assertThat(plainScored.attributeStats(23).numericStats.mean).isBetween(35.0, 65.0);
  }

  private static double max(double[] p) {
    double best = 0;
    for (double v : p) {
      best = Math.max(best, v);
    }
    return best;
  }
}
