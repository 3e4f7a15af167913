package org.glasswing.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.gradient.LayerGradients;
import org.glasswing.core.gradient.Score;
import org.glasswing.core.gradient.SyntheticImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import weka.core.Instances;

class NetworkModelTest {

  private static Dataset tabular;
  private static DeepNetClassifier mlp;
  private static SyntheticImages.Images images;
  private static DeepNetClassifier cnn;

  @BeforeAll
  static void train() throws Exception {
    tabular = DeepData.tabular(200, 3);
    mlp = DeepData.train(tabular, "-layers", "8", "-epochs", "30", "-dropout", "0.2", "-S", "5");
    images = SyntheticImages.generate(60, 10, 5, 2, 11);
    cnn =
        DeepData.train(
            images.data(),
            "-image-shape",
            "10x10x1",
            "-filters",
            "4",
            "-layers",
            "8",
            "-epochs",
            "2",
            "-dropout",
            "0.3");
  }

  /** Checks every coordinate's gradient against central finite differences of the score. */
  private static void checkAgainstFiniteDifferences(
      NetworkModel model, double[] input, int target, Score score, int[] coordinates) {
    double[] gradient = model.inputGradients(new double[][] {input}, new int[] {target}, score)[0];
    double eps = 1e-5;
    double errorSquares = 0;
    double normSquares = 0;
    for (int i : coordinates) {
      double[] up = input.clone();
      double[] down = input.clone();
      up[i] += eps;
      down[i] -= eps;
      double[][] s = model.scores(new double[][] {up, down}, score);
      double fd = (s[0][target] - s[1][target]) / (2 * eps);
      errorSquares += (gradient[i] - fd) * (gradient[i] - fd);
      normSquares += fd * fd;
      assertThat(gradient[i]).isCloseTo(fd, within(1e-7 + 1e-4 * Math.abs(fd)));
    }
    assertThat(normSquares).isGreaterThan(0);
    assertThat(Math.sqrt(errorSquares / normSquares)).isLessThan(1e-5);
  }

  @Test
  void mlpInputGradientsMatchFiniteDifferencesInDoublePrecision() {
    NetworkModel model = mlp.model(tabular.schema());
    int[] all = {0, 1, 2, 3, 4};
    for (int r = 0; r < 3; r++) {
      double[] x = model.encode(tabular.row(r));
      for (int target = 0; target < 2; target++) {
        checkAgainstFiniteDifferences(model, x, target, Score.PROBABILITY, all);
        checkAgainstFiniteDifferences(model, x, target, Score.LOGIT, all);
      }
    }
  }

  @Test
  void cnnInputGradientsMatchFiniteDifferencesInDoublePrecision() {
    NetworkModel model = cnn.model(images.data().schema());
    int[] some = {0, 13, 27, 44, 45, 56, 71, 99};
    for (int r = 0; r < 2; r++) {
      double[] x = model.encode(images.data().row(r));
      // Ties inside ReLU and max-pooling make finite differences meaningless at exact kinks;
      // a little jitter moves the point off them.
      java.util.SplittableRandom random = new java.util.SplittableRandom(r);
      for (int i = 0; i < x.length; i++) {
        x[i] += 0.01 * random.nextDouble();
      }
      checkAgainstFiniteDifferences(model, x, 0, Score.LOGIT, some);
      checkAgainstFiniteDifferences(model, x, 1, Score.PROBABILITY, some);
    }
  }

  @Test
  void predictionsAgreeWithTheClassifierAndGradientsAreRepeatableDespiteDropout() throws Exception {
    NetworkModel model = mlp.model(tabular.schema());
    Instances weka = DeepData.toWeka(tabular);
    double[][] expected = mlp.distributionsForInstances(weka);
    double[][] actual = model.predict(tabular.rows());
    for (int r = 0; r < tabular.numRows(); r++) {
      assertThat(actual[r]).containsExactly(expected[r], within(1e-5));
    }
    double[][] x = {model.encode(tabular.row(0)), model.encode(tabular.row(1))};
    double[][] first = model.inputGradients(x, new int[] {0, 1}, Score.PROBABILITY);
    double[][] second = model.inputGradients(x, new int[] {0, 1}, Score.PROBABILITY);
    assertThat(second[0]).containsExactly(first[0]);
    assertThat(second[1]).containsExactly(first[1]);
  }

  @Test
  void theMlpLearnsTheRule() throws Exception {
    Dataset test = DeepData.tabular(200, 99);
    double[][] p = mlp.distributionsForInstances(DeepData.toWeka(test));
    int correct = 0;
    for (int r = 0; r < test.numRows(); r++) {
      correct += (p[r][1] > 0.5 ? 1 : 0) == (int) test.value(r, 3) ? 1 : 0;
    }
    assertThat(correct).isGreaterThan(170);
  }

  @Test
  void theLogitGradientAtTheLastHiddenLayerIsTheOutputWeightColumn() {
    NetworkModel model = cnn.model(images.data().schema());
    assertThat(model.layers()).containsExactly("conv1", "pool1", "dense1");
    assertThat(model.lastConvolutionalLayer()).contains("conv1");
    double[][] x = {model.encode(images.data().row(0)), model.encode(images.data().row(1))};
    LayerGradients g = model.layerGradients(x, new int[] {1, 0}, "dense1", Score.LOGIT);
    INDArray w = cnn.network().getLayer(3).getParam("W");
    for (int u = 0; u < 8; u++) {
      assertThat(g.gradients()[0][u]).isCloseTo(w.getDouble(u, 1), within(1e-6));
      assertThat(g.gradients()[1][u]).isCloseTo(w.getDouble(u, 0), within(1e-6));
    }
    LayerGradients conv = model.layerGradients(x, new int[] {1, 0}, "conv1", Score.LOGIT);
    assertThat(conv.channels()).isEqualTo(4);
    assertThat(conv.height()).isEqualTo(10);
    assertThat(conv.width()).isEqualTo(10);
    assertThatThrownBy(() -> model.layerGradients(x, new int[] {0, 0}, "conv9", Score.LOGIT))
        .hasMessageContaining("no layer 'conv9'");
  }

  @Test
  void aSavedClassifierPredictsTheSame() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(cnn);
    }
    DeepNetClassifier restored;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      restored = (DeepNetClassifier) in.readObject();
    }
    Instances weka = DeepData.toWeka(images.data());
    double[][] before = cnn.distributionsForInstances(weka);
    double[][] after = restored.distributionsForInstances(weka);
    for (int r = 0; r < before.length; r++) {
      assertThat(after[r]).containsExactly(before[r]);
    }
  }

  @Test
  void anImageShapeThatDoesNotMatchTheAttributesIsRefused() {
    assertThatThrownBy(
            () -> DeepData.train(images.data(), "-image-shape", "9x10x1", "-epochs", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("9x10x1 has 90 values but the data has 100 input attributes");
    assertThatThrownBy(() -> DeepData.train(images.data(), "-image-shape", "ten"))
        .hasMessageContaining("HxWxC");
  }
}
