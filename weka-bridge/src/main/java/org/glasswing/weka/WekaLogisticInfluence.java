package org.glasswing.weka;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.influence.LogisticInfluence;
import org.glasswing.core.influence.RidgeLogistic;
import weka.classifiers.Classifier;
import weka.classifiers.functions.Logistic;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.NominalToBinary;
import weka.filters.unsupervised.attribute.RemoveUseless;
import weka.filters.unsupervised.attribute.ReplaceMissingValues;

/**
 * The influence of training rows on a trained Weka {@link Logistic}. The training data goes through
 * the same public filters, in the same order, that {@code Logistic} applies inside ({@code
 * ReplaceMissingValues}, {@code RemoveUseless}, {@code NominalToBinary}), so the design matrix is
 * Weka's; the core {@link RidgeLogistic} then refines Weka's own coefficients ({@link
 * Logistic#coefficients()}) to the exact optimum of the same objective with Weka's ridge, and
 * {@link LogisticInfluence} does the rest. How far the refined model's probabilities are from
 * Weka's is reported by {@link #agreement()}.
 */
public final class WekaLogisticInfluence {

  private final ReplaceMissingValues missing;
  private final RemoveUseless useless;
  private final NominalToBinary binary;
  private final RidgeLogistic model;
  private final LogisticInfluence influence;
  private final int[] trainingRows;
  private final double agreement;

  private WekaLogisticInfluence(
      ReplaceMissingValues missing,
      RemoveUseless useless,
      NominalToBinary binary,
      RidgeLogistic model,
      LogisticInfluence influence,
      int[] trainingRows,
      double agreement) {
    this.missing = missing;
    this.useless = useless;
    this.binary = binary;
    this.model = model;
    this.influence = influence;
    this.trainingRows = trainingRows;
    this.agreement = agreement;
  }

  /**
   * Prepares the influence of a trained classifier's training rows.
   *
   * @param classifier the trained classifier; must be a {@link Logistic}
   * @param train the data it was trained on, class set
   * @return the influence
   * @throws UserInputException if the classifier is not a {@code Logistic} or the class is numeric
   */
  public static WekaLogisticInfluence of(Classifier classifier, Instances train) {
    if (!(classifier instanceof Logistic logistic)) {
      throw new UserInputException(
          "influence is computed exactly only for weka.classifiers.functions.Logistic, not for "
              + classifier.getClass().getName());
    }
    if (!train.classAttribute().isNominal()) {
      throw new UserInputException("influence needs a nominal class");
    }
    try {
      List<Integer> kept = new ArrayList<>();
      Instances data = new Instances(train, train.numInstances());
      for (int i = 0; i < train.numInstances(); i++) {
        if (!train.instance(i).classIsMissing()) {
          kept.add(i);
          data.add((Instance) train.instance(i).copy());
        }
      }
      ReplaceMissingValues missing = new ReplaceMissingValues();
      missing.setInputFormat(data);
      data = Filter.useFilter(data, missing);
      RemoveUseless useless = new RemoveUseless();
      useless.setInputFormat(data);
      data = Filter.useFilter(data, useless);
      NominalToBinary binary = new NominalToBinary();
      binary.setInputFormat(data);
      data = Filter.useFilter(data, binary);
      double[][] x = design(data);
      int[] y = new int[data.numInstances()];
      double[] w = new double[data.numInstances()];
      for (int i = 0; i < y.length; i++) {
        y[i] = (int) data.instance(i).classValue();
        w[i] = data.instance(i).weight();
      }
      double[][] start = logistic.coefficients();
      RidgeLogistic model =
          RidgeLogistic.fit(x, y, w, data.numClasses(), logistic.getRidge(), start);
      double worst = 0;
      for (int i = 0; i < kept.size(); i++) {
        double[] weka = logistic.distributionForInstance(train.instance(kept.get(i)));
        double[] core = model.probabilities(x[i]);
        for (int k = 0; k < weka.length; k++) {
          worst = Math.max(worst, Math.abs(weka[k] - core[k]));
        }
      }
      return new WekaLogisticInfluence(
          missing,
          useless,
          binary,
          model,
          new LogisticInfluence(model, x, y, w),
          kept.stream().mapToInt(Integer::intValue).toArray(),
          worst);
    } catch (UserInputException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot rebuild Logistic's design: " + e.getMessage(), e);
    }
  }

  private static double[][] design(Instances data) {
    int classIndex = data.classIndex();
    double[][] x = new double[data.numInstances()][data.numAttributes() - 1];
    for (int i = 0; i < x.length; i++) {
      Instance row = data.instance(i);
      int j = 0;
      for (int a = 0; a < data.numAttributes(); a++) {
        if (a != classIndex) {
          x[i][j++] = row.value(a);
        }
      }
    }
    return x;
  }

  /**
   * The largest difference between a class probability of Weka's model and of the refined model,
   * over the training rows; small when Weka's optimiser had converged.
   *
   * @return the largest absolute difference
   */
  public double agreement() {
    return agreement;
  }

  /**
   * The index in the training data of each row the influence values refer to (rows with a missing
   * class are left out, as {@code Logistic} leaves them out).
   *
   * @return 0-based training row indices
   */
  public int[] trainingRows() {
    return trainingRows.clone();
  }

  /**
   * The first-order change in a row's log-loss if each training row were left out (see {@link
   * LogisticInfluence}).
   *
   * @param rows the rows, with the training header
   * @param index which row
   * @param label the class index whose loss is measured
   * @return one value per entry of {@link #trainingRows()}
   */
  public double[] lossChangeIfRemoved(Instances rows, int index, int label) {
    try {
      Instances one = new Instances(rows, 1);
      Instance copy = (Instance) rows.instance(index).copy();
      copy.setClassValue(label);
      one.add(copy);
      Instances filtered =
          Filter.useFilter(Filter.useFilter(Filter.useFilter(one, missing), useless), binary);
      return influence.lossChangeIfRemoved(design(filtered)[0], label);
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot filter the row as Logistic does: " + e.getMessage(), e);
    }
  }

  /**
   * The refined model's class probabilities for a row.
   *
   * @param rows the rows, with the training header
   * @param index which row
   * @return one probability per class
   */
  public double[] probabilities(Instances rows, int index) {
    try {
      Instances one = new Instances(rows, 1);
      one.add((Instance) rows.instance(index).copy());
      Instances filtered =
          Filter.useFilter(Filter.useFilter(Filter.useFilter(one, missing), useless), binary);
      return model.probabilities(design(filtered)[0]);
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot filter the row as Logistic does: " + e.getMessage(), e);
    }
  }
}
