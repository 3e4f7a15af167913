package org.glasswing.core.global;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.model.Model;

/**
 * LOCO, leave one covariate out (Lei et al. 2018): how much worse a model scores on held-out rows
 * when it is trained again without one feature. Refitting is the host's business (a Weka classifier
 * is retrained, for instance), so the method takes a {@link Refit} function.
 *
 * <p>The held-out rows of all folds are pooled, each predicted by its own fold's models. The
 * importance is the drop in the metric over the pooled rows; {@code std} is the standard deviation
 * of that drop over {@value #BOOTSTRAP} bootstrap resamples of the rows (paired: the same rows for
 * both models), and the interval is the importance ± 1.96 · std. Immutable.
 */
public final class LeaveOneCovariateOut {

  /** The method's name. */
  public static final String METHOD = "loco";

  /** The number of bootstrap resamples of the held-out rows behind {@code std}. */
  public static final int BOOTSTRAP = 200;

  /** Trains the model of one fold again without one feature. */
  @FunctionalInterface
  public interface Refit {

    /**
     * A model trained on the fold's training rows without one column. It reads rows of the full
     * schema and must ignore that column.
     *
     * @param fold the fold's index
     * @param column the index of the left-out column in the schema
     * @return the refitted model
     */
    Model without(int fold, int column);
  }

  private final Metric metric;
  private final long seed;

  /**
   * Creates the method.
   *
   * @param metric the score whose drop is measured
   * @param seed the seed of the bootstrap resamples
   */
  public LeaveOneCovariateOut(Metric metric, long seed) {
    this.metric = Objects.requireNonNull(metric, "metric");
    this.seed = seed;
  }

  /**
   * Computes the importance of every input feature.
   *
   * @param folds the full models with their held-out rows, all of the same schema
   * @param refit trains a fold's model without a column
   * @param engine runs the model evaluations and is polled for cancellation between refits
   * @return one score per input feature
   * @throws IllegalArgumentException if there are no folds, the metric does not suit the target, or
   *     a fold has no row with a known target
   */
  public ImportanceResult compute(List<HeldOutFold> folds, Refit refit, EvaluationEngine engine) {
    if (folds.isEmpty()) {
      throw new IllegalArgumentException("LOCO needs at least one fold");
    }
    Schema schema = folds.get(0).model().schema();
    metric.checkApplies(schema);
    int[] inputs = schema.inputIndices();
    List<double[][]> foldRows = new ArrayList<>();
    List<double[][]> full = new ArrayList<>();
    for (HeldOutFold fold : folds) {
      double[][] rows = fold.labelledRows();
      foldRows.add(rows);
      full.add(Evaluations.predict(fold.model(), rows, engine));
    }
    double[][] fullPooled = pool(full);
    double[] truth = HeldOutFold.truth(pool(foldRows), schema.targetIndex());
    double reference = metric.score(fullPooled, truth);
    int[][] resamples = resamples(truth.length);
    double[] referenceResampled = new double[BOOTSTRAP];
    for (int b = 0; b < BOOTSTRAP; b++) {
      referenceResampled[b] = score(fullPooled, truth, resamples[b]);
    }
    List<ImportanceScore> scores = new ArrayList<>();
    for (int column : inputs) {
      List<double[][]> reduced = new ArrayList<>();
      for (int f = 0; f < folds.size(); f++) {
        Model model = refit.without(f, column);
        reduced.add(Evaluations.predict(model, foldRows.get(f), engine));
      }
      double[][] reducedPooled = pool(reduced);
      double importance = metric.drop(reference, metric.score(reducedPooled, truth));
      double[] replicates = new double[BOOTSTRAP];
      for (int b = 0; b < BOOTSTRAP; b++) {
        replicates[b] =
            metric.drop(referenceResampled[b], score(reducedPooled, truth, resamples[b]));
      }
      double std = Statistics.sd(Statistics.finite(replicates));
      scores.add(
          new ImportanceScore(
              schema.feature(column),
              importance,
              std,
              importance - Statistics.Z975 * std,
              importance + Statistics.Z975 * std));
    }
    return new ImportanceResult(METHOD, "drop in " + metric.label(), reference, scores);
  }

  private int[][] resamples(int n) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] resamples = new int[BOOTSTRAP][n];
    for (int b = 0; b < BOOTSTRAP; b++) {
      for (int i = 0; i < n; i++) {
        resamples[b][i] = random.nextInt(n);
      }
    }
    return resamples;
  }

  private double score(double[][] outputs, double[] truth, int[] sample) {
    double[][] o = new double[sample.length][];
    double[] t = new double[sample.length];
    for (int i = 0; i < sample.length; i++) {
      o[i] = outputs[sample[i]];
      t[i] = truth[sample[i]];
    }
    try {
      return metric.score(o, t);
    } catch (IllegalArgumentException e) {
      return Double.NaN; // a resample with a single class has no AUC
    }
  }

  private static double[][] pool(List<double[][]> parts) {
    List<double[]> all = new ArrayList<>();
    for (double[][] part : parts) {
      all.addAll(List.of(part));
    }
    return all.toArray(new double[0][]);
  }
}
