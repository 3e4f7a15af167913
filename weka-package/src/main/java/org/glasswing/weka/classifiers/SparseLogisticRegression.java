package org.glasswing.weka.classifiers;

import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.glassbox.SparseLogistic;
import org.glasswing.core.glassbox.SparseLogisticModel;
import org.glasswing.weka.WekaData;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;

/**
 * Sparse logistic regression with a regularisation path (lasso or elastic net, Friedman, Hastie and
 * Tibshirani 2010): inputs standardised and nominal attributes one-hot, the path fitted by cyclic
 * coordinate descent from the penalty that keeps no input down a log-spaced sequence, the penalty
 * chosen by stratified cross-validated deviance (least, or the sparser one-standard-error rule),
 * and each input's stability-selection frequency over half-samples (Meinshausen and Buehlmann
 * 2010). Two classes get one path; more get one per class against the rest, normalised. The
 * settings are the catalogue's {@code sparse-logistic} method's. Missing values count as the
 * training mean.
 */
public class SparseLogisticRegression extends SparseLogisticOptions
    implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  private SavedSparseLogistic saved;
  private transient SparseLogisticModel model;

  /** Creates the classifier with the catalogue's defaults. */
  public SparseLogisticRegression() {}

  /**
   * The text of the GUI's About box.
   *
   * @return the description
   */
  public String globalInfo() {
    return "Sparse logistic regression with a regularisation path (lasso or elastic net): fits the"
        + " model at a sequence of penalties by coordinate descent, chooses one by cross-validated"
        + " deviance, and reports which inputs it keeps, their coefficients, and how often each is"
        + " kept on random halves of the data (stability selection). Read like any linear model:"
        + " each kept input adds its coefficient times its value to the log-odds.\n\n"
        + "For more information see:\n"
        + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation t = new TechnicalInformation(TechnicalInformation.Type.ARTICLE);
    t.setValue(
        TechnicalInformation.Field.AUTHOR, "Jerome Friedman and Trevor Hastie and Rob Tibshirani");
    t.setValue(
        TechnicalInformation.Field.TITLE,
        "Regularization paths for generalized linear models via coordinate descent");
    t.setValue(TechnicalInformation.Field.JOURNAL, "Journal of Statistical Software");
    t.setValue(TechnicalInformation.Field.VOLUME, "33");
    t.setValue(TechnicalInformation.Field.NUMBER, "1");
    t.setValue(TechnicalInformation.Field.YEAR, "2010");
    TechnicalInformation stability = t.add(TechnicalInformation.Type.ARTICLE);
    stability.setValue(
        TechnicalInformation.Field.AUTHOR, "Nicolai Meinshausen and Peter Buehlmann");
    stability.setValue(TechnicalInformation.Field.TITLE, "Stability selection");
    stability.setValue(
        TechnicalInformation.Field.JOURNAL, "Journal of the Royal Statistical Society B");
    stability.setValue(TechnicalInformation.Field.VOLUME, "72");
    stability.setValue(TechnicalInformation.Field.YEAR, "2010");
    return t;
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities c = super.getCapabilities();
    c.disableAll();
    c.enable(Capabilities.Capability.NOMINAL_ATTRIBUTES);
    c.enable(Capabilities.Capability.NUMERIC_ATTRIBUTES);
    c.enable(Capabilities.Capability.MISSING_VALUES);
    c.enable(Capabilities.Capability.NOMINAL_CLASS);
    c.enable(Capabilities.Capability.BINARY_CLASS);
    c.enable(Capabilities.Capability.MISSING_CLASS_VALUES);
    c.setMinimumNumberInstances(2);
    return c;
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    getCapabilities().testWithFail(data);
    Instances train = new Instances(data);
    train.deleteWithMissingClass();
    try {
      model =
          SparseLogistic.train(
              WekaData.dataset(train),
              settings(),
              ProgressListener.NONE,
              CancellationToken.ofCallingThread());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("SparseLogisticRegression: " + e.getMessage(), e);
    }
    saved = SavedSparseLogistic.of(model, new Instances(train, 0));
  }

  /**
   * The trained model, as the core reads it: its design, paths and choices.
   *
   * @return the model
   * @throws IllegalStateException if the classifier is not trained
   */
  public SparseLogisticModel sparseModel() {
    if (model == null) {
      if (saved == null) {
        throw new IllegalStateException("the sparse logistic regression is not trained yet");
      }
      model = saved.restore();
    }
    return model;
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    return sparseModel().predict(new double[][] {instance.toDoubleArray()})[0];
  }

  @Override
  public String toString() {
    if (saved == null) {
      return "SparseLogisticRegression: not trained";
    }
    return PathSummary.describe(sparseModel());
  }

  /**
   * Runs the classifier from the command line.
   *
   * @param args Weka's options
   */
  public static void main(String[] args) {
    org.glasswing.weka.WekaCommandLine.exit(
        org.glasswing.weka.WekaCommandLine.runClassifier(
            new SparseLogisticRegression(), args, System.err));
  }
}
