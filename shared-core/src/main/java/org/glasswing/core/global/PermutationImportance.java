package org.glasswing.core.global;

import java.util.ArrayList;
import java.util.List;
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
 * fold; the importance is the mean drop over all folds and repeats, {@code std} the standard
 * deviation of those drops, and the interval the Student-t 95 % interval for their mean.
 *
 * <p>The interval reflects the randomness of the shuffles (and, with several folds, of the folds);
 * a feature the model ignores has every drop exactly 0. Immutable.
 */
public final class PermutationImportance {

  /** The method's name. */
  public static final String METHOD = "permutation";

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
    this.metric = java.util.Objects.requireNonNull(metric, "metric");
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
    double[][] drops = new double[inputs.length][folds.size() * repeats];
    double referenceSum = 0;
    for (int f = 0; f < folds.size(); f++) {
      HeldOutFold fold = folds.get(f);
      if (!fold.model().schema().equals(schema)) {
        throw new IllegalArgumentException("fold " + (f + 1) + " has another schema than fold 1");
      }
      double[][] rows = fold.labelledRows();
      double[] truth = HeldOutFold.truth(rows, schema.targetIndex());
      double reference = metric.score(Evaluations.predict(fold.model(), rows, engine), truth);
      referenceSum += reference;
      long foldSeed = RandomStreams.forTask(seed, f).nextLong();
      Model model = fold.model();
      List<double[]> results =
          engine.run(
              model,
              inputs.length,
              foldSeed,
              context ->
                  new ShuffleJob(
                      rows, truth, inputs[context.index()], reference, context.random()));
      for (int j = 0; j < inputs.length; j++) {
        System.arraycopy(results.get(j), 0, drops[j], f * repeats, repeats);
      }
    }
    List<ImportanceScore> scores = new ArrayList<>();
    for (int j = 0; j < inputs.length; j++) {
      double[] interval = Statistics.meanInterval(drops[j]);
      scores.add(
          new ImportanceScore(
              schema.feature(inputs[j]),
              Statistics.mean(drops[j]),
              Statistics.sd(drops[j]),
              interval[0],
              interval[1]));
    }
    return new ImportanceResult(
        METHOD, "drop in " + metric.label(), referenceSum / folds.size(), scores);
  }

  /** Shuffles one column {@code repeats} times and records the drop in the metric each time. */
  private final class ShuffleJob implements RowJob<double[]> {
    private final double[][] rows;
    private final double[] truth;
    private final int column;
    private final double reference;
    private final SplittableRandom random;
    private final double[] drops = new double[repeats];
    private int next;

    ShuffleJob(
        double[][] rows, double[] truth, int column, double reference, SplittableRandom random) {
      this.rows = rows;
      this.truth = truth;
      this.column = column;
      this.reference = reference;
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
    public void accept(double[][] outputs) {
      drops[next++] = metric.drop(reference, metric.score(outputs, truth));
    }

    @Override
    public double[] result() {
      return drops.clone();
    }
  }
}
