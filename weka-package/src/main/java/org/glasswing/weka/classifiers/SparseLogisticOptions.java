package org.glasswing.weka.classifiers;

import java.util.Enumeration;
import org.glasswing.core.glassbox.SparseLogistic;
import org.glasswing.core.methods.Family;
import org.glasswing.weka.OptionRange;
import org.glasswing.weka.explain.CatalogueOptionTable;
import weka.classifiers.AbstractClassifier;
import weka.core.Option;

/**
 * The settings of {@link SparseLogisticRegression} as Weka options and bean properties, each the
 * catalogue's {@code sparse-logistic} parameter of the same name, with its default, range and
 * description.
 */
public abstract class SparseLogisticOptions extends AbstractClassifier {

  private static final long serialVersionUID = 1L;

  private static final CatalogueOptionTable OPTIONS = options();

  private double alpha = OPTIONS.real("alpha");
  private int pathLength = OPTIONS.integer("pathLength");
  private double minRatio = OPTIONS.real("minRatio");
  private int cvFolds = OPTIONS.integer("cvFolds");
  private PathRule rule = PathRule.of(OPTIONS.choice("rule"));
  private int stabilityRuns = OPTIONS.integer("stabilityRuns");
  private int seed = OPTIONS.integer("seed");

  /** Creates the settings with the catalogue's defaults. */
  protected SparseLogisticOptions() {}

  private static CatalogueOptionTable options() {
    var spec = CatalogueOptionTable.spec(Family.GLASSBOX, "sparse-logistic");
    return CatalogueOptionTable.empty()
        .with("alpha", spec, "alpha")
        .with("pathLength", spec, "path-length")
        .with("minRatio", spec, "min-ratio")
        .with("cvFolds", spec, "cv-folds")
        .with("rule", spec, "rule")
        .with("stabilityRuns", spec, "stability-runs")
        .with("seed", spec, "seed");
  }

  /**
   * The settings as the core trainer takes them.
   *
   * @return the settings
   */
  protected SparseLogistic.Settings settings() {
    return new SparseLogistic.Settings(
        alpha, pathLength, minRatio, cvFolds, rule.oneStandardError(), stabilityRuns, seed);
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
   * @return the elastic-net mixing
   */
  public double getAlpha() {
    return alpha;
  }

  /**
   * @param v the elastic-net mixing
   */
  public void setAlpha(double v) {
    alpha = (Double) OPTIONS.check("alpha", v);
  }

  /**
   * @return the tip text
   */
  public String alphaTipText() {
    return OPTIONS.tipText("alpha");
  }

  /**
   * @return the penalties on the path
   */
  public int getPathLength() {
    return pathLength;
  }

  /**
   * @param v the penalties on the path
   */
  public void setPathLength(int v) {
    pathLength = (Integer) OPTIONS.check("pathLength", v);
  }

  /**
   * @return the tip text
   */
  public String pathLengthTipText() {
    return OPTIONS.tipText("pathLength");
  }

  /**
   * @return the smallest penalty's share of the largest
   */
  public double getMinRatio() {
    return minRatio;
  }

  /**
   * @param v the smallest penalty's share of the largest
   */
  public void setMinRatio(double v) {
    minRatio = (Double) OPTIONS.check("minRatio", v);
  }

  /**
   * @return the tip text
   */
  public String minRatioTipText() {
    return OPTIONS.tipText("minRatio");
  }

  /**
   * @return the cross-validation folds
   */
  public int getCvFolds() {
    return cvFolds;
  }

  /**
   * @param v the cross-validation folds
   */
  public void setCvFolds(int v) {
    cvFolds = (Integer) OPTIONS.check("cvFolds", v);
  }

  /**
   * @return the tip text
   */
  public String cvFoldsTipText() {
    return OPTIONS.tipText("cvFolds");
  }

  /**
   * @return the choice rule
   */
  public PathRule getRule() {
    return rule;
  }

  /**
   * @param v the choice rule
   */
  public void setRule(PathRule v) {
    rule = OptionRange.given("rule", v, OPTIONS.choice("rule"));
  }

  /**
   * @return the tip text
   */
  public String ruleTipText() {
    return OPTIONS.tipText("rule");
  }

  /**
   * @return the half-samples of stability selection
   */
  public int getStabilityRuns() {
    return stabilityRuns;
  }

  /**
   * @param v the half-samples of stability selection
   */
  public void setStabilityRuns(int v) {
    stabilityRuns = (Integer) OPTIONS.check("stabilityRuns", v);
  }

  /**
   * @return the tip text
   */
  public String stabilityRunsTipText() {
    return OPTIONS.tipText("stabilityRuns");
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
