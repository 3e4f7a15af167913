package org.glasswing.weka.classifiers;

import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.glassbox.ExpertMixture;
import org.glasswing.core.glassbox.ExpertMixtureModel;
import org.glasswing.weka.WekaData;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;

/**
 * A mixture of sparse linear experts with a softmax gate (Jacobs et al. 1991, Jordan and Jacobs
 * 1994), trained by generalised EM from a seeded k-means++ start: the gate shares each row among
 * the experts, each expert is an L1-penalised linear softmax model of the class, and the prediction
 * is the gate-weighted mean of the experts. Each expert reads like a logistic regression of its own
 * region; {@link #owner(Instance)} says which expert owns a row. Inputs are standardised and
 * nominal attributes one-hot; a missing value counts as the training mean. The settings are the
 * catalogue's {@code mixture-of-experts} method's.
 */
public class MixtureOfExperts extends MixtureOfExpertsOptions
    implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  private SavedExpertMixture saved;
  private int[] owned;
  private transient ExpertMixtureModel model;

  /** Creates the classifier with the catalogue's defaults. */
  public MixtureOfExperts() {}

  /**
   * The text of the GUI's About box.
   *
   * @return the description
   */
  public String globalInfo() {
    return "Mixture of experts: a softmax gate sends each row to one of a few sparse linear"
        + " (logistic) experts, each fitted to its own region of the data by EM with an L1"
        + " penalty. Read it as a handful of logistic regressions and a rule for which one applies"
        + " to a row.\n\nFor more information see:\n"
        + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation t = new TechnicalInformation(TechnicalInformation.Type.ARTICLE);
    t.setValue(
        TechnicalInformation.Field.AUTHOR,
        "Robert A. Jacobs and Michael I. Jordan and Steven J. Nowlan and Geoffrey E. Hinton");
    t.setValue(TechnicalInformation.Field.TITLE, "Adaptive mixtures of local experts");
    t.setValue(TechnicalInformation.Field.JOURNAL, "Neural Computation");
    t.setValue(TechnicalInformation.Field.VOLUME, "3");
    t.setValue(TechnicalInformation.Field.YEAR, "1991");
    TechnicalInformation em = t.add(TechnicalInformation.Type.ARTICLE);
    em.setValue(TechnicalInformation.Field.AUTHOR, "Michael I. Jordan and Robert A. Jacobs");
    em.setValue(
        TechnicalInformation.Field.TITLE, "Hierarchical mixtures of experts and the EM algorithm");
    em.setValue(TechnicalInformation.Field.JOURNAL, "Neural Computation");
    em.setValue(TechnicalInformation.Field.VOLUME, "6");
    em.setValue(TechnicalInformation.Field.YEAR, "1994");
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
          ExpertMixture.train(
              WekaData.dataset(train),
              settings(),
              ProgressListener.NONE,
              CancellationToken.ofCallingThread());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("MixtureOfExperts: " + e.getMessage(), e);
    }
    owned = new int[model.numExperts()];
    for (int r = 0; r < train.numInstances(); r++) {
      owned[model.owner(train.instance(r).toDoubleArray())]++;
    }
    saved = SavedExpertMixture.of(model, new Instances(train, 0));
  }

  /**
   * The trained model, as the core reads it: gate, experts and design.
   *
   * @return the model
   * @throws IllegalStateException if the classifier is not trained
   */
  public ExpertMixtureModel mixtureModel() {
    if (model == null) {
      if (saved == null) {
        throw new IllegalStateException("the mixture of experts is not trained yet");
      }
      model = saved.restore();
    }
    return model;
  }

  /**
   * The expert that owns a row: the one the gate gives the most weight.
   *
   * @param instance the row
   * @return the expert, from 0
   */
  public int owner(Instance instance) {
    return mixtureModel().owner(instance.toDoubleArray());
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    return mixtureModel().predict(new double[][] {instance.toDoubleArray()})[0];
  }

  @Override
  public String toString() {
    if (saved == null) {
      return "MixtureOfExperts: not trained";
    }
    return ExpertSummary.describe(mixtureModel(), owned);
  }

  /**
   * Runs the classifier from the command line.
   *
   * @param args Weka's options
   */
  public static void main(String[] args) {
    org.glasswing.weka.WekaCommandLine.exit(
        org.glasswing.weka.WekaCommandLine.runClassifier(new MixtureOfExperts(), args, System.err));
  }
}
