package org.glasswing.weka.classifiers;

import java.util.Arrays;
import org.glasswing.core.methods.Family;
import org.glasswing.core.uncertainty.CalibrationMap;
import org.glasswing.weka.OptionRange;
import org.glasswing.weka.Training;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaCommandLine;
import org.glasswing.weka.WekaValidation;
import org.glasswing.weka.explain.CatalogueOptionTable;
import weka.classifiers.Classifier;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.WekaException;

/**
 * Recalibrates the class probabilities of any base learner with Platt scaling, isotonic regression
 * or temperature scaling, fitted on predictions of instances the base learner did not learn from:
 * an internal calibration split (default, 30% of the training data held out), or K-fold
 * cross-validation (the base learner is then retrained on all the data). {@link
 * #distributionForInstance} returns the calibrated probabilities; the predicted class can change
 * only where the calibrator changes the order of the classes.
 */
public class CalibratedClassifier extends HeldOutClassifier implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  private static final CatalogueOptionTable OPTIONS = options();

  /** The calibrator (the field keeps its old name, so that saved models load). */
  private CalibrationMethod method = CalibrationMethod.of(OPTIONS.choice("calibrator"));

  private int folds = OPTIONS.integer("folds");

  private HeldOutPredictions calibrationPredictions;
  private transient CalibrationMap map;

  /** Creates the classifier with the catalogue's defaults around J48. */
  public CalibratedClassifier() {}

  private static CatalogueOptionTable options() {
    var recalibration = CatalogueOptionTable.spec(Family.UNCERTAINTY, "recalibration");
    return heldOutOptions(recalibration, "(When -folds is 0.)")
        .with("calibrator", recalibration, "calibrator")
        .with("folds", recalibration, "folds");
  }

  @Override
  protected CatalogueOptionTable optionTable() {
    return OPTIONS;
  }

  /**
   * The text of the GUI's About box.
   *
   * @return the description
   */
  public String globalInfo() {
    return "Recalibrates the class probabilities of a base classifier with Platt scaling, isotonic"
        + " regression or temperature scaling. The calibrator is fitted on predictions of"
        + " instances the base classifier did not learn from: a held-out part of the training data"
        + " (folds = 0) or K-fold cross-validation (folds >= 2, the base classifier is then"
        + " retrained on all the data).\n\nFor more information see:\n"
        + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation platt = new TechnicalInformation(TechnicalInformation.Type.INCOLLECTION);
    platt.setValue(TechnicalInformation.Field.AUTHOR, "John C. Platt");
    platt.setValue(
        TechnicalInformation.Field.TITLE,
        "Probabilistic outputs for support vector machines and comparisons to regularized"
            + " likelihood methods");
    platt.setValue(TechnicalInformation.Field.BOOKTITLE, "Advances in Large Margin Classifiers");
    platt.setValue(TechnicalInformation.Field.YEAR, "1999");
    platt.setValue(TechnicalInformation.Field.PAGES, "61-74");
    TechnicalInformation isotonic = platt.add(TechnicalInformation.Type.INPROCEEDINGS);
    isotonic.setValue(TechnicalInformation.Field.AUTHOR, "Bianca Zadrozny and Charles Elkan");
    isotonic.setValue(
        TechnicalInformation.Field.TITLE,
        "Transforming classifier scores into accurate multiclass probability estimates");
    isotonic.setValue(TechnicalInformation.Field.BOOKTITLE, "KDD 2002");
    isotonic.setValue(TechnicalInformation.Field.PAGES, "694-699");
    isotonic.setValue(TechnicalInformation.Field.YEAR, "2002");
    TechnicalInformation temperature = platt.add(TechnicalInformation.Type.INPROCEEDINGS);
    temperature.setValue(
        TechnicalInformation.Field.AUTHOR,
        "Chuan Guo and Geoff Pleiss and Yu Sun and Kilian Q. Weinberger");
    temperature.setValue(
        TechnicalInformation.Field.TITLE, "On Calibration of Modern Neural Networks");
    temperature.setValue(TechnicalInformation.Field.BOOKTITLE, "ICML 2017");
    temperature.setValue(TechnicalInformation.Field.PAGES, "1321-1330");
    temperature.setValue(TechnicalInformation.Field.YEAR, "2017");
    return platt;
  }

  /**
   * The calibrator.
   *
   * @return the method
   */
  public CalibrationMethod getCalibrator() {
    return method;
  }

  /**
   * Sets the calibrator.
   *
   * @param calibrator the calibrator
   */
  public void setCalibrator(CalibrationMethod calibrator) {
    this.method = OptionRange.given("calibrator", calibrator, OPTIONS.choice("calibrator"));
  }

  /**
   * The tip text of the calibrator, from the catalogue.
   *
   * @return the tip text
   */
  public String calibratorTipText() {
    return OPTIONS.tipText("calibrator");
  }

  /**
   * The number of cross-validation folds the calibration predictions come from; 0 for a split.
   *
   * @return the folds
   */
  public int getFolds() {
    return folds;
  }

  /**
   * Sets the folds.
   *
   * @param folds 0, or from 2 to the number of instances
   */
  public void setFolds(int folds) {
    this.folds = OptionRange.zeroOrFolds("folds", (Integer) OPTIONS.check("folds", folds));
  }

  /**
   * The tip text of the folds, from the catalogue.
   *
   * @return the tip text
   */
  public String foldsTipText() {
    return OPTIONS.tipText("folds");
  }

  @Override
  public Capabilities getCapabilities() {
    return HeldOutPredictions.limit(super.getCapabilities());
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    Instances known = knownClassData(data);
    map = null;
    Classifier[] trained = new Classifier[1];
    if (folds == 0) {
      calibrationPredictions =
          HeldOutPredictions.split(
              m_Classifier, known, getCalibrationFraction(), getSeed(), c -> trained[0] = c);
    } else {
      calibrationPredictions =
          HeldOutPredictions.crossValidate(m_Classifier, known, folds, getSeed());
      try {
        trained[0] = Training.train(m_Classifier, known, "all the data");
      } catch (UserInputException e) {
        throw new WekaException(e.getMessage(), e);
      }
    }
    fit();
    m_Classifier = trained[0];
  }

  private CalibrationMap fit() throws WekaException {
    if (map == null) {
      if (calibrationPredictions == null) {
        throw new WekaException("CalibratedClassifier has not been built");
      }
      try {
        map = method.calibrator().fit(calibrationPredictions.toCore());
      } catch (IllegalArgumentException e) {
        throw new WekaException("cannot calibrate: " + e.getMessage(), e);
      }
    }
    return map;
  }

  /**
   * The base classifier's own probabilities, before calibration.
   *
   * @param instance the instance
   * @return the uncalibrated distribution
   * @throws Exception if the base classifier fails
   */
  public double[] uncalibratedDistribution(Instance instance) throws Exception {
    return m_Classifier.distributionForInstance(instance);
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    double[] p = uncalibratedDistribution(instance);
    double sum = Arrays.stream(p).sum();
    if (!(sum > 0)) {
      return p; // the base classifier abstains; so does the calibrated one
    }
    return fit().apply(p);
  }

  @Override
  public String toString() {
    if (calibrationPredictions == null) {
      return "CalibratedClassifier: no model built yet.";
    }
    StringBuilder text = new StringBuilder();
    text.append("CalibratedClassifier\n\n");
    text.append("Calibration: ").append(method).append('\n');
    text.append("Calibrated on: ")
        .append(calibrationPredictions.actual().length)
        .append(
            folds == 0
                ? " held-out instances (fraction "
                    + getCalibrationFraction()
                    + ", seed "
                    + getSeed()
                    + ")"
                : " out-of-fold predictions ("
                    + folds
                    + "-fold cross-validation, seed "
                    + getSeed()
                    + ")")
        .append('\n');
    text.append("Base classifier: ").append(WekaValidation.describe(m_Classifier)).append("\n\n");
    text.append(m_Classifier.toString());
    return text.toString();
  }

  /**
   * Runs the classifier from the command line.
   *
   * @param args the options, such as {@code -t data.arff -method isotonic}
   */
  public static void main(String[] args) {
    WekaCommandLine.exit(
        WekaCommandLine.runClassifier(new CalibratedClassifier(), args, System.err));
  }
}
