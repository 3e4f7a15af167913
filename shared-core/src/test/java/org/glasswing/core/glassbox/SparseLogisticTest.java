package org.glasswing.core.glassbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.junit.jupiter.api.Test;

/** The sparse logistic trainer on data whose support is known. */
class SparseLogisticTest {

  /** Ten numeric inputs, of which x1, x2 and x3 drive the class; plus a nominal noise input. */
  static Dataset sparse(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Feature> features = new ArrayList<>();
    for (int j = 0; j < 10; j++) {
      features.add(Feature.numeric("x" + (j + 1)));
    }
    features.add(Feature.nominal("colour", List.of("red", "green", "blue")));
    features.add(Feature.nominal("class", List.of("no", "yes")));
    double[][] rows = new double[n][];
    for (int r = 0; r < n; r++) {
      double[] row = new double[12];
      for (int j = 0; j < 10; j++) {
        row[j] = random.nextGaussian();
      }
      row[10] = random.nextInt(3);
      double eta = 1.5 * row[0] - 1.5 * row[1] + 1.0 * row[2];
      row[11] = random.nextDouble() < ElasticNetLogistic.sigmoid(eta) ? 1 : 0;
      rows[r] = row;
    }
    return new Dataset(new Schema(features, 11), rows);
  }

  private static SparseLogisticModel train(Dataset data, SparseLogistic.Settings s) {
    return SparseLogistic.train(data, s, ProgressListener.NONE, CancellationToken.NONE);
  }

  private static List<String> support(SparseLogisticModel model, ClassPath path, int step) {
    List<String> kept = new ArrayList<>();
    double[] b = path.path().beta(step);
    for (int j = 0; j < b.length; j++) {
      if (b[j] != 0) {
        kept.add(model.design().name(j));
      }
    }
    return kept;
  }

  @Test
  void crossValidationPicksTheTrueSupport() {
    SparseLogisticModel model = train(sparse(600, 7), SparseLogistic.Settings.defaults(1));
    ClassPath path = model.paths().get(0);
    assertThat(support(model, path, path.chosen())).containsExactly("x1", "x2", "x3");
    assertThat(path.choice().oneStandardError()).isLessThanOrEqualTo(path.choice().minimum());
    assertThat(support(model, path, path.choice().minimum())).contains("x1", "x2", "x3");
    double[] b = model.originalBeta(path, path.chosen());
    assertThat(b[0]).isPositive();
    assertThat(b[1]).isNegative();
    assertThat(b[2]).isPositive();
  }

  @Test
  void stabilitySelectionKeepsTheTrueInputsOnEveryHalf() {
    SparseLogisticModel model = train(sparse(400, 9), SparseLogistic.Settings.defaults(2));
    ClassPath path = model.paths().get(0);
    assertThat(path.hasStability()).isTrue();
    double noise = 0;
    for (int j = 0; j < model.design().size(); j++) {
      if (j < 3) {
        assertThat(path.maxFrequency(j)).isEqualTo(1.0);
      } else {
        noise += path.maxFrequency(j);
      }
    }
    // At the path's small end every column enters, so what separates signal from noise is the
    // frequency at the chosen penalty: near 1 for the true inputs, rare on average for the rest
    // (one noise input correlated with the class in this sample is kept by most halves).
    double[] chosen = path.stability()[path.chosen()];
    double mean = 0;
    for (int j = 0; j < chosen.length; j++) {
      if (j < 3) {
        assertThat(chosen[j]).isGreaterThanOrEqualTo(0.95);
      } else {
        mean += chosen[j] / (chosen.length - 3);
      }
    }
    assertThat(mean).isLessThan(0.2);
    assertThat(noise / (model.design().size() - 3)).isGreaterThan(mean);
  }

  @Test
  void theOriginalScaleGivesTheSameScores() {
    Dataset data = sparse(300, 4);
    SparseLogisticModel model = train(data, SparseLogistic.Settings.defaults(1));
    ClassPath path = model.paths().get(0);
    int step = path.path().steps() - 1;
    double[] b = model.originalBeta(path, step);
    double b0 = model.originalIntercept(path, step);
    for (int r = 0; r < 20; r++) {
      double[] row = data.row(r);
      double eta = b0;
      for (int j = 0; j < b.length; j++) {
        int label = model.design().label(j);
        double v = row[model.design().source(j)];
        eta += b[j] * (label < 0 ? v : (v == label ? 1 : 0));
      }
      assertThat(eta).isCloseTo(path.path().score(step, model.design().encode(row)), within(1e-9));
    }
  }

  @Test
  void threeClassesGetOnePathEachAndProbabilitiesSumToOne() {
    SplittableRandom random = new SplittableRandom(3);
    List<Feature> features =
        List.of(
            Feature.numeric("a"),
            Feature.numeric("b"),
            Feature.nominal("class", List.of("left", "middle", "right")));
    double[][] rows = new double[300][];
    for (int r = 0; r < rows.length; r++) {
      double a = random.nextGaussian();
      rows[r] = new double[] {a, random.nextGaussian(), a < -0.5 ? 0 : a < 0.5 ? 1 : 2};
    }
    Dataset data = new Dataset(new Schema(features, 2), rows);
    SparseLogisticModel model =
        train(data, new SparseLogistic.Settings(1, 30, 1e-3, 5, false, 0, 1));
    assertThat(model.paths()).extracting(ClassPath::label).containsExactly(0, 1, 2);
    double[][] p = model.predict(data.rows());
    int right = 0;
    for (int r = 0; r < rows.length; r++) {
      assertThat(p[r][0] + p[r][1] + p[r][2]).isCloseTo(1, within(1e-12));
      int best = p[r][0] >= p[r][1] && p[r][0] >= p[r][2] ? 0 : p[r][1] >= p[r][2] ? 1 : 2;
      right += best == rows[r][2] ? 1 : 0;
    }
    // The middle class is not linearly separable from the rest, so one-against-rest loses some.
    assertThat(right / 300.0).isGreaterThan(0.7);
    assertThat(model.paths().get(0).hasStability()).isFalse();
  }

  @Test
  void aTwoLabelInputGetsOneIndicatorAndAThreeLabelOneThree() {
    List<Feature> f =
        List.of(
            Feature.nominal("smoker", List.of("no", "yes")),
            Feature.nominal("colour", List.of("red", "green", "blue")),
            Feature.numeric("age"),
            Feature.nominal("class", List.of("a", "b")));
    Dataset d =
        new Dataset(
            new Schema(f, 3),
            new double[][] {{0, 0, 30, 0}, {1, 1, 40, 1}, {1, 2, Double.NaN, 0}, {0, 1, 50, 1}});
    StandardDesign design = StandardDesign.fit(d);
    assertThat(java.util.stream.IntStream.range(0, design.size()).mapToObj(design::name))
        .containsExactly("smoker=yes", "colour=red", "colour=green", "colour=blue", "age");
    // A missing value is the mean: 0 after standardising.
    assertThat(design.encode(d.row(2))[4]).isZero();
    assertThat(design.encode(d.row(1))[0]).isCloseTo(1, within(1e-12));
  }

  @Test
  void theSameSeedGivesTheSameModel() {
    Dataset data = sparse(200, 5);
    SparseLogistic.Settings s = new SparseLogistic.Settings(0.7, 20, 1e-2, 4, true, 5, 8);
    SparseLogisticModel a = train(data, s);
    SparseLogisticModel b = train(data, s);
    assertThat(a.paths().get(0).chosen()).isEqualTo(b.paths().get(0).chosen());
    assertThat(a.paths().get(0).choice().mean()).containsExactly(b.paths().get(0).choice().mean());
    assertThat(a.paths().get(0).stability()).isDeepEqualTo(b.paths().get(0).stability());
  }

  @Test
  void badInputIsNamed() {
    Dataset data = sparse(30, 5);
    assertThatThrownBy(() -> new SparseLogistic.Settings(1.5, 20, 1e-2, 4, true, 5, 8))
        .hasMessageContaining("alpha");
    assertThatThrownBy(() -> train(data, new SparseLogistic.Settings(1, 20, 1e-2, 29, true, 0, 8)))
        .hasMessageContaining("fewer than the 29 folds");
    Dataset numeric =
        new Dataset(
            new Schema(List.of(Feature.numeric("a"), Feature.numeric("y")), 1),
            new double[][] {{1, 2}, {2, 3}});
    assertThatThrownBy(() -> train(numeric, SparseLogistic.Settings.defaults(1)))
        .hasMessageContaining("nominal class");
  }
}
