package org.glasswing.core.glassbox;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;

/**
 * Trains a sparse logistic regression with a regularisation path (lasso or elastic net; Friedman,
 * Hastie and Tibshirani 2010): standardised inputs with nominal attributes one-hot, a log-spaced
 * sequence of penalties from the smallest that keeps no attribute, cyclic coordinate descent with
 * warm starts, K-fold cross-validated deviance with the least-deviance and one-standard-error
 * choices, and stability-selection frequencies on half-samples (Meinshausen and Buehlmann 2010).
 * Two classes get one path (the second label against the first); more get one path per class
 * against the rest. Deterministic for a seed.
 */
public final class SparseLogistic {

  /**
   * How to train.
   *
   * @param alpha the elastic-net mixing in [0, 1]: 1 the lasso, 0 ridge
   * @param steps the number of penalties on the path
   * @param minRatio the last penalty's share of the first, in (0, 1)
   * @param folds the cross-validation folds, at least 2
   * @param oneStandardError whether to predict at the one-standard-error penalty (else at the least
   *     cross-validated deviance)
   * @param stabilityRuns the half-samples of stability selection (0: none)
   * @param seed the seed of the folds and the half-samples
   */
  public record Settings(
      double alpha,
      int steps,
      double minRatio,
      int folds,
      boolean oneStandardError,
      int stabilityRuns,
      long seed) {

    /**
     * Checks the settings.
     *
     * @param alpha mixing
     * @param steps penalties
     * @param minRatio last share
     * @param folds folds
     * @param oneStandardError the rule
     * @param stabilityRuns half-samples
     * @param seed seed
     */
    public Settings {
      require(alpha >= 0 && alpha <= 1, "alpha must be in [0, 1]");
      require(steps >= 2, "the path needs at least 2 penalties");
      require(minRatio > 0 && minRatio < 1, "the penalty ratio must be in (0, 1)");
      require(folds >= 2, "cross-validation needs at least 2 folds");
      require(stabilityRuns >= 0, "stability runs must be 0 or more");
    }

    /**
     * The defaults: the lasso, 50 penalties down to 0.001 of the first, 10 folds, the
     * one-standard-error rule, 50 half-samples.
     *
     * @param seed the seed
     * @return the settings
     */
    public static Settings defaults(long seed) {
      return new Settings(1, 50, 1e-3, 10, true, 50, seed);
    }

    private static void require(boolean ok, String message) {
      if (!ok) {
        throw new IllegalArgumentException(message);
      }
    }
  }

  private SparseLogistic() {}

  /**
   * Trains a model.
   *
   * @param data the training rows, with a nominal target and no missing target value
   * @param settings how to train
   * @param progress told after each fitted path
   * @param cancel checked at each penalty
   * @return the model
   */
  public static SparseLogisticModel train(
      Dataset data, Settings settings, ProgressListener progress, CancellationToken cancel) {
    Schema schema = data.schema();
    if (!schema.hasTarget() || !schema.target().isNominal()) {
      throw new IllegalArgumentException(
          "sparse logistic regression needs a nominal class; use a regression model for a numeric"
              + " one");
    }
    double[] target = data.column(schema.targetIndex());
    for (int r = 0; r < target.length; r++) {
      if (Double.isNaN(target[r])) {
        throw new IllegalArgumentException("row " + (r + 1) + " has no class value");
      }
    }
    int classes = schema.target().labels().size();
    if (classes < 2) {
      throw new IllegalArgumentException("sparse logistic regression needs at least 2 classes");
    }
    StandardDesign design = StandardDesign.fit(data);
    if (design.size() == 0) {
      throw new IllegalArgumentException("sparse logistic regression needs at least one input");
    }
    double[][] x = design.columnsOf(data);
    List<Integer> positives = new ArrayList<>();
    if (classes == 2) {
      positives.add(1);
    } else {
      for (int k = 0; k < classes; k++) {
        positives.add(k);
      }
    }
    double fits = positives.size() * (1.0 + settings.folds() + settings.stabilityRuns());
    List<ClassPath> paths = new ArrayList<>();
    int done = 0;
    for (int label : positives) {
      double[] y = new double[target.length];
      for (int r = 0; r < y.length; r++) {
        y[r] = target[r] == label ? 1 : 0;
      }
      String name = schema.target().labels().get(label);
      double max = ElasticNetLogistic.lambdaMax(x, y, settings.alpha());
      if (!(max > 0)) {
        throw new IllegalArgumentException(
            "no input varies with class '" + name + "'; nothing to fit");
      }
      double[] lambdas = ElasticNetLogistic.logSpaced(max, settings.minRatio(), settings.steps());
      LogisticPath path = ElasticNetLogistic.fit(x, y, settings.alpha(), lambdas, cancel);
      done++;
      progress.progress(done / fits, "path of class " + name);
      PathChoice choice;
      try {
        choice =
            PathCrossValidation.run(
                x, y, settings.alpha(), lambdas, settings.folds(), settings.seed(), cancel);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("class '" + name + "': " + e.getMessage(), e);
      }
      done += settings.folds();
      progress.progress(done / fits, "cross-validated class " + name);
      double[][] stability = new double[0][];
      if (settings.stabilityRuns() > 0) {
        stability =
            StabilitySelection.frequencies(
                x, y, settings.alpha(), lambdas, settings.stabilityRuns(), settings.seed(), cancel);
        done += settings.stabilityRuns();
        progress.progress(done / fits, "stability of class " + name);
      }
      int chosen = settings.oneStandardError() ? choice.oneStandardError() : choice.minimum();
      paths.add(new ClassPath(label, path, choice, chosen, stability));
    }
    progress.progress(1.0, "trained");
    return new SparseLogisticModel(design, paths);
  }
}
