package org.glasswing.weka.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.RandomForest;
import weka.core.Instances;

/**
 * A Weka tree model is compiled automatically when wrapped, and the compiled predictions of whole
 * batches equal Weka's own, missing values included, on every case of {@link WekaTreeReaderTest}.
 */
class CompiledWekaModelTest {

  private static final double TOLERANCE = 1e-12;

  @ParameterizedTest(name = "{0} {1} on {2}")
  @MethodSource("org.glasswing.weka.tree.WekaTreeReaderTest#models")
  void batchesEqualWekasPredictionsWithAndWithoutMissingValues(
      String type, String options, String dataName) throws Exception {
    Instances data = WekaTreeReaderTest.data(dataName);
    Classifier classifier = WekaTreeReaderTest.train(type, options, data);

    WekaModel model = new WekaModel(classifier, data);

    assertThat(model.isCompiled()).isTrue();
    assertThat(model.isThreadSafe()).isTrue();
    assertThat(model.copyForThread()).isSameAs(model);
    for (Instances rows : List.of(data, WekaData.withMissing(data, 0.3, 7))) {
      double[][] outputs = model.predict(WekaData.dataset(rows).rows());
      assertThat(outputs).hasNumberOfRows(rows.numInstances());
      for (int r = 0; r < rows.numInstances(); r++) {
        double[] expected =
            data.classAttribute().isNominal()
                ? classifier.distributionForInstance(rows.instance(r))
                : new double[] {classifier.classifyInstance(rows.instance(r))};
        assertThat(outputs[r]).as("row %d", r).containsExactly(expected, offset(TOLERANCE));
      }
    }
  }

  @Test
  void threadsShareOneCompiledForestAndGetTheSameAnswers() throws Exception {
    Instances data = WekaData.withMissing(WekaData.bundled("credit-g.arff"), 0.2, 3);
    RandomForest forest = new RandomForest();
    forest.setNumIterations(20);
    forest.buildClassifier(data);
    WekaModel model = new WekaModel(forest, data);
    double[][] rows = WekaData.dataset(data).rows();
    double[][] alone = model.predict(rows);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<double[][]>> answers =
          pool.invokeAll(
              List.of(
                  () -> model.copyForThread().predict(rows),
                  () -> model.copyForThread().predict(rows),
                  () -> model.copyForThread().predict(rows),
                  () -> model.copyForThread().predict(rows)));
      for (Future<double[][]> answer : answers) {
        assertThat(answer.get()).isDeepEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anUntrainedTreeOrASubclassIsLeftToWeka() throws Exception {
    Instances iris = WekaData.bundled("iris.arff");
    J48 subclass = new J48() {};
    subclass.buildClassifier(iris);

    assertThat(new WekaModel(new J48(), iris).isCompiled()).isFalse();
    WekaModel model = new WekaModel(subclass, iris);
    assertThat(model.isCompiled()).isFalse();
    assertThat(model.isThreadSafe()).isFalse();
    assertThat(model.predict(WekaData.dataset(iris).rows())[0])
        .containsExactly(subclass.distributionForInstance(iris.instance(0)));
  }
}
