package org.glasswing.weka.classifiers;

import org.glasswing.weka.OptionRange;
import org.glasswing.weka.SchemeOptions;
import org.glasswing.weka.WekaCommandLine;
import weka.classifiers.SingleClassifierEnhancer;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.OptionMetadata;

/**
 * What Glasswing's meta-classifiers that hold part of the training data out share: the base learner
 * (J48 by default), the held-out share and the seed of the split, strict option reading and a
 * command line that ends with a non-zero exit code on failure.
 */
public abstract class HeldOutClassifier extends SingleClassifierEnhancer {

  private static final long serialVersionUID = 1L;

  private double calibrationFraction = 0.3;
  private int seed = 1;

  /** Creates the meta-classifier around J48, holding 30% out with seed 1. */
  protected HeldOutClassifier() {
    m_Classifier = new J48();
  }

  @Override
  protected String defaultClassifierString() {
    return J48.class.getName();
  }

  /**
   * The share of the training data held out for calibration.
   *
   * @return the fraction
   */
  @OptionMetadata(
      displayName = "calibration fraction",
      description =
          "The share of the training data held out for calibration (CalibratedClassifier: when"
              + " folds is 0).",
      commandLineParamName = "calibration-fraction",
      commandLineParamSynopsis = "-calibration-fraction <fraction>",
      displayOrder = 10)
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
   * The seed of the calibration split (or of the folds).
   *
   * @return the seed
   */
  @OptionMetadata(
      displayName = "seed",
      description = "The seed of the calibration split (or of the folds).",
      commandLineParamName = "S",
      commandLineParamSynopsis = "-S <seed>",
      displayOrder = 11)
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
