package org.glasswing.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.ConformalSummary;
import org.glasswing.core.uncertainty.CrossFitting;
import org.glasswing.core.uncertainty.EnsembleDisagreement;
import org.glasswing.core.uncertainty.OutOfDistribution;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.PredictiveScores;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.core.uncertainty.TemperatureScaling;
import org.glasswing.report.CalibrationSection;
import org.glasswing.report.ConformalSection;
import org.glasswing.report.PredictionUncertaintySection;
import org.glasswing.weka.BaggedEnsemble;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaSplits;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * The audit's uncertainty views, computed by the same core classes as {@code glasswing
 * calibration}, {@code glasswing uncertainty} and {@code glasswing conformal}.
 */
final class UncertaintyViews {

  /** Bagged copies trained for the ensemble disagreement. */
  static final int ENSEMBLE_MEMBERS = 5;

  private UncertaintyViews() {}

  /**
   * Calibration of out-of-sample probabilities, before and after temperature scaling fitted on some
   * folds of them and applied to the others.
   *
   * @param predictions the out-of-sample predictions
   * @param source how they were made, for the report
   * @param plan the plan (calibration folds, seed)
   * @return the section
   */
  static CalibrationSection calibration(
      CrossValidatedPredictions predictions, String source, AuditPlan plan) {
    ClassPredictions outOfSample = predictions.classPredictions();
    return new CalibrationSection(
        source,
        CalibrationMetrics.of(outOfSample),
        "temperature scaling, fitted on the other folds",
        CalibrationMetrics.of(
            CrossFitting.calibrate(
                new TemperatureScaling(),
                outOfSample,
                Math.min(plan.calibrationFolds(), outOfSample.size()),
                plan.seed())));
  }

  /**
   * Split conformal prediction sets for every training row, each from a predictor built on the
   * other folds (the classifier trained on a proper part, the rest calibrating), with their
   * coverage: the same as {@code glasswing conformal} with the plan's settings.
   *
   * @param learner the untrained classifier (copied per fold)
   * @param train the training rows
   * @param folds the folds
   * @param plan the plan (alpha, calibration fraction, score, seed)
   * @param progress receives a report after each fold
   * @param cancel checked before each fold
   * @return the section
   * @throws IllegalArgumentException when the data is too small to calibrate
   */
  static ConformalSection conformal(
      Supplier<Classifier> learner,
      Instances train,
      int folds,
      AuditPlan plan,
      ProgressListener progress,
      CancellationToken cancel) {
    SplitConformalClassifier.Settings settings =
        new SplitConformalClassifier.Settings(
            plan.alpha(),
            ConformalScore.parse(plan.score()),
            false,
            SplitConformalClassifier.DEFAULT_RAPS_LAMBDA,
            SplitConformalClassifier.DEFAULT_RAPS_K);
    // The per-class (Mondrian) sets come from the same folds and models, at no extra training, so
    // that the report can show them beside the standard ones when a class falls short.
    SplitConformalClassifier.Settings perClass =
        new SplitConformalClassifier.Settings(
            settings.alpha(), settings.score(), true, settings.rapsLambda(), settings.rapsK());
    long seed = plan.seed();
    int[][] testFolds = CrossValidatedPredictions.testFolds(train, folds, seed);
    List<PredictionSet> sets = new ArrayList<>();
    List<PredictionSet> mondrianSets = new ArrayList<>();
    for (int r = 0; r < train.numInstances(); r++) {
      sets.add(null);
      mondrianSets.add(null);
    }
    for (int f = 0; f < testFolds.length; f++) {
      cancel.throwIfCancelled();
      Instances[] parts = WekaSplits.split(train, testFolds[f]);
      Instances[] proper =
          AuditSupport.calibrationSplit(parts[0], plan.calibrationFraction(), seed);
      Classifier model = Training.train(learner.get(), proper[0], "the proper part");
      var calibration = CrossValidatedPredictions.ofTrained(model, proper[1]).classPredictions();
      SplitConformalClassifier conformal =
          SplitConformalClassifier.calibrate(calibration, settings);
      SplitConformalClassifier mondrian = mondrian(calibration, perClass);
      CrossValidatedPredictions predicted = CrossValidatedPredictions.ofTrained(model, parts[1]);
      for (int t = 0; t < testFolds[f].length; t++) {
        sets.set(testFolds[f][t], conformal.predict(predicted.distribution(t)));
        if (mondrian != null) {
          mondrianSets.set(testFolds[f][t], mondrian.predict(predicted.distribution(t)));
        }
      }
      progress.progress((f + 1.0) / testFolds.length, "fold " + (f + 1));
    }
    int[] known =
        IntStream.range(0, train.numInstances())
            .filter(r -> !train.instance(r).classIsMissing())
            .toArray();
    List<PredictionSet> knownSets = new ArrayList<>();
    List<PredictionSet> knownMondrian = new ArrayList<>();
    int[] actual = new int[known.length];
    for (int i = 0; i < known.length; i++) {
      knownSets.add(sets.get(known[i]));
      knownMondrian.add(mondrianSets.get(known[i]));
      actual[i] = (int) train.instance(known[i]).classValue();
    }
    List<String> labels = CrossValidatedPredictions.labels(train);
    ConformalSummary summary = ConformalSummary.of(knownSets, actual, labels, plan.alpha());
    ConformalSummary mondrianSummary =
        knownMondrian.contains(null)
            ? null
            : ConformalSummary.of(knownMondrian, actual, labels, plan.alpha());
    return new ConformalSection(
        "split conformal, "
            + plan.score().toUpperCase(Locale.ROOT)
            + " score, alpha "
            + plan.alpha()
            + ", "
            + Math.round(100 * plan.calibrationFraction())
            + "% of the training rows calibrate, measured on "
            + folds
            + " held-out folds (seed "
            + seed
            + "); the same as glasswing conformal with these settings",
        summary,
        mondrianSummary);
  }

  /** Per-class sets, or null when a class has too few calibration rows for them. */
  private static SplitConformalClassifier mondrian(
      org.glasswing.core.uncertainty.ClassPredictions calibration,
      SplitConformalClassifier.Settings perClass) {
    try {
      return SplitConformalClassifier.calibrate(calibration, perClass);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Per-row uncertainty of the rows in {@code data}: top probability, margin and entropy (from
   * out-of-fold predictions when the rows are the training rows), the disagreement of bagged
   * copies, and how unusual each row is against the training rows.
   */
  static PredictionUncertaintySection predictionUncertainty(
      double[][] probabilities,
      String probabilitySource,
      Instances data,
      IntUnaryOperator rowNumber,
      Instances train,
      boolean dataIsTrain,
      Classifier untrained,
      long seed,
      ProgressListener progress,
      CancellationToken cancel) {
    List<String> labels = CrossValidatedPredictions.labels(data);
    List<EnsembleDisagreement.Scores> ensemble =
        EnsembleDisagreement.of(
            BaggedEnsemble.predict(
                untrained, train, data, ENSEMBLE_MEMBERS, seed, progress, cancel));
    int k = Math.min(OutOfDistribution.DEFAULT_K, train.numInstances() - 1);
    List<OutOfDistribution.Score> unusual = null;
    if (k >= 1) {
      OutOfDistribution fitted =
          OutOfDistribution.fit(WekaData.dataset(train), k, ProgressListener.NONE, cancel);
      unusual =
          dataIsTrain ? fitted.trainingScores() : fitted.score(WekaData.dataset(data), cancel);
    }
    List<PredictionUncertaintySection.RowUncertainty> rows = new ArrayList<>();
    for (int r = 0; r < probabilities.length; r++) {
      PredictiveScores scores = PredictiveScores.of(probabilities[r]);
      rows.add(
          new PredictionUncertaintySection.RowUncertainty(
              rowNumber.applyAsInt(r),
              labels.get(scores.predicted()),
              scores.maxProbability(),
              scores.margin(),
              scores.entropy(),
              ensemble.get(r).mutualInformation(),
              unusual == null ? Double.NaN : unusual.get(r).knnPercentile()));
    }
    return new PredictionUncertaintySection(
        rows,
        "Probabilities: "
            + probabilitySource
            + ". Disagreement: "
            + ENSEMBLE_MEMBERS
            + " copies of the classifier trained on bootstrap samples of the training rows."
            + (unusual == null
                ? ""
                : " Unusual: distance to the "
                    + k
                    + "th nearest training row"
                    + (dataIsTrain ? " (the row itself left out)" : "")
                    + ", as a percentile of the training rows' own distances."));
  }
}
