package org.glasswing.weka.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.glasswing.core.tree.TreeEnsemble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.trees.J48;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/** The reconstructed ensemble predicts exactly what Weka predicts, missing values included. */
class WekaTreeReaderTest {

  private static final double TOLERANCE = 1e-12;

  static Stream<Arguments> models() {
    List<Arguments> cases = new ArrayList<>();
    for (String data : List.of("iris", "credit-g")) {
      cases.add(Arguments.of("weka.classifiers.trees.J48", "", data));
      cases.add(Arguments.of("weka.classifiers.trees.J48", "-U", data));
      cases.add(Arguments.of("weka.classifiers.trees.J48", "-B", data));
      cases.add(Arguments.of("weka.classifiers.trees.J48", "-A", data));
      cases.add(Arguments.of("weka.classifiers.trees.J48", "-U -B -A -M 1", data));
    }
    for (String data : List.of("iris", "credit-g", "regression")) {
      cases.add(Arguments.of("weka.classifiers.trees.REPTree", "", data));
      cases.add(Arguments.of("weka.classifiers.trees.REPTree", "-P", data));
      cases.add(Arguments.of("weka.classifiers.trees.RandomTree", "-S 3", data));
      cases.add(Arguments.of("weka.classifiers.trees.RandomTree", "-S 4 -depth 3", data));
      cases.add(Arguments.of("weka.classifiers.trees.RandomForest", "-I 10 -S 1", data));
    }
    return cases.stream();
  }

  static Instances data(String name) {
    return switch (name) {
      case "iris" -> WekaData.bundled("iris.arff");
      case "credit-g" -> WekaData.bundled("credit-g.arff");
      default -> WekaData.regression(300, 11);
    };
  }

  static Classifier train(String type, String options, Instances data) throws Exception {
    Classifier classifier = AbstractClassifier.forName(type, Utils.splitOptions(options));
    classifier.buildClassifier(data);
    return classifier;
  }

  @ParameterizedTest(name = "{0} {1} on {2}")
  @MethodSource("models")
  void predictionsEqualWekasOnTrainingRowsAndRowsWithMissingValues(
      String type, String options, String dataName) throws Exception {
    Instances data = data(dataName);
    Classifier classifier = train(type, options, data);

    TreeEnsemble ensemble = WekaTreeReader.read(classifier, WekaData.schema(data));

    int compared = 0;
    for (Instances rows : List.of(data, WekaData.withMissing(data, 0.25, 5))) {
      for (Instance row : rows) {
        double[] ours = ensemble.predict(row.toDoubleArray());
        if (data.classAttribute().isNominal()) {
          assertThat(ours)
              .as("row %s", row)
              .containsExactly(
                  classifier.distributionForInstance(row),
                  org.assertj.core.data.Offset.offset(TOLERANCE));
        } else {
          assertThat(ours).hasSize(1);
          assertThat(ours[0])
              .as("row %s", row)
              .isCloseTo(
                  classifier.classifyInstance(row), org.assertj.core.data.Offset.offset(TOLERANCE));
        }
        compared++;
      }
    }
    assertThat(compared).isEqualTo(2 * data.numInstances());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("zeroRCases")
  void withoutUsableAttributesTheTreesPredictWithZeroR(String type) throws Exception {
    for (Instances data :
        List.of(WekaData.keep(WekaData.bundled("credit-g.arff"), 20), WekaData.regression(50, 3))) {
      Instances onlyClass =
          data.classAttribute().isNominal() ? data : WekaData.keep(data, data.classIndex());
      Classifier classifier = train(type, "", onlyClass);

      TreeEnsemble ensemble = WekaTreeReader.read(classifier, WekaData.schema(onlyClass));

      assertThat(ensemble.trees().get(0).nodeCount()).isEqualTo(1);
      for (Instance row : onlyClass) {
        assertThat(ensemble.predict(row.toDoubleArray()))
            .containsExactly(
                classifier.distributionForInstance(row),
                org.assertj.core.data.Offset.offset(TOLERANCE));
      }
    }
  }

  static Stream<String> zeroRCases() {
    return Stream.of("weka.classifiers.trees.RandomTree", "weka.classifiers.trees.REPTree");
  }

  @Test
  void anotherClassifierIsRefusedNamingTheAlternatives() throws Exception {
    Instances data = WekaData.bundled("iris.arff");
    NaiveBayes bayes = new NaiveBayes();
    bayes.buildClassifier(data);

    assertThat(WekaTreeReader.isSupported(bayes)).isFalse();
    assertThatThrownBy(() -> WekaTreeReader.read(bayes, WekaData.schema(data)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("J48, REPTree, RandomTree and RandomForest")
        .hasMessageContaining("weka.classifiers.bayes.NaiveBayes")
        .hasMessageContaining("exact-shapley")
        .hasMessageContaining("sampling-shapley")
        .hasMessageContaining("kernel-shap");
  }

  @Test
  void aSchemaThatDoesNotMatchTheModelIsRefused() throws Exception {
    Instances iris = WekaData.bundled("iris.arff");
    J48 j48 = new J48();
    j48.buildClassifier(iris);
    Instances other = WekaData.keep(iris, 0, 1, 4);

    assertThatThrownBy(() -> WekaTreeReader.read(j48, WekaData.schema(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 attributes");
  }

  @Test
  void anUntrainedTreeIsRefused() {
    Instances iris = WekaData.bundled("iris.arff");
    assertThatThrownBy(() -> WekaTreeReader.read(new J48(), WekaData.schema(iris)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not been trained");
  }
}
