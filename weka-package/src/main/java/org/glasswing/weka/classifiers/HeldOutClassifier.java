package org.glasswing.weka.classifiers;

import java.util.Enumeration;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.weka.SchemeOptions;
import org.glasswing.weka.WekaCommandLine;
import org.glasswing.weka.explain.CatalogueOptionTable;
import weka.classifiers.SingleClassifierEnhancer;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.Option;

/**
 * What Glasswing's meta-classifiers that hold part of the training data out share: the base learner
 * (J48 by default), the held-out share and the seed of the split, strict option reading and a
 * command line that ends with a non-zero exit code on failure. Their settings are catalogue
 * parameters: names, defaults, ranges and tip texts come from each subclass's {@link
 * #optionTable()}.
 */
public abstract class HeldOutClassifier extends SingleClassifierEnhancer {

  private static final long serialVersionUID = 1L;

  private double calibrationFraction;
  private int seed;

  /** Creates the meta-classifier around J48, with the catalogue's split fraction and seed. */
  protected HeldOutClassifier() {
    m_Classifier = new J48();
    calibrationFraction = optionTable().real("calibrationFraction");
    seed = optionTable().integer("seed");
  }

  /**
   * The table of the two settings every subclass has, from its catalogue method.
   *
   * @param method the catalogue method whose {@code calibration-fraction} and {@code seed} they are
   * @param fractionNote what the subclass adds to the fraction's description; empty for nothing
   * @return the table with {@code calibrationFraction} and {@code seed}
   */
  protected static CatalogueOptionTable heldOutOptions(MethodSpec method, String fractionNote) {
    return CatalogueOptionTable.empty()
        .with("calibrationFraction", method, "calibration-fraction", fractionNote)
        .with("seed", method, "seed", "(The seed of the calibration split or of the folds.)");
  }

  /**
   * The scheme's catalogue settings: {@link #heldOutOptions} and its own.
   *
   * @return the table, one per class
   */
  protected abstract CatalogueOptionTable optionTable();

  @Override
  protected String defaultClassifierString() {
    return J48.class.getName();
  }

  /**
   * The share of the training data held out for calibration.
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
    this.calibrationFraction =
        (Double) optionTable().check("calibrationFraction", calibrationFraction);
  }

  /**
   * The seed of the calibration split (or of the folds).
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

  /**
   * The tip text of the calibration fraction, from the catalogue.
   *
   * @return the tip text
   */
  public String calibrationFractionTipText() {
    return optionTable().tipText("calibrationFraction");
  }

  /**
   * The tip text of the seed, from the catalogue.
   *
   * @return the tip text
   */
  public String seedTipText() {
    return optionTable().tipText("seed");
  }

  @Override
  public Enumeration<Option> listOptions() {
    return optionTable().listOptions(super.listOptions());
  }

  @Override
  public String[] getOptions() {
    return optionTable().getOptions(this, super.getOptions());
  }

  /**
   * Checks the training data as both meta-classifiers do (a nominal class with every value present,
   * the base learner's capabilities) and copies it without the instances whose class is missing.
   *
   * @param data the training data
   * @return the instances with a known class
   * @throws Exception naming what does not fit
   */
  protected Instances knownClassData(Instances data) throws Exception {
    String name = getClass().getSimpleName();
    HeldOutPredictions.checkData(data, name);
    HeldOutPredictions.testCapabilities(getCapabilities(), data, m_Classifier, name);
    Instances known = new Instances(data);
    known.deleteWithMissingClass();
    HeldOutPredictions.checkClassesPresent(known, name);
    return known;
  }

  /**
   * Sets the options strictly: a value that cannot be used, a base classifier that cannot be built
   * ({@code -W}, with its options after {@code --}) or an unknown option fails with one message
   * naming it (Weka's default keeps the old value or falls back to J48).
   *
   * @param options the options
   * @throws Exception naming the first bad option
   */
  @Override
  public void setOptions(String[] options) throws Exception {
    optionTable().setOptions(this, options);
    SchemeOptions.setEnhancerOptions(this, options);
  }

  /**
   * Runs the classifier for {@code weka.Run}: as the subclasses' {@code main}, a failure ends with
   * a non-zero exit code and one line on standard error.
   *
   * @param toRun this classifier
   * @param options the command-line options
   */
  @Override
  public void run(Object toRun, String[] options) {
    HeldOutClassifier classifier = WekaCommandLine.scheme(toRun, HeldOutClassifier.class);
    WekaCommandLine.exit(WekaCommandLine.runClassifier(classifier, options, System.err));
  }
}
