package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glasswing.core.data.Dataset;
import org.glasswing.core.model.Model;
import org.glasswing.core.model.ModelEvaluationException;
import org.junit.jupiter.api.Test;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.functions.LinearRegression;
import weka.classifiers.functions.Logistic;
import weka.classifiers.trees.J48;
import weka.core.Instance;
import weka.core.Instances;

class WekaModelTest {

  @Test
  void predictionsAreTheClassifiersOwnDistributions() throws Exception {
    Instances iris = TestData.iris();
    J48 j48 = new J48();
    j48.buildClassifier(iris);
    WekaModel model = new WekaModel(j48, iris);
    assertThat(model.outputNames())
        .containsExactly("Iris-setosa", "Iris-versicolor", "Iris-virginica");
    assertThat(model.isClassifier()).isTrue();
    assertThat(model.isThreadSafe()).isTrue(); // compiled, see CompiledWekaModelTest
    assertSamePredictions(model, j48, iris);
    assertSamePredictions(model.copyForThread(), j48, iris);
  }

  @Test
  void batchPredictorsAreAskedForWholeBatches() throws Exception {
    Instances data = TestData.creditG();
    Logistic logistic = new Logistic();
    logistic.buildClassifier(data);
    CountingLogistic counting = new CountingLogistic(logistic);
    WekaModel model = new WekaModel(counting, data);
    double[][] rows = WekaData.dataset(data).select(new int[] {0, 1, 2, 3}).rows();
    double[][] outputs = model.predict(rows);
    assertThat(counting.batches).isEqualTo(1);
    for (int r = 0; r < rows.length; r++) {
      assertThat(outputs[r]).containsExactly(logistic.distributionForInstance(data.instance(r)));
    }
  }

  @Test
  void aCopyForAThreadIsAnIndependentTrainedCopy() throws Exception {
    Instances iris = TestData.iris();
    NaiveBayes bayes = new NaiveBayes();
    bayes.buildClassifier(iris);
    WekaModel model = new WekaModel(bayes, iris);
    assertThat(model.isThreadSafe()).isFalse();
    Model copy = model.copyForThread();
    assertThat(copy).isNotSameAs(model);
    assertThat(((WekaModel) copy).classifier()).isNotSameAs(bayes).isInstanceOf(NaiveBayes.class);
    double[][] rows = WekaData.dataset(iris).rows();
    assertThat(copy.predict(rows)).isDeepEqualTo(model.predict(rows));
  }

  @Test
  void aNumericClassGivesOneValueFromClassifyInstance() throws Exception {
    Instances iris = TestData.iris();
    iris.setClassIndex(0); // sepallength, numeric
    LinearRegression regression = new LinearRegression();
    regression.buildClassifier(iris);
    WekaModel model = new WekaModel(regression, iris);
    assertThat(model.outputNames()).containsExactly("sepallength");
    assertThat(model.isClassifier()).isFalse();
    double[][] outputs = model.predict(WekaData.dataset(iris).rows());
    for (int r = 0; r < iris.numInstances(); r++) {
      assertThat(outputs[r]).containsExactly(regression.classifyInstance(iris.instance(r)));
    }
  }

  @Test
  void theClassValueOfTheRowIsNotShownToTheClassifier() throws Exception {
    Instances iris = TestData.iris();
    J48 j48 = new J48();
    j48.buildClassifier(iris);
    WekaModel model = new WekaModel(j48, iris);
    double[] row = WekaData.dataset(iris).row(0);
    double[] other = row.clone();
    other[4] = 2;
    assertThat(model.predict(new double[][] {other}))
        .isDeepEqualTo(model.predict(new double[][] {row}));
  }

  @Test
  void aFailingClassifierBecomesAModelEvaluationException() throws Exception {
    Instances iris = TestData.iris();
    Classifier broken =
        new AbstractClassifier() {
          private static final long serialVersionUID = 1L;

          @Override
          public void buildClassifier(Instances data) {}

          @Override
          public double[] distributionForInstance(Instance instance) throws Exception {
            throw new Exception("boom");
          }
        };
    WekaModel model = new WekaModel(broken, iris);
    assertThatThrownBy(() -> model.predict(WekaData.dataset(iris).rows()))
        .isInstanceOf(ModelEvaluationException.class)
        .hasMessageContaining("failed to predict: boom");
  }

  private static void assertSamePredictions(Model model, Classifier classifier, Instances data)
      throws Exception {
    Dataset rows = WekaData.dataset(data);
    double[][] outputs = model.predict(rows.rows());
    for (int r = 0; r < data.numInstances(); r++) {
      assertThat(outputs[r]).containsExactly(classifier.distributionForInstance(data.instance(r)));
    }
  }

  /** Logistic that claims efficient batch prediction and counts batch calls. */
  private static final class CountingLogistic extends AbstractClassifier {
    private static final long serialVersionUID = 1L;
    private final Logistic inner;
    private int batches;

    CountingLogistic(Logistic inner) {
      this.inner = inner;
    }

    @Override
    public void buildClassifier(Instances data) {}

    @Override
    public double[] distributionForInstance(Instance instance) throws Exception {
      throw new AssertionError("expected batch prediction");
    }

    @Override
    public boolean implementsMoreEfficientBatchPrediction() {
      return true;
    }

    @Override
    public double[][] distributionsForInstances(Instances batch) throws Exception {
      batches++;
      double[][] out = new double[batch.numInstances()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = inner.distributionForInstance(batch.instance(i));
      }
      return out;
    }
  }
}
