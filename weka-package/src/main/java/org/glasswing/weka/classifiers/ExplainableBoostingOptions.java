package org.glasswing.weka.classifiers;

import java.util.Enumeration;
import org.glasswing.core.glassbox.ExplainableBoosting;
import org.glasswing.core.methods.Family;
import org.glasswing.weka.explain.CatalogueOptionTable;
import weka.classifiers.AbstractClassifier;
import weka.core.Option;

/**
 * The settings of {@link ExplainableBoostingMachine} as Weka options and bean properties, each the
 * catalogue's {@code explainable-boosting} parameter of the same name, with its default, range and
 * description.
 */
public abstract class ExplainableBoostingOptions extends AbstractClassifier {

  private static final long serialVersionUID = 1L;

  private static final CatalogueOptionTable OPTIONS = options();

  private int rounds = OPTIONS.integer("rounds");
  private double learningRate = OPTIONS.real("learningRate");
  private int maxLeaves = OPTIONS.integer("maxLeaves");
  private int bins = OPTIONS.integer("bins");
  private int interactionBins = OPTIONS.integer("interactionBins");
  private int interactions = OPTIONS.integer("interactions");
  private int bags = OPTIONS.integer("bags");
  private double validationFraction = OPTIONS.real("validationFraction");
  private int patience = OPTIONS.integer("patience");
  private int minLeaf = OPTIONS.integer("minLeaf");
  private int seed = OPTIONS.integer("seed");

  /** Creates the settings with the catalogue's defaults. */
  protected ExplainableBoostingOptions() {}

  private static CatalogueOptionTable options() {
    var spec = CatalogueOptionTable.spec(Family.GLASSBOX, "explainable-boosting");
    return CatalogueOptionTable.empty()
        .with("rounds", spec, "rounds")
        .with("learningRate", spec, "learning-rate")
        .with("maxLeaves", spec, "max-leaves")
        .with("bins", spec, "bins")
        .with("interactionBins", spec, "interaction-bins")
        .with("interactions", spec, "interactions")
        .with("bags", spec, "bags")
        .with("validationFraction", spec, "validation-fraction")
        .with("patience", spec, "patience")
        .with("minLeaf", spec, "min-leaf")
        .with("seed", spec, "seed");
  }

  /**
   * The settings as the core trainer takes them.
   *
   * @return the settings
   */
  protected ExplainableBoosting.Settings settings() {
    return new ExplainableBoosting.Settings(
        rounds,
        learningRate,
        maxLeaves,
        bins,
        interactionBins,
        interactions,
        bags,
        validationFraction,
        patience,
        minLeaf,
        seed);
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

  // Bean properties, read and set by the option table and the GUI.

  /**
   * @return the most boosting rounds
   */
  public int getRounds() {
    return rounds;
  }

  /**
   * @param v the most boosting rounds
   */
  public void setRounds(int v) {
    rounds = (Integer) OPTIONS.check("rounds", v);
  }

  /**
   * @return the tip text
   */
  public String roundsTipText() {
    return OPTIONS.tipText("rounds");
  }

  /**
   * @return the learning rate
   */
  public double getLearningRate() {
    return learningRate;
  }

  /**
   * @param v the learning rate
   */
  public void setLearningRate(double v) {
    learningRate = (Double) OPTIONS.check("learningRate", v);
  }

  /**
   * @return the tip text
   */
  public String learningRateTipText() {
    return OPTIONS.tipText("learningRate");
  }

  /**
   * @return the leaves per tree
   */
  public int getMaxLeaves() {
    return maxLeaves;
  }

  /**
   * @param v the leaves per tree
   */
  public void setMaxLeaves(int v) {
    maxLeaves = (Integer) OPTIONS.check("maxLeaves", v);
  }

  /**
   * @return the tip text
   */
  public String maxLeavesTipText() {
    return OPTIONS.tipText("maxLeaves");
  }

  /**
   * @return the bins of a numeric attribute
   */
  public int getBins() {
    return bins;
  }

  /**
   * @param v the bins of a numeric attribute
   */
  public void setBins(int v) {
    bins = (Integer) OPTIONS.check("bins", v);
  }

  /**
   * @return the tip text
   */
  public String binsTipText() {
    return OPTIONS.tipText("bins");
  }

  /**
   * @return the bins in a pair
   */
  public int getInteractionBins() {
    return interactionBins;
  }

  /**
   * @param v the bins in a pair
   */
  public void setInteractionBins(int v) {
    interactionBins = (Integer) OPTIONS.check("interactionBins", v);
  }

  /**
   * @return the tip text
   */
  public String interactionBinsTipText() {
    return OPTIONS.tipText("interactionBins");
  }

  /**
   * @return the most pair terms
   */
  public int getInteractions() {
    return interactions;
  }

  /**
   * @param v the most pair terms
   */
  public void setInteractions(int v) {
    interactions = (Integer) OPTIONS.check("interactions", v);
  }

  /**
   * @return the tip text
   */
  public String interactionsTipText() {
    return OPTIONS.tipText("interactions");
  }

  /**
   * @return the bags
   */
  public int getBags() {
    return bags;
  }

  /**
   * @param v the bags
   */
  public void setBags(int v) {
    bags = (Integer) OPTIONS.check("bags", v);
  }

  /**
   * @return the tip text
   */
  public String bagsTipText() {
    return OPTIONS.tipText("bags");
  }

  /**
   * @return each bag's validation share
   */
  public double getValidationFraction() {
    return validationFraction;
  }

  /**
   * @param v each bag's validation share
   */
  public void setValidationFraction(double v) {
    validationFraction = (Double) OPTIONS.check("validationFraction", v);
  }

  /**
   * @return the tip text
   */
  public String validationFractionTipText() {
    return OPTIONS.tipText("validationFraction");
  }

  /**
   * @return the patience
   */
  public int getPatience() {
    return patience;
  }

  /**
   * @param v the patience
   */
  public void setPatience(int v) {
    patience = (Integer) OPTIONS.check("patience", v);
  }

  /**
   * @return the tip text
   */
  public String patienceTipText() {
    return OPTIONS.tipText("patience");
  }

  /**
   * @return the fewest rows in a leaf
   */
  public int getMinLeaf() {
    return minLeaf;
  }

  /**
   * @param v the fewest rows in a leaf
   */
  public void setMinLeaf(int v) {
    minLeaf = (Integer) OPTIONS.check("minLeaf", v);
  }

  /**
   * @return the tip text
   */
  public String minLeafTipText() {
    return OPTIONS.tipText("minLeaf");
  }

  /**
   * @return the seed
   */
  public int getSeed() {
    return seed;
  }

  /**
   * @param v the seed
   */
  public void setSeed(int v) {
    seed = v;
  }

  /**
   * @return the tip text
   */
  public String seedTipText() {
    return OPTIONS.tipText("seed");
  }
}
