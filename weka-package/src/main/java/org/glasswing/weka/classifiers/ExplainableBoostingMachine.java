package org.glasswing.weka.classifiers;

import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.glassbox.AdditiveModel;
import org.glasswing.core.glassbox.ExplainableBoosting;
import org.glasswing.weka.WekaData;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;

/**
 * An explainable boosting machine (EBM) as a Weka classifier and regressor: a sum of one shape
 * function per attribute and per strong pair of attributes, learnt by cyclic gradient boosting of
 * shallow per-attribute trees over binned values, averaged over bags (Lou et al. 2012, 2013; the
 * EBM of InterpretML). Nominal attributes get one bin per label, missing values a bin of their own;
 * training is deterministic for a seed. Its explanation is exact: an attribute's contribution is
 * its shape function's value (plus half of each pair term it is in), and without pair terms these
 * are the exact Shapley values of the model's score (log-odds or value). The settings are the
 * catalogue's {@code explainable-boosting} method's.
 */
public class ExplainableBoostingMachine extends ExplainableBoostingOptions
    implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  private SavedAdditiveModel saved;
  private transient AdditiveModel model;

  /** Creates the classifier with the catalogue's defaults. */
  public ExplainableBoostingMachine() {}

  /**
   * The text of the GUI's About box.
   *
   * @return the description
   */
  public String globalInfo() {
    return "Explainable boosting machine (EBM): a generalised additive model with pairwise"
        + " interactions, one shape function per attribute (and per strong pair) learnt by cyclic"
        + " gradient boosting of shallow trees, averaged over bags. As accurate as many black"
        + " boxes on tabular data, and read directly: each attribute's contribution to a"
        + " prediction is the value of its shape function.\n\nFor more information see:\n"
        + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation t = new TechnicalInformation(TechnicalInformation.Type.INPROCEEDINGS);
    t.setValue(TechnicalInformation.Field.AUTHOR, "Yin Lou and Rich Caruana and Johannes Gehrke");
    t.setValue(
        TechnicalInformation.Field.TITLE, "Intelligible models for classification and regression");
    t.setValue(TechnicalInformation.Field.BOOKTITLE, "KDD");
    t.setValue(TechnicalInformation.Field.YEAR, "2012");
    TechnicalInformation pairs = t.add(TechnicalInformation.Type.INPROCEEDINGS);
    pairs.setValue(
        TechnicalInformation.Field.AUTHOR,
        "Yin Lou and Rich Caruana and Johannes Gehrke and Giles Hooker");
    pairs.setValue(
        TechnicalInformation.Field.TITLE,
        "Accurate intelligible models with pairwise interactions");
    pairs.setValue(TechnicalInformation.Field.BOOKTITLE, "KDD");
    pairs.setValue(TechnicalInformation.Field.YEAR, "2013");
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
    c.enable(Capabilities.Capability.NUMERIC_CLASS);
    c.enable(Capabilities.Capability.MISSING_CLASS_VALUES);
    c.setMinimumNumberInstances(2);
    return c;
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    getCapabilities().testWithFail(data);
    Instances train = new Instances(data);
    train.deleteWithMissingClass();
    model =
        ExplainableBoosting.train(
            WekaData.dataset(train),
            settings(),
            ProgressListener.NONE,
            CancellationToken.ofCallingThread());
    saved = SavedAdditiveModel.of(model, new Instances(train, 0));
  }

  /**
   * The trained model, as the core reads it: its terms, bins and exact contributions.
   *
   * @return the model
   * @throws IllegalStateException if the classifier is not trained
   */
  public AdditiveModel additiveModel() {
    if (model == null) {
      if (saved == null) {
        throw new IllegalStateException("the explainable boosting machine is not trained yet");
      }
      model = saved.restore();
    }
    return model;
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    return additiveModel().predict(new double[][] {instance.toDoubleArray()})[0];
  }

  @Override
  public String toString() {
    if (saved == null) {
      return "ExplainableBoostingMachine: not trained";
    }
    return ShapeSummary.describe(additiveModel(), saved.header());
  }

  /**
   * Runs the classifier from the command line.
   *
   * @param args Weka's options
   */
  public static void main(String[] args) {
    org.glasswing.weka.WekaCommandLine.exit(
        org.glasswing.weka.WekaCommandLine.runClassifier(
            new ExplainableBoostingMachine(), args, System.err));
  }
}
