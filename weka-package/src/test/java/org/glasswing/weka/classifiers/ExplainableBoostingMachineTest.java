package org.glasswing.weka.classifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.glasswing.weka.SavedModelLoader;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Evaluation;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;

class ExplainableBoostingMachineTest {

  @TempDir Path dir;

  private static ExplainableBoostingMachine fast() throws Exception {
    ExplainableBoostingMachine ebm = new ExplainableBoostingMachine();
    ebm.setOptions(Utils.splitOptions("-rounds 300 -bags 2 -learning-rate 0.1"));
    return ebm;
  }

  @Test
  void classifiesIrisAsWellAsATree() throws Exception {
    Instances iris = TestData.iris();
    Evaluation e = new Evaluation(iris);
    e.crossValidateModel(fast(), iris, 5, new Random(1));
    assertThat(e.pctCorrect()).isGreaterThan(90);
  }

  @Test
  void predictsANumericClass() throws Exception {
    Instances credit = new Instances(TestData.creditG(), 0, 300);
    credit.setClass(credit.attribute("credit_amount"));
    ExplainableBoostingMachine ebm = fast();
    ebm.buildClassifier(credit);
    double[] d = ebm.distributionForInstance(credit.instance(0));
    assertThat(d).hasSize(1);
    assertThat(ebm.additiveModel().numScores()).isEqualTo(1);
    assertThat(ebm.toString()).contains("Terms by importance").contains("duration");
  }

  @Test
  void aSavedModelLoadsThroughTheAllowListAndPredictsTheSame() throws Exception {
    Instances credit = new Instances(TestData.creditG(), 0, 300);
    ExplainableBoostingMachine ebm = fast();
    ebm.buildClassifier(credit);
    Path file = dir.resolve("ebm.model");
    SerializationHelper.writeAll(file.toString(), new Object[] {ebm, new Instances(credit, 0)});
    var loaded = SavedModelLoader.load(file);
    for (int r = 0; r < 20; r++) {
      double[] a = ebm.distributionForInstance(credit.instance(r));
      double[] b = loaded.classifier().distributionForInstance(credit.instance(r));
      assertThat(b[0]).isCloseTo(a[0], within(1e-15));
    }
    assertThat(Files.size(file)).isLessThan(200_000);
  }

  @Test
  void optionsRoundTripAndBadOnesAreRefused() throws Exception {
    ExplainableBoostingMachine ebm = new ExplainableBoostingMachine();
    ebm.setOptions(Utils.splitOptions("-rounds 50 -interactions 3 -seed 7"));
    ExplainableBoostingMachine copy = new ExplainableBoostingMachine();
    copy.setOptions(ebm.getOptions());
    assertThat(copy.getRounds()).isEqualTo(50);
    assertThat(copy.getInteractions()).isEqualTo(3);
    assertThat(copy.getSeed()).isEqualTo(7);
    assertThat(new ExplainableBoostingMachine().getRounds()).isEqualTo(1000);
    assertThatThrownBy(
            () -> new ExplainableBoostingMachine().setOptions(new String[] {"-rounds", "0"}))
        .hasMessageContaining("rounds");
  }

  @Test
  void isDeterministicForASeed() throws Exception {
    Instances credit = new Instances(TestData.creditG(), 0, 200);
    ExplainableBoostingMachine a = fast();
    ExplainableBoostingMachine b = fast();
    a.buildClassifier(credit);
    b.buildClassifier(credit);
    assertThat(a.toString()).isEqualTo(b.toString());
  }
}
