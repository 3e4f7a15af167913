package org.glasswing.weka.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.PredictiveScores;
import org.glasswing.weka.TestData;
import org.glasswing.weka.classifiers.ConformalClassifier;
import org.junit.jupiter.api.Test;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;

class AddUncertaintyTest {

  @Test
  void scoresEqualTheCoresOnTheTrainedClassifiersProbabilities() throws Exception {
    Instances data = TestData.iris();
    AddUncertainty filter = new AddUncertainty();
    filter.setClassifier(new NaiveBayes());
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);
    assertThat(out.numInstances()).isEqualTo(150);
    assertThat(out.numAttributes()).isEqualTo(5 + 3);
    assertThat(out.attribute(4).name()).isEqualTo("unc_max_prob");
    assertThat(out.attribute(6).name()).isEqualTo("unc_entropy");
    assertThat(out.classAttribute().name()).isEqualTo("class");
    NaiveBayes model = new NaiveBayes();
    model.buildClassifier(data);
    for (int r = 0; r < 150; r++) {
      PredictiveScores expected =
          PredictiveScores.of(model.distributionForInstance(data.instance(r)));
      Instance row = out.instance(r);
      assertThat(row.value(0)).isEqualTo(data.instance(r).value(0));
      assertThat(row.classValue()).isEqualTo(data.instance(r).classValue());
      assertThat(row.value(4)).isCloseTo(expected.maxProbability(), within(1e-12));
      assertThat(row.value(5)).isCloseTo(expected.margin(), within(1e-12));
      assertThat(row.value(6)).isCloseTo(expected.entropy(), within(1e-12));
    }
  }

  @Test
  void conformalAndOutOfDistributionColumnsOnALaterBatch() throws Exception {
    Instances data = TestData.creditG();
    Instances train = new Instances(data, 0, 800);
    Instances test = new Instances(data, 800, 200);
    AddUncertainty filter = new AddUncertainty();
    filter.setClassifier(new NaiveBayes());
    filter.setConformal(true);
    filter.setOod(true);
    filter.setInputFormat(train);
    Filter.useFilter(train, filter);
    // a far-out instance: every numeric attribute 100 times its largest value in the data
    Instance outlier = (Instance) test.instance(0).copy();
    for (int a = 0; a < data.numAttributes(); a++) {
      if (data.attribute(a).isNumeric()) {
        outlier.setValue(a, 100 * data.attributeStats(a).numericStats.max);
      }
    }
    test.add(outlier);
    Instances out = Filter.useFilter(test, filter);
    assertThat(out.numInstances()).isEqualTo(201);
    String[] names = {"unc_set_size", "unc_p_good", "unc_p_bad", "unc_ood_percentile"};
    for (int i = 0; i < names.length; i++) {
      assertThat(out.attribute(23 + i).name()).isEqualTo(names[i]);
    }
    ConformalClassifier reference = new ConformalClassifier();
    reference.setClassifier(new NaiveBayes());
    reference.buildClassifier(new Instances(train));
    double covered = 0;
    for (int r = 0; r < 200; r++) {
      PredictionSet set = reference.predictionSet(test.instance(r));
      assertThat(out.instance(r).value(23)).isEqualTo(set.size());
      assertThat(out.instance(r).value(24)).isCloseTo(set.pValues().get(0), within(1e-12));
      covered += set.contains((int) test.instance(r).classValue()) ? 1 : 0;
    }
    assertThat(covered / 200).isGreaterThan(0.8);
    assertThat(out.instance(200).value(26)).isEqualTo(100.0);
    // test rows come from the same distribution: their percentiles average near 50
    double mean = out.attributeStats(26).numericStats.mean;
    assertThat(mean).isBetween(35.0, 70.0);
  }

  @Test
  void worksInsideAFilteredClassifier() throws Exception {
    Instances data = TestData.iris();
    FilteredClassifier fc = new FilteredClassifier();
    AddUncertainty filter = new AddUncertainty();
    filter.setClassifier(new NaiveBayes());
    fc.setFilter(filter);
    fc.setClassifier(new NaiveBayes());
    fc.buildClassifier(data);
    double[] p = fc.distributionForInstance(data.instance(0));
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1, within(1e-9));
  }

  @Test
  void badInputGetsAClearMessage() throws Exception {
    AddUncertainty filter = new AddUncertainty();
    Instances numeric =
        TestData.arff(
            "@relation r\n@attribute a numeric\n@attribute y numeric\n@data\n1,2\n2,3\n3,4\n");
    assertThatThrownBy(() -> filter.setInputFormat(numeric)).hasMessageContaining("nominal class");
    Instances single =
        TestData.arff("@relation r\n@attribute a numeric\n@attribute y {a}\n@data\n1,a\n2,a\n");
    assertThatThrownBy(() -> filter.setInputFormat(single)).hasMessageContaining("a single value");
    Instances string =
        TestData.arff("@relation r\n@attribute t string\n@attribute y {a,b}\n@data\nx,a\ny,b\n");
    assertThatThrownBy(() -> filter.setInputFormat(string)).hasMessageContaining("'t' is a string");

    Instances iris = TestData.iris();
    AddUncertainty trained = new AddUncertainty();
    trained.setInputFormat(iris);
    Filter.useFilter(iris, trained);
    Instances other = TestData.creditG();
    assertThatThrownBy(() -> trained.input(other.instance(0)))
        .hasMessageContaining("does not match the header");
  }
}
