package org.glasswing.weka.filters;

import java.util.Enumeration;
import org.glasswing.core.methods.Family;
import org.glasswing.weka.explain.CatalogueOptionTable;
import weka.core.Option;
import weka.core.OptionMetadata;

/**
 * The options of {@link AddUncertainty}: the classifier (or saved model), the conformal settings
 * and the out-of-distribution score. Each setter refuses a value it cannot use with one message
 * naming the option and the fix, and {@link #setOptions} reads the command line strictly. The
 * conformal and out-of-distribution settings are the catalogue's ({@code conformal} and {@code
 * ood}): their names, defaults, ranges and tip texts come from there.
 */
public abstract class UncertaintyFilterOptions extends ClassifierSourceFilter {

  private static final long serialVersionUID = 1L;

  private boolean conformal = false;
  private static final CatalogueOptionTable OPTIONS = options();

  private double alpha = OPTIONS.real("alpha");
  private boolean mondrian = false;
  private double calibrationFraction = OPTIONS.real("calibrationFraction");
  private boolean ood = false;
  private int neighbours = OPTIONS.integer("neighbours");
  private int seed = OPTIONS.integer("seed");

  /** Creates the options with their defaults: J48, the three probability scores only. */
  protected UncertaintyFilterOptions() {}

  private static CatalogueOptionTable options() {
    var conformal = CatalogueOptionTable.spec(Family.UNCERTAINTY, "conformal");
    var ood = CatalogueOptionTable.spec(Family.UNCERTAINTY, "ood");
    return CatalogueOptionTable.empty()
        .with("alpha", conformal, "alpha", "(With -conformal.)")
        .with("mondrian", conformal, "mondrian", "(With -conformal.)")
        .with(
            "calibrationFraction",
            conformal,
            "calibration-fraction",
            "(With -conformal: the share of the first batch.)")
        .with("neighbours", ood, "neighbours", "(With -ood.)", "K")
        .with("seed", conformal, "seed", "(The seed of the conformal calibration split.)");
  }

  @Override
  public Enumeration<Option> listOptions() {
    return OPTIONS.listOptions(super.listOptions());
  }

  @Override
  public String[] getOptions() {
    return OPTIONS.getOptions(this, super.getOptions());
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    OPTIONS.setOptions(this, options);
    super.setOptions(options);
  }

  /**
   * The tip text of alpha, from the catalogue.
   *
   * @return the tip text
   */
  public String alphaTipText() {
    return OPTIONS.tipText("alpha");
  }

  /**
   * The tip text of Mondrian calibration, from the catalogue.
   *
   * @return the tip text
   */
  public String mondrianTipText() {
    return OPTIONS.tipText("mondrian");
  }

  /**
   * The tip text of the calibration fraction, from the catalogue.
   *
   * @return the tip text
   */
  public String calibrationFractionTipText() {
    return OPTIONS.tipText("calibrationFraction");
  }

  /**
   * The tip text of the neighbours, from the catalogue.
   *
   * @return the tip text
   */
  public String neighboursTipText() {
    return OPTIONS.tipText("neighbours");
  }

  /**
   * The tip text of the seed, from the catalogue.
   *
   * @return the tip text
   */
  public String seedTipText() {
    return OPTIONS.tipText("seed");
  }

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
  public double getAlpha() {
    return alpha;
  }

  /**
   * Sets the conformal miscoverage level.
   *
   * @param alpha in (0, 1)
   */
  public void setAlpha(double alpha) {
    this.alpha = (Double) OPTIONS.check("alpha", alpha);
  }

  /**
   * Whether conformal calibration is per class.
   *
   * @return true for Mondrian
   */
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
  public double getCalibrationFraction() {
    return calibrationFraction;
  }

  /**
   * Sets the calibration fraction.
   *
   * @param calibrationFraction in (0, 1)
   */
  public void setCalibrationFraction(double calibrationFraction) {
    this.calibrationFraction = (Double) OPTIONS.check("calibrationFraction", calibrationFraction);
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
  public int getNeighbours() {
    return neighbours;
  }

  /**
   * Sets k.
   *
   * @param neighbours from 1 to the first batch's size minus 1
   */
  public void setNeighbours(int neighbours) {
    this.neighbours = (Integer) OPTIONS.check("neighbours", neighbours);
  }

  /**
   * The seed of the calibration split.
   *
   * @return the seed
   */
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
