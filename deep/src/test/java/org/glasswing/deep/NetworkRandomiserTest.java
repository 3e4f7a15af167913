package org.glasswing.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.gradient.GradCam;
import org.glasswing.core.gradient.Saliency;
import org.glasswing.core.gradient.SyntheticImages;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.sanity.InputMagnitudeExplainer;
import org.glasswing.core.sanity.RandomisationTest;
import org.glasswing.core.sanity.Verdict;
import org.glasswing.core.shapley.Background;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class NetworkRandomiserTest {

  private static SyntheticImages.Images images;
  private static DeepNetClassifier cnn;

  @BeforeAll
  static void train() throws Exception {
    images = SyntheticImages.generate(150, 12, 5, 2, 8);
    cnn =
        DeepData.train(
            images.data(), "-image-shape 12x12x1 -filters 4,8 -layers 8 -epochs 4".split(" "));
  }

  @Test
  void layersWithParametersAreListedFromTheOutputDownAndTheOriginalIsUntouched() {
    NetworkRandomiser randomiser = new NetworkRandomiser(cnn, images.data().schema());
    assertThat(randomiser.layers()).containsExactly("output", "dense1", "conv2", "conv1");
    INDArray before = cnn.network().params().dup();
    NetworkModel random = randomiser.randomise(Set.of("conv1", "output"), 3);
    assertThat(cnn.network().params()).isEqualTo(before);
    double[][] p = random.predict(images.data().select(new int[] {0, 1}).rows());
    double[][] q =
        cnn.model(images.data().schema()).predict(images.data().select(new int[] {0, 1}).rows());
    assertThat(p[0]).isNotEqualTo(q[0]);
    double[][] again =
        randomiser
            .randomise(Set.of("conv1", "output"), 3)
            .predict(images.data().select(new int[] {0, 1}).rows());
    assertThat(again[0]).containsExactly(p[0]);
    assertThatThrownBy(() -> randomiser.randomise(Set.of("pool1"), 1))
        .hasMessageContaining("no layer with parameters named 'pool1'");
  }

  @Test
  void cascadingRandomisationChangesGradientMapsButNotTheControl() {
    NetworkModel model = cnn.model(images.data().schema());
    List<CheckResult> results =
        new RandomisationTest(10, 4)
            .parameterRandomisation(
                List.of(
                    new Saliency(),
                    new GradCam(),
                    new InputMagnitudeExplainer(Background.uniform(images.data()))),
                model,
                new NetworkRandomiser(cnn, images.data().schema()),
                1,
                images.data().select(new int[] {0, 1, 3, 4, 6, 7}),
                EvaluationEngine.defaults());
    String fully = RandomisationTest.PARAMETERS + "/cascading/conv1";
    for (String method : List.of("saliency", "grad-cam")) {
      CheckResult spearman = find(results, method, fully, "spearman-abs");
      assertThat(spearman.value()).as(method).isLessThan(0.5);
      assertThat(spearman.verdict()).as(method).isNotEqualTo(Verdict.FAIL);
    }
    CheckResult control = find(results, "input-magnitude", fully, "spearman-abs");
    assertThat(control.value()).isEqualTo(1.0);
    assertThat(control.verdict()).isEqualTo(Verdict.FAIL);
  }

  private static CheckResult find(
      List<CheckResult> results, String method, String test, String measure) {
    return results.stream()
        .filter(
            r -> r.method().equals(method) && r.test().equals(test) && r.measure().equals(measure))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no " + method + " " + test + " " + measure + " in " + results));
  }
}
