package org.glasswing.weka.classifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Random;
import org.glasswing.core.glassbox.ClassPath;
import org.glasswing.core.glassbox.ElasticNetLogistic;
import org.glasswing.core.glassbox.SparseLogisticModel;
import org.glasswing.weka.SavedModelLoader;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Evaluation;
import weka.classifiers.functions.Logistic;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;

class SparseLogisticRegressionTest {

  @TempDir Path dir;

  private static SparseLogisticRegression fast(String options) throws Exception {
    SparseLogisticRegression s = new SparseLogisticRegression();
    s.setOptions(Utils.splitOptions("-path-length 30 -cv-folds 5 " + options));
    return s;
  }

  /** credit-g's numeric attributes and its class. */
  private static Instances numericCredit() {
    Instances credit = TestData.creditG();
    for (int a = credit.numAttributes() - 1; a >= 0; a--) {
      if (a != credit.classIndex() && !credit.attribute(a).isNumeric()) {
        credit.deleteAttributeAt(a);
      }
    }
    return credit;
  }

  @Test
  void theEndOfAnUnpenalisedPathIsWekasLogisticRegression() throws Exception {
    Instances data = numericCredit();
    SparseLogisticRegression sparse = fast("-min-ratio 1e-7 -stability-runs 0");
    sparse.buildClassifier(data);
    Logistic logistic = new Logistic();
    logistic.setRidge(1e-10);
    logistic.buildClassifier(data);
    SparseLogisticModel model = sparse.sparseModel();
    ClassPath path = model.paths().get(0);
    int last = path.path().steps() - 1;
    for (int r = 0; r < data.numInstances(); r += 7) {
      double[] row = data.instance(r).toDoubleArray();
      double p = ElasticNetLogistic.sigmoid(path.path().score(last, model.design().encode(row)));
      assertThat(p)
          .as("row %d", r)
          .isCloseTo(logistic.distributionForInstance(data.instance(r))[1], within(1e-4));
    }
  }

  @Test
  void classifiesCreditAndIrisAndShowsThePath() throws Exception {
    Instances credit = TestData.creditG();
    Evaluation e = new Evaluation(credit);
    e.crossValidateModel(fast("-stability-runs 5"), credit, 5, new Random(1));
    assertThat(e.pctCorrect()).isGreaterThan(70);
    Instances iris = TestData.iris();
    Evaluation i = new Evaluation(iris);
    i.crossValidateModel(fast("-rule min -stability-runs 5"), iris, 5, new Random(1));
    assertThat(i.pctCorrect()).isGreaterThan(90);
    SparseLogisticRegression s = fast("-stability-runs 5");
    s.buildClassifier(credit);
    assertThat(s.toString())
        .contains("Log-odds of 'bad'")
        .contains("checking_status=")
        .contains("Path: step, lambda");
  }

  @Test
  void aSavedModelLoadsThroughTheAllowListAndPredictsTheSame() throws Exception {
    Instances credit = new Instances(TestData.creditG(), 0, 300);
    SparseLogisticRegression s = fast("-stability-runs 5");
    s.buildClassifier(credit);
    Path file = dir.resolve("sparse.model");
    SerializationHelper.writeAll(file.toString(), new Object[] {s, new Instances(credit, 0)});
    var loaded = SavedModelLoader.load(file);
    for (int r = 0; r < 20; r++) {
      double[] a = s.distributionForInstance(credit.instance(r));
      double[] b = loaded.classifier().distributionForInstance(credit.instance(r));
      assertThat(b[1]).isCloseTo(a[1], within(1e-15));
    }
    assertThat(loaded.classifier().toString()).isEqualTo(s.toString());
  }

  @Test
  void optionsRoundTripAndBadOnesAreRefused() throws Exception {
    SparseLogisticRegression s = new SparseLogisticRegression();
    s.setOptions(Utils.splitOptions("-alpha 0.5 -rule min -path-length 20 -seed 4"));
    SparseLogisticRegression copy = new SparseLogisticRegression();
    copy.setOptions(s.getOptions());
    assertThat(copy.getAlpha()).isEqualTo(0.5);
    assertThat(copy.getRule()).isEqualTo(PathRule.MIN);
    assertThat(copy.getPathLength()).isEqualTo(20);
    assertThat(copy.getSeed()).isEqualTo(4);
    assertThat(new SparseLogisticRegression().getRule()).isEqualTo(PathRule.ONE_SE);
    assertThatThrownBy(
            () -> new SparseLogisticRegression().setOptions(new String[] {"-alpha", "2"}))
        .hasMessageContaining("alpha");
  }
}
