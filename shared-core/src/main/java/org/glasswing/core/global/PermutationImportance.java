package org.glasswing.core.global;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RandomStreams;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.model.Model;

/**
 * Permutation importance (Breiman 2001; Fisher, Rudin and Dominici 2019): how much a model's score
 * on held-out rows drops when one feature's column is shuffled, which breaks its link with the
 * target while keeping its distribution. Each feature is shuffled {@code repeats} times in every
 * fold; the importance is the mean drop over all folds and repeats, and {@code std} the standard
 * deviation of those drops (how much one shuffle differs from another).
 *
 * <p>The 95 % interval is the importance ± 1.96 bootstrap standard errors, where the bootstrap
 * ({@value #BOOTSTRAP} resamples) redraws the held-out rows of each fold, the same rows for the
 * intact and the shuffled predictions, and reuses the shuffles. It therefore also covers the chance
 * in which rows happened to be held out, so that a pure-noise feature, whose expected drop is 0
 * even when an overfitted model uses it, has 0 inside its interval about 95 % of the time. A
 * feature the model ignores has every drop exactly 0 and the interval [0, 0]. Immutable.
 */
public final class PermutationImportance {

  /** The method's name. */
  public static final String METHOD = "permutation";

  /** The number of bootstrap resamples of the held-out rows behind the interval. */
  public static final int BOOTSTRAP = 100;

  /** The number of shuffles per feature and fold when none is given. */
  public static final int DEFAULT_REPEATS = 10;

  private final Metric metric;
  private final int repeats;
  private final long seed;

  /**
   * Creates the method.
   *
   * @param metric the score whose drop is measured
   * @param repeats shuffles per feature and fold, at least 1
   * @param seed the seed of the shuffles
   */
  public PermutationImportance(Metric metric, int repeats, long seed) {
    this.metric = Objects.requireNonNull(metric, "metric");
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
    }
    this.repeats = repeats;
    this.seed = seed;
  }

  /**
   * Computes the importance of every input feature.
   *
   * @param folds one or more models with their held-out rows, all of the same schema
   * @param engine runs the model evaluations
   * @return one score per input feature
   * @throws IllegalArgumentException if there are no folds, the metric does not suit the target, or
   *     a fold has no row with a known target
   */
  public ImportanceResult compute(List<HeldOutFold> folds, EvaluationEngine engine) {
    if (folds.isEmpty()) {
      throw new IllegalArgumentException("permutation importance needs at least one fold");
    }
    Schema schema = folds.get(0).model().schema();
    metric.checkApplies(schema);
    int[] inputs = schema.inputIndices();
    int f0 = folds.size();
    double[][] drops = new double[inputs.length][f0 * repeats];
    double[][] replicates = new double[inputs.length][BOOTSTRAP];
    double referenceSum = 0;
    for (int f = 0; f < f0; f++) {
      HeldOutFold fold = folds.get(f);
      if (!fold.model().schema().equals(schema)) {
        throw new IllegalArgumentException("fold " + (f + 1) + " has another schema than fold 1");
      }
      double[][] rows = fold.labelledRows();
      double[] truth = HeldOutFold.truth(rows, schema.targetIndex());
      double[][] intact = Evaluations.predict(fold.model(), rows, engine);
      double reference = metric.score(intact, truth);
      referenceSum += reference;
      SplittableRandom foldRandom = RandomStreams.forTask(seed, f);
      long foldSeed = foldRandom.nextLong();
      int[][] resamples = new int[BOOTSTRAP][rows.length];
      double[] resampledReference = new double[BOOTSTRAP];
      for (int b = 0; b < BOOTSTRAP; b++) {
        for (int i = 0; i < rows.length; i++) {
          resamples[b][i] = foldRandom.nextInt(rows.length);
        }
        resampledReference[b] = score(intact, truth, resamples[b]);
      }
      Model model = fold.model();
      List<double[][][]> results =
          engine.run(
              model,
              inputs.length,
              foldSeed,
              context -> new ShuffleJob(rows, inputs[context.index()], context.random()));
      for (int j = 0; j < inputs.length; j++) {
        double[][][] shuffled = results.get(j);
        for (int r = 0; r < repeats; r++) {
          drops[j][f * repeats + r] = metric.drop(reference, metric.score(shuffled[r], truth));
        }
        for (int b = 0; b < BOOTSTRAP; b++) {
          double sum = 0;
          for (int r = 0; r < repeats; r++) {
            sum += metric.drop(resampledReference[b], score(shuffled[r], truth, resamples[b]));
          }
          replicates[j][b] += sum / repeats / f0;
        }
      }
    }
    List<ImportanceScore> scores = new ArrayList<>();
    for (int j = 0; j < inputs.length; j++) {
      double importance = Statistics.mean(drops[j]);
      double half = Statistics.Z975 * Statistics.sd(Statistics.finite(replicates[j]));
      scores.add(
          new ImportanceScore(
              schema.feature(inputs[j]),
              importance,
              Statistics.sd(drops[j]),
              importance - half,
              importance + half));
    }
    return new ImportanceResult(METHOD, "drop in " + metric.label(), referenceSum / f0, scores);
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

  /** Shuffles one column {@code repeats} times and keeps the model's outputs for each shuffle. */
  private final class ShuffleJob implements RowJob<double[][][]> {
    private final double[][] rows;
    private final int column;
    private final SplittableRandom random;
    private final double[][][] outputs = new double[repeats][][];
    private int next;

    ShuffleJob(double[][] rows, int column, SplittableRandom random) {
      this.rows = rows;
      this.column = column;
      this.random = random;
    }

    @Override
    public long plannedEvaluations() {
      return (long) repeats * rows.length;
    }

    @Override
    public double[][] nextBatch() {
      if (next == repeats) {
        return null;
      }
      double[][] batch = new double[rows.length][];
      for (int r = 0; r < rows.length; r++) {
        batch[r] = rows[r].clone();
      }
      for (int r = rows.length - 1; r > 0; r--) {
        int other = random.nextInt(r + 1);
        double swap = batch[r][column];
        batch[r][column] = batch[other][column];
        batch[other][column] = swap;
      }
      return batch;
    }

    @Override
    public void accept(double[][] answers) {
      outputs[next++] = answers;
    }

    @Override
    public double[][][] result() {
      return outputs;
    }
  }
}
