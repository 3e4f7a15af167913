package org.glasswing.weka.classifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.glasswing.weka.SavedModelLoader;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Evaluation;
import weka.classifiers.functions.Logistic;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;

class MixtureOfExpertsTest {

  @TempDir Path dir;

  /** Where x1 &lt; 0 the class follows x2, elsewhere it follows -x3. */
  static Instances twoRegions(int n, long seed) {
    Random random = new Random(seed);
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x1"));
    attributes.add(new Attribute("x2"));
    attributes.add(new Attribute("x3"));
    attributes.add(new Attribute("class", List.of("no", "yes")));
    Instances data = new Instances("two-regions", attributes, n);
    data.setClassIndex(3);
    for (int r = 0; r < n; r++) {
      double x1 = random.nextDouble() * 6 - 3;
      double x2 = random.nextGaussian();
      double x3 = random.nextGaussian();
      double eta = x1 < 0 ? 4 * x2 : -4 * x3;
      double y = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
      data.add(new DenseInstance(1, new double[] {x1, x2, x3, y}));
    }
    return data;
  }

  @Test
  void beatsWekasLogisticOnTwoRegionsAndNamesTheOwner() throws Exception {
    Instances data = twoRegions(1200, 1);
    MixtureOfExperts moe = new MixtureOfExperts();
    Evaluation e = new Evaluation(data);
    e.crossValidateModel(moe, data, 5, new Random(1));
    Evaluation l = new Evaluation(data);
    l.crossValidateModel(new Logistic(), data, 5, new Random(1));
    assertThat(e.pctCorrect() - l.pctCorrect()).isGreaterThan(10);
    moe.buildClassifier(data);
    int same = 0;
    for (int r = 0; r < data.numInstances(); r++) {
      boolean left = data.instance(r).value(0) < 0;
      same += (moe.owner(data.instance(r)) == 0) == left ? 1 : 0;
    }
    double match = Math.max(same, data.numInstances() - same) / (double) data.numInstances();
    assertThat(match).isGreaterThan(0.9);
    assertThat(moe.toString()).contains("Expert 1: owns").contains("Gate:").contains("x2");
  }

  @Test
  void aSavedModelLoadsThroughTheAllowListAndPredictsTheSame() throws Exception {
    Instances credit = new Instances(TestData.creditG(), 0, 300);
    MixtureOfExperts moe = new MixtureOfExperts();
    moe.setOptions(Utils.splitOptions("-experts 3 -iterations 20"));
    moe.buildClassifier(credit);
    Path file = dir.resolve("moe.model");
    SerializationHelper.writeAll(file.toString(), new Object[] {moe, new Instances(credit, 0)});
    var loaded = SavedModelLoader.load(file);
    for (int r = 0; r < 20; r++) {
      double[] a = moe.distributionForInstance(credit.instance(r));
      double[] b = loaded.classifier().distributionForInstance(credit.instance(r));
      assertThat(b[1]).isCloseTo(a[1], within(1e-15));
    }
    assertThat(loaded.classifier().toString()).isEqualTo(moe.toString());
    Instances iris = TestData.iris();
    MixtureOfExperts three = new MixtureOfExperts();
    three.buildClassifier(iris);
    assertThat(three.toString()).contains("softmax score of each class");
  }

  @Test
  void optionsRoundTripAndBadOnesAreRefused() throws Exception {
    MixtureOfExperts moe = new MixtureOfExperts();
    moe.setOptions(Utils.splitOptions("-experts 4 -penalty 0.1 -iterations 7 -seed 9"));
    MixtureOfExperts copy = new MixtureOfExperts();
    copy.setOptions(moe.getOptions());
    assertThat(copy.getExperts()).isEqualTo(4);
    assertThat(copy.getPenalty()).isEqualTo(0.1);
    assertThat(copy.getIterations()).isEqualTo(7);
    assertThat(copy.getSeed()).isEqualTo(9);
    assertThatThrownBy(() -> new MixtureOfExperts().setOptions(new String[] {"-experts", "0"}))
        .hasMessageContaining("experts");
  }
}
