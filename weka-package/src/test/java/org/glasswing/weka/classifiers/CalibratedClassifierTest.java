package org.glasswing.weka.classifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.rules.OneR;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;

class CalibratedClassifierTest {

  private static double ece(Classifier trained, Instances test) throws Exception {
    double[][] p = new double[test.numInstances()][];
    int[] y = new int[test.numInstances()];
    for (int i = 0; i < p.length; i++) {
      p[i] = trained.distributionForInstance(test.instance(i));
      y[i] = (int) test.instance(i).classValue();
    }
    return CalibrationMetrics.of(new ClassPredictions(CrossValidatedPredictions.labels(test), p, y))
        .ece();
  }

  @Test
  void eachMethodLowersTheCalibrationErrorOfAnOverconfidentNaiveBayes() throws Exception {
    Instances train = Overconfident.data(1500, 8, 1);
    Instances test = Overconfident.data(3000, 8, 2);
    NaiveBayes base = new NaiveBayes();
    base.buildClassifier(train);
    double before = ece(base, test);
    assertThat(before).isGreaterThan(0.1);
    for (CalibrationMethod method : CalibrationMethod.values()) {
      for (int folds : new int[] {0, 5}) {
        CalibratedClassifier calibrated = new CalibratedClassifier();
        calibrated.setClassifier(new NaiveBayes());
        calibrated.setCalibrator(method);
        calibrated.setFolds(folds);
        calibrated.buildClassifier(train);
        double after = ece(calibrated, test);
        assertThat(after).as(method + " folds " + folds).isLessThan(before / 2);
        double[] p = calibrated.distributionForInstance(test.instance(0));
        assertThat(p[0] + p[1]).isCloseTo(1, within(1e-12));
      }
    }
  }

  @Test
  void optionsRoundTripThroughTheCommandLine() throws Exception {
    CalibratedClassifier c = new CalibratedClassifier();
    c.setOptions(
        Utils.splitOptions(
            "-method isotonic -folds 4 -calibration-fraction 0.25 -S 7 -W"
                + " weka.classifiers.bayes.NaiveBayes"));
    assertThat(c.getCalibrator()).isEqualTo(CalibrationMethod.ISOTONIC);
    assertThat(c.getFolds()).isEqualTo(4);
    assertThat(c.getCalibrationFraction()).isEqualTo(0.25);
    assertThat(c.getSeed()).isEqualTo(7);
    assertThat(c.getClassifier()).isInstanceOf(NaiveBayes.class);
    CalibratedClassifier copy = (CalibratedClassifier) AbstractClassifier.makeCopy(c);
    assertThat(Utils.joinOptions(copy.getOptions())).isEqualTo(Utils.joinOptions(c.getOptions()));
  }

  @Test
  void aSerializedModelGivesTheSameProbabilities() throws Exception {
    Instances data = TestData.creditG();
    CalibratedClassifier c = new CalibratedClassifier();
    c.setClassifier(new NaiveBayes());
    c.setCalibrator(CalibrationMethod.TEMPERATURE);
    c.buildClassifier(data);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SerializationHelper.write(bytes, c);
    CalibratedClassifier read =
        (CalibratedClassifier)
            SerializationHelper.read(new ByteArrayInputStream(bytes.toByteArray()));
    for (int i = 0; i < 20; i++) {
      assertThat(read.distributionForInstance(data.instance(i)))
          .containsExactly(c.distributionForInstance(data.instance(i)));
    }
    assertThat(c.toString()).contains("Calibration: temperature").contains("300 held-out");
  }

  @Test
  void badInputGetsAClearMessage() {
    CalibratedClassifier c = new CalibratedClassifier();
    Instances numeric =
        TestData.arff(
            "@relation r\n@attribute a numeric\n@attribute y numeric\n" + "@data\n1,2\n2,3\n3,4\n");
    assertThatThrownBy(() -> c.buildClassifier(numeric)).hasMessageContaining("nominal class");
    Instances single =
        TestData.arff(
            "@relation r\n@attribute a numeric\n@attribute y {a}\n" + "@data\n1,a\n2,a\n3,a\n");
    assertThatThrownBy(() -> c.buildClassifier(single)).hasMessageContaining("a single value");
    Instances string =
        TestData.arff(
            "@relation r\n@attribute t string\n@attribute y {a,b}\n" + "@data\nx,a\ny,b\nz,a\n");
    assertThatThrownBy(() -> c.buildClassifier(string)).hasMessageContaining("'t' is a string");
    CalibratedClassifier hard = new CalibratedClassifier();
    hard.setClassifier(new OneR());
    assertThatThrownBy(() -> hard.buildClassifier(Overconfident.data(200, 2, 3)))
        .hasMessageContaining("gives only 0/1 class distributions");
  }
}
