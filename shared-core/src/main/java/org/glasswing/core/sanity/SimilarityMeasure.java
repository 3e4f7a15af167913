package org.glasswing.core.sanity;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.gradient.ImageShape;

/**
 * The measures a randomisation test compares explanations with. Each reports a similarity where 1
 * means "unchanged"; the verdict is taken on the similarity above chance (see {@link
 * #aboveChance}).
 */
public enum SimilarityMeasure {
  /** Spearman rank correlation of the absolute attributions. */
  SPEARMAN_ABS("spearman-abs"),
  /** Spearman rank correlation of the signed attributions. */
  SPEARMAN("spearman"),
  /** Share of the top-k features (by absolute attribution) that both explanations share. */
  TOP_K_INTERSECTION("top-k-intersection"),
  /** Cosine similarity of the signed attributions. */
  COSINE("cosine"),
  /**
   * Structural similarity of the absolute attributions drawn as an image (only for image
   * explanations; see {@link Similarity#ssim}).
   */
  SSIM("ssim");

  /**
   * At or above this similarity (above chance) the explanation barely changed although the model
   * did: FAIL.
   */
  public static final double FAIL_FROM = 0.7;

  /** Below this similarity (above chance) the explanation changed clearly: PASS. */
  public static final double PASS_BELOW = 0.4;

  private final String label;

  SimilarityMeasure(String label) {
    this.label = label;
  }

  /**
   * The measure's name as the CSV output spells it.
   *
   * @return such as {@code spearman-abs}
   */
  public String label() {
    return label;
  }

  /**
   * Compares two explanations of the same row.
   *
   * @param a the first attribution vector
   * @param b the second, as long as the first
   * @param k the number of top features, for {@link #TOP_K_INTERSECTION}
   * @return the similarity
   */
  public double compute(double[] a, double[] b, int k) {
    return compute(a, b, k, null);
  }

  /**
   * Compares two explanations of the same row, which may be images.
   *
   * @param a the first attribution vector
   * @param b the second, as long as the first
   * @param k the number of top features, for {@link #TOP_K_INTERSECTION}
   * @param image the image shape for {@link #SSIM}, or {@code null} for tabular rows
   * @return the similarity
   * @throws IllegalArgumentException for {@link #SSIM} without an image shape
   */
  public double compute(double[] a, double[] b, int k, ImageShape image) {
    return switch (this) {
      case SPEARMAN_ABS -> Similarity.spearmanAbsolute(a, b);
      case SPEARMAN -> Similarity.spearman(a, b);
      case TOP_K_INTERSECTION -> Similarity.topKIntersection(a, b, k);
      case COSINE -> Similarity.cosine(a, b);
      case SSIM -> {
        if (image == null) {
          throw new IllegalArgumentException("SSIM compares images; no image shape was given");
        }
        yield Similarity.ssim(a, b, image);
      }
    };
  }

  /**
   * The measures that apply to explanations of some data.
   *
   * @param image the image shape, or {@code null} for tabular rows
   * @return every measure, SSIM only for images
   */
  public static List<SimilarityMeasure> forData(ImageShape image) {
    List<SimilarityMeasure> measures = new ArrayList<>(List.of(values()));
    if (image == null) {
      measures.remove(SSIM);
    }
    return measures;
  }

  /**
   * The similarity rescaled so that 0 is what two unrelated explanations share by chance and 1 is
   * identical: top-k intersection has chance level k/n, the other measures 0.
   *
   * @param value the similarity
   * @param features the number of features n
   * @param k the number of top features
   * @return the similarity above chance
   */
  public double aboveChance(double value, int features, int k) {
    if (this != TOP_K_INTERSECTION) {
      return value;
    }
    double chance = (double) k / features;
    return chance >= 1 ? Double.NaN : (value - chance) / (1 - chance);
  }

  /**
   * The verdict of a randomisation test on a mean similarity.
   *
   * @param value the mean similarity
   * @param features the number of features
   * @param k the number of top features
   * @return FAIL when the explanation barely changed, PASS when it changed clearly
   */
  public Verdict verdict(double value, int features, int k) {
    return Verdict.lowerIsBetter(aboveChance(value, features, k), PASS_BELOW, FAIL_FROM);
  }
}
