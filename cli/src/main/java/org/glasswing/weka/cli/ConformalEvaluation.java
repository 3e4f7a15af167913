package org.glasswing.weka.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.uncertainty.ConformalRegressor;
import org.glasswing.core.uncertainty.ConformalSummary;
import org.glasswing.core.uncertainty.KnnDifficulty;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaSplits;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Split conformal prediction for a Weka classifier, as {@code glasswing conformal} and the audit
 * run it: the classifier is trained on a proper part of the training rows, the rest calibrates the
 * threshold, and each evaluated row gets a set of classes (nominal class) or an interval (numeric
 * class). Evaluated either on given rows or on every training row through held-out folds.
 */
final class ConformalEvaluation {

  /**
   * The outcome for some rows: a set or an interval per row, aligned with the rows.
   *
   * @param sets the prediction sets, for a nominal class (else empty)
   * @param intervals the intervals, for a numeric class (else empty)
   */
  record Outcome(List<PredictionSet> sets, List<ConformalRegressor.Interval> intervals) {}

  private final Classifier classifier;
  private final SplitConformalClassifier.Settings settings;
  private final boolean normalised;
  private final double alpha;
  private final double calibrationFraction;
  private final int neighbours;
  private final long seed;

  /**
   * Creates the evaluation.
   *
   * @param classifier the untrained classifier (not changed)
   * @param settings the classification settings, or {@code null} for a numeric class
   * @param normalised for a numeric class: normalised intervals (kNN difficulty) rather than
   *     absolute residuals
   * @param alpha the allowed error rate
   * @param calibrationFraction the share of training rows that calibrates
   * @param neighbours the neighbours of the kNN difficulty estimate
   * @param seed the seed of the proper/calibration split and of the folds
   */
  ConformalEvaluation(
      Classifier classifier,
      SplitConformalClassifier.Settings settings,
      boolean normalised,
      double alpha,
      double calibrationFraction,
      int neighbours,
      long seed) {
    this.classifier = classifier;
    this.settings = settings;
    this.normalised = normalised;
    this.alpha = alpha;
    this.calibrationFraction = calibrationFraction;
    this.neighbours = neighbours;
    this.seed = seed;
  }

  /**
   * Gives every training row its set (or interval) from a conformal predictor built on the other
   * folds, so that coverage is measured on rows the predictor never saw.
   *
   * @param train the training rows
   * @param folds the number of folds
   * @param progress receives a report after each fold
   * @param cancel checked before each fold
   * @return one outcome per training row, in row order
   */
  Outcome crossValidated(
      Instances train, int folds, ProgressListener progress, CancellationToken cancel) {
    int[][] testFolds = CrossValidatedPredictions.testFolds(train, folds, seed);
    int n = train.numInstances();
    List<PredictionSet> sets = new ArrayList<>(Collections.nCopies(n, null));
    List<ConformalRegressor.Interval> intervals = new ArrayList<>(Collections.nCopies(n, null));
    for (int f = 0; f < testFolds.length; f++) {
      cancel.throwIfCancelled();
      Instances[] parts = WekaSplits.split(train, testFolds[f]);
      Outcome o = tested(parts[0], parts[1]);
      for (int t = 0; t < testFolds[f].length; t++) {
        if (settings != null) {
          sets.set(testFolds[f][t], o.sets().get(t));
        } else {
          intervals.set(testFolds[f][t], o.intervals().get(t));
        }
      }
      progress.progress((f + 1.0) / testFolds.length, "fold " + (f + 1));
    }
    return settings != null ? new Outcome(sets, List.of()) : new Outcome(List.of(), intervals);
  }

  /**
   * Builds the conformal predictor on the training rows and applies it to other rows.
   *
   * @param train the training rows, split into a proper and a calibration part
   * @param rows the rows to give a set or interval
   * @return one outcome per row, in order
   */
  Outcome tested(Instances train, Instances rows) {
    Instances[] parts = UncertaintySupport.split(train, calibrationFraction, seed);
    Classifier model = Training.train(classifier, parts[0], "the proper part");
    CrossValidatedPredictions calibration = CrossValidatedPredictions.ofTrained(model, parts[1]);
    CrossValidatedPredictions predicted = CrossValidatedPredictions.ofTrained(model, rows);
    if (settings != null) {
      SplitConformalClassifier conformal =
          SplitConformalClassifier.calibrate(calibration.classPredictions(), settings);
      List<PredictionSet> sets = new ArrayList<>();
      for (int r = 0; r < predicted.numRows(); r++) {
        sets.add(conformal.predict(predicted.distribution(r)));
      }
      return new Outcome(sets, List.of());
    }
    int[] known = calibration.rowsWithClass();
    double[] yHat = new double[known.length];
    double[] y = new double[known.length];
    for (int i = 0; i < known.length; i++) {
      yHat[i] = calibration.distribution(known[i])[0];
      y[i] = calibration.actual(known[i]);
    }
    ConformalRegressor regressor;
    KnnDifficulty difficulty = null;
    if (normalised) {
      difficulty = new KnnDifficulty(WekaData.dataset(parts[0]), neighbours);
      double[] d = new double[known.length];
      for (int i = 0; i < known.length; i++) {
        d[i] = difficulty.difficulty(parts[1].instance(known[i]).toDoubleArray());
      }
      regressor = ConformalRegressor.normalised(yHat, y, d, ConformalRegressor.DEFAULT_BETA, alpha);
    } else {
      regressor = ConformalRegressor.absolute(yHat, y, alpha);
    }
    List<ConformalRegressor.Interval> intervals = new ArrayList<>();
    for (int r = 0; r < predicted.numRows(); r++) {
      double d = difficulty == null ? 1 : difficulty.difficulty(rows.instance(r).toDoubleArray());
      intervals.add(regressor.interval(predicted.distribution(r)[0], d));
    }
    return new Outcome(List.of(), intervals);
  }

  /**
   * Measures prediction sets against the actual classes.
   *
   * @param outcome the sets, one per row of {@code evaluated}
   * @param evaluated the rows the sets belong to
   * @param known the indices of the rows whose class is known
   * @param labels the class labels
   * @param alpha the allowed error rate
   * @return coverage, set sizes and coverage per class
   */
  static ConformalSummary summary(
      Outcome outcome, Instances evaluated, int[] known, List<String> labels, double alpha) {
    List<PredictionSet> sets = new ArrayList<>();
    int[] actual = new int[known.length];
    for (int i = 0; i < known.length; i++) {
      sets.add(outcome.sets().get(known[i]));
      actual[i] = (int) evaluated.instance(known[i]).classValue();
    }
    return ConformalSummary.of(sets, actual, labels, alpha);
  }
}
