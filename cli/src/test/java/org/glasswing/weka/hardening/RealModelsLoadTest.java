package org.glasswing.weka.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.glasswing.deep.DeepNetClassifier;
import org.glasswing.weka.SavedModel;
import org.glasswing.weka.SavedModelLoader;
import org.glasswing.weka.TestData;
import org.glasswing.weka.TextTestData;
import org.glasswing.weka.classifiers.CalibratedClassifier;
import org.glasswing.weka.serial.SerialLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.MultilayerPerceptron;
import weka.classifiers.functions.SMO;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.REPTree;
import weka.classifiers.trees.RandomForest;
import weka.classifiers.trees.RandomTree;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.StringToWordVector;

/** Real models, saved with their header, still load through the allow-list and the limits. */
class RealModelsLoadTest {

  @TempDir Path dir;

  static Stream<Arguments> models() {
    FilteredClassifier text = new FilteredClassifier();
    text.setFilter(new StringToWordVector());
    DeepNetClassifier deep = new DeepNetClassifier();
    deep.setEpochs(2);
    deep.setLayers("4");
    Instances iris = TestData.iris();
    Instances reviews = TestData.arff(TextTestData.reviewsArff(40));
    return Stream.of(
        Arguments.of(new J48(), iris),
        Arguments.of(new RandomForest(), iris),
        Arguments.of(new Logistic(), TestData.creditG()),
        Arguments.of(new MultilayerPerceptron(), iris),
        Arguments.of(new NaiveBayes(), TestData.creditG()),
        Arguments.of(new SMO(), iris),
        Arguments.of(text, reviews),
        Arguments.of(new CalibratedClassifier(), iris),
        Arguments.of(deep, iris));
  }

  @ParameterizedTest
  @MethodSource("models")
  void aSavedModelLoadsAndPredictsTheSame(Classifier classifier, Instances data) throws Exception {
    classifier.buildClassifier(data);
    Path file = HostileFiles.write(dir.resolve("m.model.gz"), classifier, new Instances(data, 0));
    SavedModel saved = SavedModelLoader.load(file);
    assertThat(saved.classifier()).isInstanceOf(classifier.getClass());
    assertThat(saved.savedHeader()).isPresent();
    for (int r = 0; r < 5; r++) {
      assertThat(saved.classifier().distributionForInstance(data.instance(r)))
          .containsExactly(classifier.distributionForInstance(data.instance(r)));
    }
  }

  /** Unpruned trees on 6000 rows of random labels: the deepest trees Weka grows. */
  @Test
  void unprunedTreesOnNoiseStayWellWithinTheDepthLimit() throws Exception {
    Instances noise = noise(6000);
    RandomTree randomTree = new RandomTree();
    randomTree.setMinNum(0);
    REPTree repTree = new REPTree();
    repTree.setNoPruning(true);
    repTree.setMinNum(0);
    J48 j48 = new J48();
    j48.setUnpruned(true);
    j48.setMinNumObj(1);
    long deepest = 0;
    for (Classifier tree : new Classifier[] {randomTree, repTree, j48}) {
      tree.buildClassifier(noise);
      byte[] bytes = HostileFiles.serialize(tree, new Instances(noise, 0));
      deepest = Math.max(deepest, depth(bytes));
      Path file = Files.write(dir.resolve("tree.model"), bytes);
      assertThat(SavedModelLoader.load(file).classifier()).isInstanceOf(tree.getClass());
    }
    System.out.println("deepest object nesting of an unpruned tree: " + deepest);
    assertThat(deepest).isGreaterThan(40).isLessThan(SerialLimits.MAX_DEPTH / 4);
  }

  private static long depth(byte[] bytes) throws Exception {
    AtomicLong deepest = new AtomicLong();
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      in.setObjectInputFilter(
          info -> {
            deepest.accumulateAndGet(info.depth(), Math::max);
            return ObjectInputFilter.Status.ALLOWED;
          });
      in.readObject();
      in.readObject();
    }
    return deepest.get();
  }

  private static Instances noise(int rows) {
    StringBuilder arff = new StringBuilder("@relation noise\n");
    for (int a = 1; a <= 4; a++) {
      arff.append("@attribute x").append(a).append(" numeric\n");
    }
    arff.append("@attribute y {a,b}\n@data\n");
    Random random = new Random(7);
    for (int r = 0; r < rows; r++) {
      for (int a = 0; a < 4; a++) {
        arff.append(random.nextDouble()).append(',');
      }
      arff.append(random.nextBoolean() ? "a" : "b").append('\n');
    }
    return TestData.arff(arff.toString());
  }
}
