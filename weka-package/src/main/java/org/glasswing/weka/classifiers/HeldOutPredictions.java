package org.glasswing.weka.classifiers;

import java.io.Serializable;
import java.util.List;
import org.glasswing.core.resample.Resampling;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.Training;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaSplits;
import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.Instances;
import weka.core.WekaException;

/**
 * Class-probability predictions of rows a classifier did not learn from, kept in a serializable
 * form so a meta-classifier can refit its (deterministic) calibration after being read from a
 * {@code .model} file, and the checks every Glasswing meta-classifier makes on its data.
 *
 * @param labels the class labels
 * @param probabilities one probability vector per row
 * @param actual the actual class index of each row
 */
public record HeldOutPredictions(List<String> labels, double[][] probabilities, int[] actual)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Copies the labels.
   *
   * @param labels the labels
   * @param probabilities the vectors
   * @param actual the classes
   */
  public HeldOutPredictions {
    labels = List.copyOf(labels);
  }

  /**
   * The predictions as the core reads them.
   *
   * @return the predictions
   */
  public ClassPredictions toCore() {
    return new ClassPredictions(labels, probabilities, actual);
  }

  /**
   * Splits the data at random with the core's {@link Resampling#holdout} (not stratified; {@code
   * round(fraction * n)} rows held out, both parts in input order), trains a copy of the classifier
   * on the proper training part and predicts the held-out rows.
   *
   * @param template the untrained classifier (not changed)
   * @param data the data, class set, rows with a missing class already removed
   * @param fraction the share of rows held out, in (0, 1)
   * @param seed the seed of the shuffle
   * @param trained receives the classifier trained on the first part
   * @return the held-out predictions
   * @throws WekaException if a part would be empty, or the classifier cannot be trained or gives no
   *     probabilities
   */
  public static HeldOutPredictions split(
      Classifier template,
      Instances data,
      double fraction,
      long seed,
      java.util.function.Consumer<Classifier> trained)
      throws WekaException {
    if (!(fraction > 0 && fraction < 1)) {
      throw new WekaException(
          "the calibration fraction must be between 0 and 1 (exclusive), got " + fraction);
    }
    int held = Resampling.heldOutSize(data.numInstances(), fraction);
    int proper = data.numInstances() - held;
    if (held < 1 || proper < 1) {
      throw new WekaException(
          "cannot split "
              + data.numInstances()
              + " instances into a training and a calibration part with -calibration-fraction "
              + fraction
              + ": a part would be empty; give more instances or a fraction nearer 0.5");
    }
    Instances[] parts =
        WekaSplits.holdout(data, Resampling.holdout(data.numInstances(), fraction, seed));
    Instances train = parts[0];
    Instances calibration = parts[1];
    try {
      Classifier model = Training.train(template, train, "the proper training part");
      trained.accept(model);
      CrossValidatedPredictions predicted =
          CrossValidatedPredictions.holdOut(model, train, calibration);
      return of(predicted, template);
    } catch (UserInputException | IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
  }

  /**
   * Cross-validates the classifier as Weka does ({@code Evaluation.crossValidateModel} with {@code
   * new Random(seed)}): every row is predicted by a model that did not learn from it.
   *
   * @param template the untrained classifier (not changed)
   * @param data the data, class set, rows with a missing class already removed
   * @param folds the number of folds
   * @param seed the seed
   * @return the out-of-fold predictions
   * @throws WekaException if the folds are out of range, or the classifier cannot be trained or
   *     gives no probabilities
   */
  public static HeldOutPredictions crossValidate(
      Classifier template, Instances data, int folds, long seed) throws WekaException {
    try {
      CrossValidatedPredictions predicted =
          CrossValidatedPredictions.crossValidate(
              template,
              data,
              folds,
              seed,
              org.glasswing.core.engine.ProgressListener.NONE,
              org.glasswing.core.engine.CancellationToken.ofCallingThread());
      return of(predicted, template);
    } catch (UserInputException | IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
  }

  private static HeldOutPredictions of(CrossValidatedPredictions predicted, Classifier template)
      throws WekaException {
    ClassPredictions core = predicted.classPredictions();
    double[][] p = core.probabilities();
    requireProbabilities(p, template);
    return new HeldOutPredictions(core.labels(), p, core.actual());
  }

  /**
   * Refuses predictions that are all 0/1 vectors: the classifier then gives hard decisions only.
   *
   * @param probabilities the predictions
   * @param classifier the classifier, for the message
   * @throws WekaException if every vector is a 0/1 vector
   */
  public static void requireProbabilities(double[][] probabilities, Classifier classifier)
      throws WekaException {
    for (double[] p : probabilities) {
      for (double v : p) {
        if (v > 0 && v < 1) {
          return;
        }
      }
    }
    throw new WekaException(
        classifier.getClass().getName()
            + " gives only 0/1 class distributions on held-out instances, not probabilities;"
            + " choose a classifier that outputs probabilities (such as NaiveBayes, Logistic or"
            + " RandomForest)");
  }

  /**
   * Checks that data can be used by a meta-classifier that needs class probabilities: a nominal
   * class with at least two values, numeric and nominal attributes only.
   *
   * @param data the data
   * @param who the scheme's name, for messages
   * @throws WekaException naming the problem
   */
  public static void checkData(Instances data, String who) throws WekaException {
    if (data.classIndex() < 0) {
      throw new WekaException(
          who
              + " needs a class attribute, but none is set; set one with -c (such as -c last) or"
              + " in the Explorer's class box");
    }
    Attribute classAttribute = data.classAttribute();
    if (!classAttribute.isNominal()) {
      throw new WekaException(
          who
              + " needs a nominal class (class probabilities), but '"
              + classAttribute.name()
              + "' is "
              + Attribute.typeToString(classAttribute)
              + "; choose a nominal class, or turn this one into classes first with the filter"
              + " NumericToNominal or Discretize (weka.filters.unsupervised.attribute)");
    }
    if (classAttribute.numValues() < 2) {
      throw new WekaException(
          "the class attribute '"
              + classAttribute.name()
              + "' has "
              + (classAttribute.numValues() == 0 ? "no values" : "a single value")
              + "; "
              + who
              + " needs at least two classes");
    }
    for (int a = 0; a < data.numAttributes(); a++) {
      Attribute attribute = data.attribute(a);
      if (!attribute.isNumeric() && !attribute.isNominal()) {
        throw new WekaException(
            "attribute '"
                + attribute.name()
                + "' is a "
                + Attribute.typeToString(attribute)
                + " attribute; Glasswing handles numeric and nominal attributes only");
      }
    }
  }

  /**
   * Tests the data against a meta-classifier's capabilities (its base learner's, limited), naming
   * the base learner when it cannot handle the data.
   *
   * @param capabilities the meta-classifier's capabilities
   * @param data the training data
   * @param base the base learner
   * @param who the scheme's name, for messages
   * @throws WekaException if the data does not fit
   */
  public static void testCapabilities(
      Capabilities capabilities, Instances data, Classifier base, String who) throws WekaException {
    try {
      capabilities.testWithFail(data);
    } catch (Exception e) {
      String reason = e.getMessage() == null ? "" : e.getMessage();
      reason = reason.substring(reason.indexOf(':') + 1).strip();
      throw new WekaException(
          who
              + " with the base classifier "
              + base.getClass().getName()
              + ": "
              + reason
              + " Choose a base classifier (-W) that handles this data, or change the data");
    }
  }

  /**
   * Checks that the rows with a known class hold at least two classes: calibration and conformal
   * prediction compare the classes' probabilities, which one class does not allow.
   *
   * @param known the training rows, those with a missing class removed
   * @param who the scheme's name, for messages
   * @throws WekaException if fewer than two classes occur
   */
  public static void checkClassesPresent(Instances known, String who) throws WekaException {
    int[] counts = new int[known.numClasses()];
    int present = 0;
    for (int r = 0; r < known.numInstances(); r++) {
      if (counts[(int) known.instance(r).classValue()]++ == 0) {
        present++;
      }
    }
    if (present < 2) {
      throw new WekaException(
          who
              + " needs training instances of at least two classes, but "
              + (present == 0
                  ? "there are no instances with a known class"
                  : "all "
                      + known.numInstances()
                      + " have the class '"
                      + known.classAttribute().value(firstPresent(counts))
                      + "'")
              + "; give data with instances of two or more classes");
    }
  }

  private static int firstPresent(int[] counts) {
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] > 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * The capabilities of a meta-classifier over a base learner: the base learner's, limited to a
   * nominal class and numeric or nominal attributes.
   *
   * @param base the base learner's capabilities
   * @return the limited capabilities
   */
  static Capabilities limit(Capabilities base) {
    base.disable(Capabilities.Capability.STRING_ATTRIBUTES);
    base.disable(Capabilities.Capability.DATE_ATTRIBUTES);
    base.disable(Capabilities.Capability.RELATIONAL_ATTRIBUTES);
    base.disable(Capabilities.Capability.NUMERIC_CLASS);
    base.disable(Capabilities.Capability.DATE_CLASS);
    base.disable(Capabilities.Capability.STRING_CLASS);
    base.disable(Capabilities.Capability.RELATIONAL_CLASS);
    base.disable(Capabilities.Capability.NO_CLASS);
    base.enable(Capabilities.Capability.MISSING_CLASS_VALUES);
    return base;
  }
}
