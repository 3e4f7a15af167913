package org.glasswing.weka.sanity;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.glasswing.core.model.Model;
import org.glasswing.core.sanity.ParameterRandomiser;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaModel;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.functions.Logistic;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.NominalToBinary;
import weka.filters.unsupervised.attribute.RemoveUseless;
import weka.filters.unsupervised.attribute.ReplaceMissingValues;

/**
 * Parameter randomisation of Weka's {@link Logistic}, through its public {@link
 * Logistic#coefficients()}: the model has one layer, {@value #LAYER}, the weights of every
 * attribute for every class. As a network's layer is re-initialised, the weights are re-drawn
 * independently of the trained ones on the standardised scale: weight j of a class becomes z / sd
 * <sub>j</sub> with z normal, mean 0 and standard deviation the root mean square of the trained
 * standardised weights β<sub>j</sub>·sd<sub>j</sub> of that class, where sd<sub>j</sub> is the
 * standard deviation of Logistic's j-th input on the reference rows. Logistic's inputs are its
 * filtered attributes (missing values replaced, constant attributes removed, nominal ones made
 * binary), so the reference rows are passed through the same public Weka filters; if the result
 * does not line up with the coefficients the randomiser refuses. The intercept is moved so that the
 * randomised logit at the reference mean equals the trained one. The trained model is deep-copied
 * first and never changed.
 */
public final class LogisticRandomiser implements ParameterRandomiser {

  /** The name of the model's only layer. */
  public static final String LAYER = "coefficients";

  private final WekaModel model;
  private final double[] means;
  private final double[] sds;

  private LogisticRandomiser(WekaModel model, Instances reference) {
    this.model = model;
    Instances inputs;
    try {
      Instances data = new Instances(reference);
      data.deleteWithMissingClass();
      Filter missing = new ReplaceMissingValues();
      missing.setInputFormat(data);
      data = Filter.useFilter(data, missing);
      Filter useless = new RemoveUseless();
      useless.setInputFormat(data);
      data = Filter.useFilter(data, useless);
      Filter binary = new NominalToBinary();
      binary.setInputFormat(data);
      inputs = Filter.useFilter(data, binary);
    } catch (Exception e) {
      throw new IllegalStateException("cannot filter the reference rows as Logistic does", e);
    }
    int rows = ((Logistic) model.classifier()).coefficients().length;
    if (inputs.numAttributes() != rows) {
      throw new UserInputException(
          "cannot line up Logistic's "
              + (rows - 1)
              + " weights with the "
              + (inputs.numAttributes() - 1)
              + " filtered attributes of the reference rows; train the model on them");
    }
    means = new double[rows];
    sds = new double[rows];
    int next = 1;
    for (int a = 0; a < inputs.numAttributes(); a++) {
      if (a != inputs.classIndex()) {
        means[next] = inputs.meanOrMode(a);
        sds[next] = Math.sqrt(inputs.variance(a));
        next++;
      }
    }
  }

  /**
   * Whether a classifier's parameters can be randomised here.
   *
   * @param classifier the trained classifier
   * @return true for Weka's {@link Logistic}
   */
  public static boolean supports(Classifier classifier) {
    return classifier instanceof Logistic;
  }

  /**
   * The randomiser for a model, if its parameters can be reached.
   *
   * @param model the trained model
   * @param reference the rows the model was trained on (or rows like them), with the class set
   * @return the randomiser
   * @throws UserInputException naming the classifier when it offers no parameters to randomise
   */
  public static ParameterRandomiser forModel(WekaModel model, Instances reference) {
    Classifier classifier = model.classifier();
    if (supports(classifier)) {
      return new LogisticRandomiser(model, reference);
    }
    throw new UserInputException(
        classifier.getClass().getName()
            + " offers no parameters to randomise through Weka's public API, so the"
            + " parameter-randomization test cannot run on it; it supports "
            + Logistic.class.getName()
            + " and org.glasswing.deep.DeepNetClassifier (use data-randomization for any"
            + " classifier)");
  }

  @Override
  public List<String> layers() {
    return List.of(LAYER);
  }

  @Override
  public Model randomise(Set<String> layers, long seed) {
    if (!layers.equals(Set.of(LAYER))) {
      throw new IllegalArgumentException(
          "Logistic has the one layer '" + LAYER + "', got " + layers);
    }
    Logistic copy;
    try {
      copy = (Logistic) AbstractClassifier.makeCopy(model.classifier());
    } catch (Exception e) {
      throw new IllegalStateException("cannot copy the Logistic model: " + e.getMessage(), e);
    }
    double[][] coefficients = copy.coefficients(); // the copy's own array: rows = 1 + inputs
    SplittableRandom random = new SplittableRandom(seed);
    for (int c = 0; c < coefficients[0].length; c++) {
      double squares = 0;
      int count = 0;
      for (int row = 1; row < coefficients.length; row++) {
        if (sds[row] > 0) {
          squares += Math.pow(coefficients[row][c] * sds[row], 2);
          count++;
        }
      }
      double scale = count > 0 ? Math.sqrt(squares / count) : 0;
      for (int row = 1; row < coefficients.length; row++) {
        double trained = coefficients[row][c];
        double drawn = sds[row] > 0 ? scale * random.nextGaussian() / sds[row] : 0;
        coefficients[row][c] = drawn;
        coefficients[0][c] += (trained - drawn) * means[row];
      }
    }
    return new WekaModel(copy, model.header());
  }
}
