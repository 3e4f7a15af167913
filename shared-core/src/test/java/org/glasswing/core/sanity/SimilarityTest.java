package org.glasswing.core.sanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SimilarityTest {

  @Test
  void spearmanOfAMonotoneTransformIsOneAndOfTheReverseMinusOne() {
    double[] a = {0.1, 5, -2, 3};
    assertThat(Similarity.spearman(a, new double[] {0.001, 125, -8, 27})).isEqualTo(1.0);
    assertThat(Similarity.spearman(a, new double[] {-0.1, -5, 2, -3})).isEqualTo(-1.0);
  }

  @Test
  void spearmanUsesAverageRanksForTies() {
    // ranks a = (1, 2.5, 2.5, 4), b = (1, 2, 3, 4): Pearson of those by hand.
    double[] a = {1, 2, 2, 3};
    double[] b = {1, 2, 3, 4};
    double ra2 = 2.25 + 0 + 0 + 2.25; // deviations from 2.5
    double rb2 = 2.25 + 0.25 + 0.25 + 2.25;
    double cross = 2.25 + 0 + 0 + 2.25;
    assertThat(Similarity.spearman(a, b)).isCloseTo(cross / Math.sqrt(ra2 * rb2), within(1e-12));
  }

  @Test
  void absoluteSpearmanIgnoresSigns() {
    assertThat(Similarity.spearmanAbsolute(new double[] {1, -2, 3}, new double[] {-1, 2, -3}))
        .isEqualTo(1.0);
    assertThat(Similarity.spearman(new double[] {1, -2, 3}, new double[] {-1, 2, -3}))
        .isEqualTo(-1.0);
  }

  @Test
  void constantVectorsFollowTheStatedConventions() {
    double[] zero = {0, 0, 0};
    double[] varying = {1, 2, 3};
    assertThat(Similarity.spearman(zero, zero)).isEqualTo(1.0);
    assertThat(Similarity.spearman(zero, varying)).isEqualTo(0.0);
    assertThat(Similarity.cosine(zero, zero)).isEqualTo(1.0);
    assertThat(Similarity.cosine(zero, varying)).isEqualTo(0.0);
  }

  @Test
  void cosineOfOrthogonalAndParallelVectors() {
    assertThat(Similarity.cosine(new double[] {1, 0}, new double[] {0, 2})).isEqualTo(0.0);
    assertThat(Similarity.cosine(new double[] {1, 2}, new double[] {2, 4}))
        .isCloseTo(1.0, within(1e-15));
    assertThat(Similarity.cosine(new double[] {3, 4}, new double[] {4, 3}))
        .isCloseTo(24.0 / 25, within(1e-15));
  }

  @Test
  void topKRanksByAbsoluteValueWithTiesToTheLowerIndex() {
    double[] a = {0.5, -3, 2, 2, 0};
    assertThat(Similarity.topK(a, 3)).containsExactly(1, 2, 3);
    double[] b = {4, 0, 2, 0, -3};
    // top-3 of a {1,2,3}, of b {0,4,2}: one shared
    assertThat(Similarity.topKIntersection(a, b, 3)).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(Similarity.topKJaccard(a, b, 3)).isCloseTo(1.0 / 5, within(1e-15));
    assertThat(Similarity.topKJaccard(a, a, 3)).isEqualTo(1.0);
  }

  @Test
  void topKLargerThanTheFeaturesIsRefused() {
    assertThatThrownBy(() -> Similarity.topKIntersection(new double[2], new double[2], 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("top-k must be between 1 and the number of features (2), got 3");
    assertThatThrownBy(() -> Similarity.cosine(new double[2], new double[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void topKVerdictIsTakenAboveChance() {
    // 5 of 20 features: chance 0.25; 0.25 observed is no similarity at all.
    assertThat(SimilarityMeasure.TOP_K_INTERSECTION.aboveChance(0.25, 20, 5)).isEqualTo(0.0);
    assertThat(SimilarityMeasure.TOP_K_INTERSECTION.verdict(0.25, 20, 5)).isEqualTo(Verdict.PASS);
    assertThat(SimilarityMeasure.TOP_K_INTERSECTION.verdict(1.0, 20, 5)).isEqualTo(Verdict.FAIL);
    assertThat(SimilarityMeasure.SPEARMAN.verdict(0.5, 20, 5)).isEqualTo(Verdict.WARN);
    assertThat(SimilarityMeasure.SPEARMAN.verdict(-0.3, 20, 5)).isEqualTo(Verdict.PASS);
  }

  @Test
  void ssimIsOneForTheSameMapWhateverItsSignAndScaleAndLowForAnUnrelatedOne() {
    org.glasswing.core.gradient.ImageShape shape =
        new org.glasswing.core.gradient.ImageShape(12, 12, 1);
    double[] blob = new double[144];
    double[] elsewhere = new double[144];
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    double[] noise = new double[144];
    for (int y = 0; y < 12; y++) {
      for (int x = 0; x < 12; x++) {
        blob[shape.index(y, x, 0)] = Math.exp(-((y - 3) * (y - 3) + (x - 3) * (x - 3)) / 4.0);
        elsewhere[shape.index(y, x, 0)] = Math.exp(-((y - 9) * (y - 9) + (x - 8) * (x - 8)) / 4.0);
        noise[shape.index(y, x, 0)] = random.nextDouble();
      }
    }
    double[] scaledNegative = new double[144];
    for (int i = 0; i < 144; i++) {
      scaledNegative[i] = -5 * blob[i];
    }
    assertThat(Similarity.ssim(blob, blob, shape)).isCloseTo(1, within(1e-12));
    assertThat(Similarity.ssim(blob, scaledNegative, shape)).isCloseTo(1, within(1e-12));
    assertThat(Similarity.ssim(blob, elsewhere, shape)).isLessThan(0.5);
    assertThat(Similarity.ssim(blob, noise, shape)).isLessThan(0.5);
    assertThat(Similarity.ssim(new double[144], new double[144], shape)).isEqualTo(1);
    assertThat(SimilarityMeasure.forData(null)).doesNotContain(SimilarityMeasure.SSIM);
    assertThat(SimilarityMeasure.forData(shape)).contains(SimilarityMeasure.SSIM);
    assertThatThrownBy(() -> SimilarityMeasure.SSIM.compute(blob, blob, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("image shape");
  }
}
