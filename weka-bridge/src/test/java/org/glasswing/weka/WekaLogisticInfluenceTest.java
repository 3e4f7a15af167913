package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import weka.classifiers.functions.Logistic;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class WekaLogisticInfluenceTest {

  @Test
  void theRebuiltDesignReproducesWekasLogisticOnCreditG() throws Exception {
    Instances credit = TestData.creditG();
    Logistic logistic = new Logistic();
    logistic.setRidge(1.0);
    logistic.buildClassifier(credit);

    WekaLogisticInfluence influence = WekaLogisticInfluence.of(logistic, credit);

    assertThat(influence.agreement()).isLessThan(1e-3);
    assertThat(influence.trainingRows()).hasSize(credit.numInstances());
    double[] weka = logistic.distributionForInstance(credit.instance(3));
    double[] core = influence.probabilities(credit, 3);
    assertThat(core[0]).isCloseTo(weka[0], org.assertj.core.api.Assertions.within(1e-3));
    double[] change =
        influence.lossChangeIfRemoved(credit, 3, (int) credit.instance(3).classValue());
    assertThat(change).hasSize(1000);
    // a row's own presence helps its own fit more than an average row does
    double mean = java.util.Arrays.stream(change).average().orElse(0);
    assertThat(change[3]).isGreaterThan(mean);
  }

  @Test
  void threeClassesWithNominalAttributesAndMissingValues() throws Exception {
    Instances iris = TestData.iris();
    iris.instance(5).setMissing(1);
    Logistic logistic = new Logistic();
    logistic.setRidge(0.1);
    logistic.buildClassifier(iris);

    WekaLogisticInfluence influence = WekaLogisticInfluence.of(logistic, iris);

    assertThat(influence.agreement()).isLessThan(1e-3);
  }

  @Test
  void refusesAnyOtherClassifier() throws Exception {
    Instances iris = TestData.iris();
    J48 j48 = new J48();
    j48.buildClassifier(iris);
    assertThatThrownBy(() -> WekaLogisticInfluence.of(j48, iris))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("only for weka.classifiers.functions.Logistic");
  }
}
