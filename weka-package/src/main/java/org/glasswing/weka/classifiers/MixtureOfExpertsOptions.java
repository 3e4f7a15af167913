package org.glasswing.weka.classifiers;

import java.util.Enumeration;
import org.glasswing.core.glassbox.ExpertMixture;
import org.glasswing.core.methods.Family;
import org.glasswing.weka.explain.CatalogueOptionTable;
import weka.classifiers.AbstractClassifier;
import weka.core.Option;

/**
 * The settings of {@link MixtureOfExperts} as Weka options and bean properties, each the
 * catalogue's {@code mixture-of-experts} parameter of the same name, with its default, range and
 * description.
 */
public abstract class MixtureOfExpertsOptions extends AbstractClassifier {

  private static final long serialVersionUID = 1L;

  private static final CatalogueOptionTable OPTIONS = options();

  private int experts = OPTIONS.integer("experts");
  private double penalty = OPTIONS.real("penalty");
  private int iterations = OPTIONS.integer("iterations");
  private int seed = OPTIONS.integer("seed");

  /** Creates the settings with the catalogue's defaults. */
  protected MixtureOfExpertsOptions() {}

  private static CatalogueOptionTable options() {
    var spec = CatalogueOptionTable.spec(Family.GLASSBOX, "mixture-of-experts");
    return CatalogueOptionTable.empty()
        .with("experts", spec, "experts")
        .with("penalty", spec, "penalty")
        .with("iterations", spec, "iterations")
        .with("seed", spec, "seed");
  }

  /**
   * The settings as the core trainer takes them.
   *
   * @return the settings
   */
  protected ExpertMixture.Settings settings() {
    return new ExpertMixture.Settings(experts, penalty, iterations, seed);
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
   * @return the number of experts
   */
  public int getExperts() {
    return experts;
  }

  /**
   * @param v the number of experts
   */
  public void setExperts(int v) {
    experts = (Integer) OPTIONS.check("experts", v);
  }

  /**
   * @return the tip text
   */
  public String expertsTipText() {
    return OPTIONS.tipText("experts");
  }

  /**
   * @return the L1 penalty
   */
  public double getPenalty() {
    return penalty;
  }

  /**
   * @param v the L1 penalty
   */
  public void setPenalty(double v) {
    penalty = (Double) OPTIONS.check("penalty", v);
  }

  /**
   * @return the tip text
   */
  public String penaltyTipText() {
    return OPTIONS.tipText("penalty");
  }

  /**
   * @return the most EM iterations
   */
  public int getIterations() {
    return iterations;
  }

  /**
   * @param v the most EM iterations
   */
  public void setIterations(int v) {
    iterations = (Integer) OPTIONS.check("iterations", v);
  }

  /**
   * @return the tip text
   */
  public String iterationsTipText() {
    return OPTIONS.tipText("iterations");
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
