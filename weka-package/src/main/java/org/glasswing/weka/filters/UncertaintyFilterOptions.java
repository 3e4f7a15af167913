package org.glasswing.weka.filters;

import org.glasswing.core.uncertainty.OutOfDistribution;
import org.glasswing.weka.OptionRange;
import weka.core.OptionMetadata;

/**
 * The options of {@link AddUncertainty}: the classifier (or saved model), the conformal settings
 * and the out-of-distribution score. Each setter refuses a value it cannot use with one message
 * naming the option and the fix, and {@link #setOptions} reads the command line strictly.
 */
public abstract class UncertaintyFilterOptions extends ClassifierSourceFilter {

  private static final long serialVersionUID = 1L;

  private boolean conformal = false;
  private double alpha = 0.1;
  private boolean mondrian = false;
  private double calibrationFraction = 0.3;
  private boolean ood = false;
  private int neighbours = OutOfDistribution.DEFAULT_K;
  private int seed = 1;

  /** Creates the options with their defaults: J48, the three probability scores only. */
  protected UncertaintyFilterOptions() {}

  /**
   * Whether conformal set sizes and p-values are added.
   *
   * @return true to add them
   */
  @OptionMetadata(
      displayName = "conformal",
      description =
          "Add the conformal prediction set's size and each class's p-value (the classifier is"
              + " trained on part of the first batch and calibrated on the rest; a saved model"
              + " must be a ConformalClassifier).",
      commandLineParamName = "conformal",
      commandLineParamSynopsis = "-conformal",
      commandLineParamIsFlag = true,
      displayOrder = 3)
  public boolean getConformal() {
    return conformal;
  }

  /**
   * Sets whether conformal columns are added.
   *
   * @param conformal true to add them
   */
  public void setConformal(boolean conformal) {
    this.conformal = conformal;
  }

  /**
   * The conformal miscoverage level.
   *
   * @return alpha
   */
  @OptionMetadata(
      displayName = "alpha",
      description = "The conformal miscoverage level (with -conformal).",
      commandLineParamName = "alpha",
      commandLineParamSynopsis = "-alpha <level>",
      displayOrder = 4)
  public double getAlpha() {
    return alpha;
  }

  /**
   * Sets the conformal miscoverage level.
   *
   * @param alpha in (0, 1)
   */
  public void setAlpha(double alpha) {
    this.alpha = OptionRange.betweenZeroAndOne("alpha", alpha, "the miscoverage level", "0.1");
  }

  /**
   * Whether conformal calibration is per class.
   *
   * @return true for Mondrian
   */
  @OptionMetadata(
      displayName = "Mondrian",
      description = "Calibrate each class on its own instances (with -conformal).",
      commandLineParamName = "mondrian",
      commandLineParamSynopsis = "-mondrian",
      commandLineParamIsFlag = true,
      displayOrder = 5)
  public boolean getMondrian() {
    return mondrian;
  }

  /**
   * Sets Mondrian calibration.
   *
   * @param mondrian true for per-class calibration
   */
  public void setMondrian(boolean mondrian) {
    this.mondrian = mondrian;
  }

  /**
   * The share of the first batch held out for conformal calibration.
   *
   * @return the fraction
   */
  @OptionMetadata(
      displayName = "calibration fraction",
      description = "The share of the first batch held out for calibration (with -conformal).",
      commandLineParamName = "calibration-fraction",
      commandLineParamSynopsis = "-calibration-fraction <fraction>",
      displayOrder = 6)
  public double getCalibrationFraction() {
    return calibrationFraction;
  }

  /**
   * Sets the calibration fraction.
   *
   * @param calibrationFraction in (0, 1)
   */
  public void setCalibrationFraction(double calibrationFraction) {
    this.calibrationFraction =
        OptionRange.betweenZeroAndOne(
            "calibration-fraction", calibrationFraction, "the share held out", "0.3");
  }

  /**
   * Whether the out-of-distribution percentile is added.
   *
   * @return true to add it
   */
  @OptionMetadata(
      displayName = "out-of-distribution",
      description =
          "Add the percentile of each instance's k-NN distance among the first batch's own"
              + " (leave-one-out) k-NN distances.",
      commandLineParamName = "ood",
      commandLineParamSynopsis = "-ood",
      commandLineParamIsFlag = true,
      displayOrder = 7)
  public boolean getOod() {
    return ood;
  }

  /**
   * Sets whether the out-of-distribution percentile is added.
   *
   * @param ood true to add it
   */
  public void setOod(boolean ood) {
    this.ood = ood;
  }

  /**
   * The neighbour whose distance the out-of-distribution score uses.
   *
   * @return k
   */
  @OptionMetadata(
      displayName = "neighbours",
      description = "k: the out-of-distribution score uses the distance to the k-th nearest.",
      commandLineParamName = "K",
      commandLineParamSynopsis = "-K <k>",
      displayOrder = 8)
  public int getNeighbours() {
    return neighbours;
  }

  /**
   * Sets k.
   *
   * @param neighbours from 1 to the first batch's size minus 1
   */
  public void setNeighbours(int neighbours) {
    this.neighbours = OptionRange.atLeast("K", neighbours, 1, "the k-th nearest neighbour", 5);
  }

  /**
   * The seed of the calibration split.
   *
   * @return the seed
   */
  @OptionMetadata(
      displayName = "seed",
      description = "The seed of the conformal calibration split.",
      commandLineParamName = "S",
      commandLineParamSynopsis = "-S <seed>",
      displayOrder = 9)
  public int getSeed() {
    return seed;
  }

  /**
   * Sets the seed.
   *
   * @param seed the seed
   */
  public void setSeed(int seed) {
    this.seed = seed;
  }
}
