package org.glasswing.weka;

import java.util.Optional;
import org.glasswing.core.resample.FoldPlan;
import org.glasswing.core.resample.Holdout;
import org.glasswing.core.resample.Resampling;
import org.glasswing.core.resample.TrainingSet;
import weka.core.Instances;

/**
 * Applies the core's row-index plans ({@link Resampling}) to Weka {@code Instances}: the one place
 * where a fold, a hold-out split, a bootstrap draw or a retraining's {@link TrainingSet} becomes
 * Weka data. The source data is never changed; the rows of a part share the source's header.
 */
public final class WekaSplits {

  private WekaSplits() {}

  /**
   * The cross-validation folds the Glasswing commands use: {@link Resampling#stratifiedKFold} by
   * class when the class is nominal (rows with a missing class form their own stratum), {@link
   * Resampling#kFold} otherwise.
   *
   * @param data the data, with the class index set
   * @param folds the number of folds K, from 2 to the number of rows
   * @param seed the seed
   * @return the plan
   * @throws IllegalArgumentException if K is out of range
   */
  public static FoldPlan folds(Instances data, int folds, long seed) {
    if (data.classIndex() >= 0 && data.classAttribute().isNominal()) {
      int[] classes = new int[data.numInstances()];
      for (int r = 0; r < classes.length; r++) {
        classes[r] = data.instance(r).classIsMissing() ? -1 : (int) data.instance(r).classValue();
      }
      return Resampling.stratifiedKFold(classes, folds, seed);
    }
    return Resampling.kFold(data.numInstances(), folds, seed);
  }

  /**
   * The rows of one fold and of all the others.
   *
   * @param data the rows the plan was made for
   * @param plan the plan
   * @param fold the fold, from 0
   * @return {@code {train, test}}, both in input order
   */
  public static Instances[] fold(Instances data, FoldPlan plan, int fold) {
    return split(data, plan.testRows(fold));
  }

  /**
   * The two parts of a hold-out split.
   *
   * @param data the rows the split was made for
   * @param split the split
   * @return {@code {train, heldOut}}, both in input order
   */
  public static Instances[] holdout(Instances data, Holdout split) {
    return new Instances[] {rows(data, split.trainRows()), rows(data, split.heldOutRows())};
  }

  /**
   * Splits rows into the other rows and some held-out rows.
   *
   * @param data the rows
   * @param testRows the 0-based held-out rows, each at most once
   * @return {@code {rest, held}}: the rows outside {@code testRows} in input order, then the rows
   *     of {@code testRows} in the order given
   */
  public static Instances[] split(Instances data, int[] testRows) {
    int n = data.numInstances();
    boolean[] held = new boolean[n];
    for (int r : testRows) {
      held[r] = true;
    }
    Instances rest = new Instances(data, n - testRows.length);
    for (int r = 0; r < n; r++) {
      if (!held[r]) {
        rest.add(data.instance(r));
      }
    }
    return new Instances[] {rest, rows(data, testRows)};
  }

  /**
   * Some rows of a dataset, such as a bootstrap draw.
   *
   * @param data the rows
   * @param rows 0-based rows, in the order wanted; a row may repeat
   * @return a dataset with the same header holding those rows
   */
  public static Instances rows(Instances data, int[] rows) {
    Instances chosen = new Instances(data, rows.length);
    for (int r : rows) {
      chosen.add(data.instance(r));
    }
    return chosen;
  }

  /**
   * The data one retraining trains on: the set's rows, with its labels when it has any.
   *
   * @param train the full training data, class set (not changed)
   * @param set the rows and labels, indexed by training row
   * @return a new dataset
   * @throws IllegalArgumentException if a row or the number of labels does not fit the data
   */
  public static Instances trainingData(Instances train, TrainingSet set) {
    int n = train.numInstances();
    Optional<double[]> labels = set.labels();
    if (labels.isPresent() && labels.get().length != n) {
      throw new IllegalArgumentException(
          labels.get().length + " labels for " + n + " training rows");
    }
    int[] rows = set.rows();
    Instances data = new Instances(train, rows.length);
    for (int r : rows) {
      if (r < 0 || r >= n) {
        throw new IllegalArgumentException("training row " + r + " is out of range 0.." + (n - 1));
      }
      data.add(train.instance(r));
      if (labels.isPresent()) {
        data.lastInstance().setClassValue(labels.get()[r]);
      }
    }
    return data;
  }
}
