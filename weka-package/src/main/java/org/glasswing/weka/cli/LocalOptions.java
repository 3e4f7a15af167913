package org.glasswing.weka.cli;

import org.glasswing.core.lime.Lime;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/**
 * The options of {@code glasswing explain --method lime|occlusion}: LIME's sampling, kernel and
 * surrogate size, occlusion's feature groups, and {@code --text} for documents. Mixed into {@link
 * ExplainCommand}; {@link LocalExplain} reads them.
 */
public final class LocalOptions {

  @Option(
      names = "--samples",
      paramLabel = "N",
      defaultValue = "" + Lime.DEFAULT_SAMPLES,
      description =
          "lime: perturbed samples per explained row, the row itself included; smoothgrad: noisy"
              + " copies per row (default 50).")
  private int samples;

  @Option(
      names = "--lime-mode",
      paramLabel = "quartile|continuous",
      defaultValue = "quartile",
      description =
          "lime only: quartile discretises numeric attributes at the training quartiles (as LIME"
              + " does by default); continuous samples them from a normal and standardises them.")
  private String limeMode;

  @Option(
      names = "--kernel-width",
      paramLabel = "W",
      description =
          "lime only: width of the exponential kernel on the distance to the row. Default:"
              + " 0.75 * sqrt(number of attributes); 25 with --text (on 100 * cosine distance).")
  private Double kernelWidth;

  @Option(
      names = "--max-features",
      paramLabel = "K",
      description =
          "lime only: the most attributes (or words) the local linear surrogate may use, chosen"
              + " by forward selection. Default: 10, or every attribute when there are fewer.")
  private Integer maxFeatures;

  @Option(
      names = "--groups",
      paramLabel = "a,b;c,d",
      defaultValue = "",
      showDefaultValue = Visibility.NEVER,
      description =
          "occlusion only: attributes occluded together, groups separated by ';' and attributes"
              + " by ','; the other attributes stay on their own.")
  private String groups;

  @Option(
      names = "--text",
      description =
          "lime and occlusion: explain documents. The data must hold one string attribute and"
              + " the class; the players are the words of each document (one output line per"
              + " distinct word).")
  private boolean text;

  /** Creates the options with their defaults; picocli fills them in. */
  public LocalOptions() {}

  /**
   * The number of LIME samples per row.
   *
   * @return at least 1 when valid
   */
  public int samples() {
    return samples;
  }

  /**
   * The LIME mode as written.
   *
   * @return {@code quartile} or {@code continuous} when valid
   */
  public String limeMode() {
    return limeMode;
  }

  /**
   * The kernel width.
   *
   * @return the width, or {@code NaN} for the default
   */
  public double kernelWidth() {
    return kernelWidth == null ? Double.NaN : kernelWidth;
  }

  /**
   * The largest surrogate, when given.
   *
   * @param features the number of features (attributes besides the class), for the default
   * @return K
   */
  public int maxFeatures(int features) {
    return maxFeatures != null ? maxFeatures : Math.min(Lime.DEFAULT_MAX_FEATURES, features);
  }

  /**
   * The largest surrogate for text, where the word count varies by document.
   *
   * @return K as given, or the default 10
   */
  public int maxWords() {
    return maxFeatures != null ? maxFeatures : Lime.DEFAULT_MAX_FEATURES;
  }

  /**
   * The occlusion groups.
   *
   * @return the groups as written; empty for none
   */
  public String groups() {
    return groups;
  }

  /**
   * Whether to explain documents.
   *
   * @return true with {@code --text}
   */
  public boolean text() {
    return text;
  }
}
