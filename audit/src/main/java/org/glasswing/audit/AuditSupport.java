package org.glasswing.audit;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.resample.FoldPlan;
import org.glasswing.core.resample.Resampling;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSplits;
import weka.classifiers.Classifier;
import weka.core.Instances;

/** Row samples, folds and retraining, as every audit section draws and does them. */
final class AuditSupport {

  /** The output the profiles and interactions study: the first class, or the numeric value. */
  static final int FIRST_OUTPUT = 0;

  private AuditSupport() {}

  /**
   * Up to {@code max} row indices drawn without replacement with a seed ({@link
   * Resampling#subsample}, draw 0), ascending; all if fewer.
   *
   * @param rows the number of rows
   * @param max the most rows drawn, at least 1
   * @param seed the seed
   * @return the indices
   */
  static int[] sample(int rows, int max, long seed) {
    if (max < 1) {
      throw new IllegalArgumentException("the row sample must hold at least 1 row, got " + max);
    }
    return Resampling.subsample(rows, Math.min(rows, max), seed, 0);
  }

  /**
   * Cross-validation folds of the training rows: {train, test} pairs from the core's plan ({@link
   * WekaSplits#folds}: stratified by a nominal class).
   *
   * @param train the rows
   * @param k the folds, from 2 to the number of rows
   * @param seed the seed
   * @return the folds
   */
  static List<Instances[]> folds(Instances train, int k, long seed) {
    if (k < 2 || k > train.numInstances()) {
      throw new IllegalArgumentException(
          "the folds must be from 2 to the number of training rows ("
              + train.numInstances()
              + "), got "
              + k);
    }
    FoldPlan plan = WekaSplits.folds(train, k, seed);
    List<Instances[]> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      folds.add(WekaSplits.fold(train, plan, f));
    }
    return folds;
  }

  /**
   * Trains a new classifier on some rows.
   *
   * @param untrained the classifier, trained in place
   * @param rows the rows
   * @return the trained model
   */
  static WekaModel train(Classifier untrained, Instances rows) {
    return new WekaModel(Training.train(untrained, rows, "this data"), new Instances(rows, 0));
  }

  /**
   * A proper/calibration split of the training rows ({@code round(fraction * n)} rows calibrate).
   *
   * @param train the rows
   * @param fraction the share that calibrates, in (0, 1)
   * @param seed the seed
   * @return {proper, calibration}
   * @throws IllegalArgumentException when either part would be empty
   */
  static Instances[] calibrationSplit(Instances train, double fraction, long seed) {
    int calibration = Resampling.heldOutSize(train.numInstances(), fraction);
    int proper = train.numInstances() - calibration;
    if (calibration < 1 || proper < 1) {
      throw new IllegalArgumentException(
          "calibration-fraction "
              + fraction
              + " leaves "
              + proper
              + " rows to train on and "
              + calibration
              + " to calibrate on; both need rows");
    }
    return WekaSplits.holdout(train, Resampling.holdout(train.numInstances(), fraction, seed));
  }
}
