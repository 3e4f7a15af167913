package org.glasswing.weka.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.functions.Logistic;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;
import weka.filters.Filter;

class AddExplanationTest {

  @TempDir Path dir;

  private static Instances filter(Instances data, AddExplanation filter) throws Exception {
    filter.setInputFormat(data);
    return Filter.useFilter(data, filter);
  }

  @Test
  void defaultsOnCreditGKeepRowsAndAddColumnsBeforeTheClass() throws Exception {
    Instances data = TestData.creditG();
    long start = System.nanoTime();
    Instances out = filter(data, new AddExplanation());
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("AddExplanation defaults on credit-g (1000 rows): %.2f s%n", seconds);

    int inputs = data.numAttributes() - 1;
    assertThat(out.numInstances()).isEqualTo(data.numInstances());
    assertThat(out.numAttributes()).isEqualTo(data.numAttributes() + inputs + 2);
    assertThat(out.classIndex()).isEqualTo(out.numAttributes() - 1);
    assertThat(out.classAttribute().name()).isEqualTo("class");
    assertThat(out.attribute(inputs).name()).isEqualTo("shap_class");
    assertThat(out.attribute(inputs + 1).name()).isEqualTo("shap_base");
    assertThat(out.attribute(inputs + 2).name()).isEqualTo("shap_" + data.attribute(0).name());

    // The same J48 the filter trains, to check base + attributions = predicted probability.
    Classifier j48 = new J48();
    j48.buildClassifier(data);
    for (int r = 0; r < data.numInstances(); r++) {
      for (int a = 0; a < inputs; a++) {
        assertThat(out.instance(r).value(a)).isEqualTo(data.instance(r).value(a));
      }
      assertThat(out.instance(r).classValue()).isEqualTo(data.instance(r).classValue());
      double[] distribution = j48.distributionForInstance(data.instance(r));
      int predicted = Utils.maxIndex(distribution);
      assertThat((int) out.instance(r).value(inputs)).isEqualTo(predicted);
      double sum = out.instance(r).value(inputs + 1);
      for (int a = 0; a < inputs; a++) {
        sum += out.instance(r).value(inputs + 2 + a);
      }
      assertThat(sum).isCloseTo(distribution[predicted], within(1e-9));
    }
    assertThat(seconds).isLessThan(20);
  }

  @Test
  void onlyTheAttributeTheTreeUsesGetsAnAttribution() throws Exception {
    Instances data = TestData.oneRelevant(200, 3);
    AddExplanation filter = new AddExplanation();
    filter.setTarget("hi");
    Instances out = filter(data, filter);
    // No shap_class column for a named class: x1, x2, shap_base, shap_x1, shap_x2, y.
    assertThat(out.attribute(2).name()).isEqualTo("shap_base");
    double nonZeroX1 = 0;
    for (int r = 0; r < out.numInstances(); r++) {
      assertThat(out.instance(r).value(4)).isEqualTo(0.0);
      nonZeroX1 += Math.abs(out.instance(r).value(3));
      // Rows with x1 > 0.5 are pushed towards "hi", the others away from it.
      assertThat(Math.signum(out.instance(r).value(3)))
          .isEqualTo(out.instance(r).value(0) > 0.5 ? 1.0 : -1.0);
    }
    assertThat(nonZeroX1).isGreaterThan(0);
  }

  @Test
  void classFirstGetsTheNewColumnsBeforeIt() throws Exception {
    Instances data = TestData.oneRelevant(60, 4);
    data.setClassIndex(-1);
    Instances reordered = new Instances(data, 0);
    weka.filters.unsupervised.attribute.Reorder reorder =
        new weka.filters.unsupervised.attribute.Reorder();
    reorder.setAttributeIndices("3,1,2");
    reorder.setInputFormat(data);
    reordered = Filter.useFilter(data, reorder);
    reordered.setClassIndex(0);
    Instances out = filter(reordered, new AddExplanation());
    assertThat(out.attribute(0).name()).isEqualTo("shap_class");
    assertThat(out.classIndex()).isEqualTo(4);
    assertThat(out.classAttribute().name()).isEqualTo("y");
    assertThat(out.attribute(5).name()).isEqualTo("x1");
    for (int r = 0; r < out.numInstances(); r++) {
      assertThat(out.instance(r).value(5)).isEqualTo(reordered.instance(r).value(1));
      assertThat(out.instance(r).classValue()).isEqualTo(reordered.instance(r).classValue());
    }
  }

  @Test
  void laterBatchesUseTheFirstBatchsModelAndBackground() throws Exception {
    Instances train = TestData.oneRelevant(150, 5);
    Instances test = new Instances(train, 0, 20);
    AddExplanation filter = new AddExplanation();
    filter.setClassifier(new Logistic());
    filter.setMethod("kernel-shap");
    Instances first = filter(train, filter);
    Instances second = Filter.useFilter(test, filter);
    assertThat(second.numInstances()).isEqualTo(20);
    for (int r = 0; r < 20; r++) {
      assertThat(second.instance(r).toDoubleArray())
          .containsExactly(first.instance(r).toDoubleArray());
    }
  }

  @Test
  void kernelShapOnLogisticIsEfficient() throws Exception {
    Instances data = TestData.iris();
    AddExplanation filter = new AddExplanation();
    filter.setClassifier(new Logistic());
    filter.setOptions(new String[] {"-method", "kernel-shap", "-budget", "16", "-S", "7"});
    assertThat(filter.getMethod()).isEqualTo("kernel-shap");
    assertThat(filter.getBudget()).isEqualTo(16);
    assertThat(Arrays.asList(filter.getOptions())).containsSubsequence("-method", "kernel-shap");
    Instances out = filter(data, filter);
    Classifier logistic = new Logistic();
    logistic.buildClassifier(data);
    for (int r = 0; r < data.numInstances(); r += 7) {
      double[] distribution = logistic.distributionForInstance(data.instance(r));
      double sum = 0;
      for (int a = 5; a < 10; a++) {
        sum += out.instance(r).value(a);
      }
      assertThat(sum).isCloseTo(distribution[(int) out.instance(r).value(4)], within(1e-9));
    }
  }

  @Test
  void savedModelGivesTheSameAsTrainingAndChecksTheHeader() throws Exception {
    Instances data = TestData.oneRelevant(120, 6);
    J48 j48 = new J48();
    j48.buildClassifier(data);
    File model = dir.resolve("j48.model").toFile();
    SerializationHelper.writeAll(model.getPath(), new Object[] {j48, new Instances(data, 0)});

    AddExplanation saved = new AddExplanation();
    saved.setSerializedModel(model);
    Instances fromSaved = filter(data, saved);
    Instances trained = filter(data, new AddExplanation());
    for (int r = 0; r < data.numInstances(); r++) {
      assertThat(fromSaved.instance(r).toDoubleArray())
          .containsExactly(trained.instance(r).toDoubleArray());
    }

    AddExplanation mismatched = new AddExplanation();
    mismatched.setSerializedModel(model);
    assertThatThrownBy(() -> filter(TestData.iris(), mismatched))
        .hasMessageContaining("does not match the saved model's training header");
  }

  @Test
  void laterBatchWithAnotherHeaderIsRefused() throws Exception {
    AddExplanation filter = new AddExplanation();
    filter(TestData.oneRelevant(50, 7), filter);
    Instances other = TestData.iris();
    assertThatThrownBy(() -> filter.input(other.instance(0)))
        .hasMessageContaining("does not match the header AddExplanation was trained on");
  }

  @Test
  void badInputGetsClearMessages() {
    Instances strings =
        TestData.arff(
            "@relation s\n@attribute t string\n@attribute c {a,b}\n@data\n'x',a\n'y',b\n");
    assertThatThrownBy(() -> filter(strings, new AddExplanation()))
        .hasMessageContaining("attribute 't' is a string attribute");

    Instances unary =
        TestData.arff(
            "@relation u\n@attribute x numeric\n@attribute c {only}\n@data\n1,only\n2,only\n");
    assertThatThrownBy(() -> filter(unary, new AddExplanation()))
        .hasMessageContaining("'c' has a single value");

    AddExplanation named = new AddExplanation();
    named.setTarget("maybe");
    assertThatThrownBy(() -> filter(TestData.oneRelevant(20, 8), named))
        .hasMessageContaining("-target maybe: no such class")
        .hasMessageContaining("lo, hi");

    AddExplanation exact = new AddExplanation();
    exact.setMethod("tree-shap");
    exact.setClassifier(new Logistic());
    assertThatThrownBy(() -> filter(TestData.oneRelevant(20, 9), exact))
        .hasMessageContaining("-method tree-shap explains Weka's J48");
  }

  @Test
  void isAStandardWekaOptionHandler() throws Exception {
    AddExplanation filter = new AddExplanation();
    filter.setOptions(
        Utils.splitOptions(
            "-W \"weka.classifiers.trees.J48 -C 0.1\" -target hi -background-size 7"
                + " -num-threads 2"));
    assertThat(filter.getClassifier()).isInstanceOf(J48.class);
    assertThat(((J48) filter.getClassifier()).getConfidenceFactor()).isEqualTo(0.1f);
    assertThat(filter.getTarget()).isEqualTo("hi");
    assertThat(filter.getBackgroundSize()).isEqualTo(7);
    assertThat(filter.getNumThreads()).isEqualTo(2);
    AddExplanation copy = (AddExplanation) Filter.makeCopy(filter);
    assertThat(copy.getTarget()).isEqualTo("hi");
    assertThat(AbstractClassifier.makeCopy(copy.getClassifier())).isInstanceOf(J48.class);
  }

  @Test
  void aClassifierTrainedElsewhereExplainsLikeTrainingHere() throws Exception {
    Instances train = TestData.oneRelevant(150, 12);
    Instances test = TestData.oneRelevant(30, 13);
    AddExplanation here = new AddExplanation();
    filter(train, here);
    Instances expected = Filter.useFilter(test, here);

    J48 j48 = new J48();
    j48.buildClassifier(train);
    AddExplanation elsewhere = new AddExplanation();
    elsewhere.useTrainedClassifier(j48, train);
    Instances actual = filter(test, elsewhere);
    assertThat(actual.numInstances()).isEqualTo(30);
    for (int r = 0; r < 30; r++) {
      assertThat(actual.instance(r).toDoubleArray())
          .containsExactly(expected.instance(r).toDoubleArray());
    }
    AddExplanation foreign = new AddExplanation();
    foreign.useTrainedClassifier(j48, TestData.iris());
    assertThatThrownBy(() -> filter(test, foreign))
        .hasMessageContaining("the background rows do not match the data to explain");
  }
}
