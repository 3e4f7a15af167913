package org.glasswing.core.influence;

import java.util.List;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.model.Model;
import org.glasswing.core.resample.ModelTrainer;
import org.glasswing.core.resample.Resampling;
import org.glasswing.core.resample.TrainingSet;

/**
 * Which training rows drove a prediction, for any classifier: an approximate influence estimated by
 * data subsampling, after Feldman and Zhang ("What neural networks memorize and why: discovering
 * the long tail via influence estimation", NeurIPS 2020).
 *
 * <p>M models are trained, each on a random subset of the training rows of a fixed size (a share
 * {@code fraction} of them, drawn without replacement). The influence of training row i on a row's
 * log-loss is the mean loss of the models trained without i minus the mean loss of the models
 * trained with i: positive when having i in training lowered the loss (it helped), negative when it
 * raised it (it harmed), the same sign convention as {@link LogisticInfluence}. It estimates the
 * effect of i in training sets of about {@code fraction} times the size, not in the full one, and
 * carries sampling noise, given by a standard error (Welch's, from the two groups of models). A
 * training row that was in every subset or in none has no estimate ({@code NaN}).
 *
 * <p>Subset k is {@link Resampling#subsample Resampling.subsample(n, size, seed, k)}, drawn from a
 * random stream of the seed and k only; the models are trained as independent tasks of the {@link
 * EvaluationEngine} and each model's losses go to its own slot, so the result does not depend on
 * the number of threads. Probabilities below {@value #PROBABILITY_FLOOR} count as that value, so
 * that one model's zero probability cannot swamp a mean.
 */
public final class SubsampleInfluence {

  /** The number of subsets when none is given. */
  public static final int DEFAULT_SUBSAMPLES = 50;

  /** The share of the training rows in each subset when none is given. */
  public static final double DEFAULT_FRACTION = 0.5;

  /** The fewest subsets accepted: with fewer, the estimate is mostly noise. */
  public static final int MIN_SUBSAMPLES = 10;

  /** The smallest probability the log-loss takes. */
  public static final double PROBABILITY_FLOOR = 1e-3;

  private final int subsamples;
  private final double fraction;
  private final long seed;

  /**
   * Configures the estimate.
   *
   * @param subsamples the number of subsets M, at least {@value #MIN_SUBSAMPLES}
   * @param fraction the share of the training rows in each subset, strictly between 0 and 1
   * @param seed the seed the subsets are drawn from
   * @throws IllegalArgumentException for M or a fraction out of range
   */
  public SubsampleInfluence(int subsamples, double fraction, long seed) {
    if (subsamples < MIN_SUBSAMPLES) {
      throw new IllegalArgumentException(
          "the number of subsamples must be at least " + MIN_SUBSAMPLES + ", got " + subsamples);
    }
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException(
          "the subsample fraction must be strictly between 0 and 1, got " + fraction);
    }
    this.subsamples = subsamples;
    this.fraction = fraction;
    this.seed = seed;
  }

  /**
   * The number of subsets M.
   *
   * @return M
   */
  public int subsamples() {
    return subsamples;
  }

  /**
   * The number of training rows in each subset: the fraction of them, rounded, and at least 1 and
   * at most all but one.
   *
   * @param trainingRows the number of training rows, at least 2
   * @return the subset size
   * @throws IllegalArgumentException with fewer than 2 training rows
   */
  public int subsetSize(int trainingRows) {
    if (trainingRows < 2) {
      throw new IllegalArgumentException(
          "subsample influence needs at least 2 training rows, got " + trainingRows);
    }
    return (int) Math.min(trainingRows - 1, Math.max(1, Math.round(fraction * trainingRows)));
  }

  /**
   * The subsets, drawn from the seed alone.
   *
   * @param trainingRows the number of training rows, at least 2
   * @return {@code [subset][training row]}, true where the row is in the subset
   * @throws IllegalArgumentException with fewer than 2 training rows
   */
  public boolean[][] subsets(int trainingRows) {
    int size = subsetSize(trainingRows);
    boolean[][] masks = new boolean[subsamples][trainingRows];
    for (int k = 0; k < subsamples; k++) {
      for (int row : Resampling.subsample(trainingRows, size, seed, k)) {
        masks[k][row] = true;
      }
    }
    return masks;
  }

  /**
   * Trains the M models on the engine's workers and measures their losses on the rows, each model
   * predicting all rows in batches of the engine's size. Model k trains on {@code TrainingSet.of(k,
   * rows of subset k)}.
   *
   * @param trainingRows the number of training rows, at least 2
   * @param trainer trains one model per subset; called from the engine's worker threads
   * @param rows the rows whose losses are measured, following the models' schema
   * @param labels the class index at which each row's loss is measured
   * @param engine runs the retrainings (its threads, progress after each model, cancellation before
   *     each model)
   * @return the estimate
   * @throws IllegalArgumentException for no rows, labels that do not match the rows, a label out of
   *     range of a model's outputs or fewer than 2 training rows
   * @throws CancelledException when cancelled
   */
  public SubsampleEstimate estimate(
      int trainingRows,
      ModelTrainer trainer,
      double[][] rows,
      int[] labels,
      EvaluationEngine engine) {
    if (rows.length == 0 || labels.length != rows.length) {
      throw new IllegalArgumentException("subsample influence needs rows, one label per row");
    }
    for (int label : labels) {
      if (label < 0) {
        throw new IllegalArgumentException("a row's class index cannot be negative: " + label);
      }
    }
    boolean[][] masks = subsets(trainingRows);
    int size = subsetSize(trainingRows);
    int batch = engine.batchRows();
    List<double[]> losses =
        engine.runTasks(
            subsamples,
            seed,
            task -> {
              int k = task.index();
              Model model =
                  trainer.train(
                      TrainingSet.of(k, Resampling.subsample(trainingRows, size, seed, k)));
              engine.cancellation().throwIfCancelled();
              return losses(model, rows, labels, batch);
            });
    return new SubsampleEstimate(masks, losses.toArray(new double[0][]));
  }

  private static double[] losses(Model model, double[][] rows, int[] labels, int batch) {
    double[] losses = new double[rows.length];
    for (int start = 0; start < rows.length; start += batch) {
      int end = Math.min(rows.length, start + batch);
      double[][] chunk = new double[end - start][];
      System.arraycopy(rows, start, chunk, 0, chunk.length);
      double[][] outputs = model.predict(chunk);
      for (int r = 0; r < chunk.length; r++) {
        int label = labels[start + r];
        if (label >= outputs[r].length) {
          throw new IllegalArgumentException(
              "class index " + label + " is out of range of the model's outputs");
        }
        double p = outputs[r][label];
        losses[start + r] =
            -Math.log(Double.isNaN(p) ? PROBABILITY_FLOOR : Math.max(p, PROBABILITY_FLOOR));
      }
    }
    return losses;
  }
}
