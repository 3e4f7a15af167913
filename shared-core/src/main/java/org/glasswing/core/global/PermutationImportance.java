package org.glasswing.core.global;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RandomStreams;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.engine.TaskContext;

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
   * Computes the importance of every input feature: runs the {@link #rowJobs row jobs} of each fold
   * on the engine and {@link #result assembles} their outputs.
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
    List<FoldJobs> jobs = new ArrayList<>();
    List<List<double[][][]>> outputs = new ArrayList<>();
    for (int f = 0; f < folds.size(); f++) {
      HeldOutFold fold = folds.get(f);
      if (!fold.model().schema().equals(schema)) {
        throw new IllegalArgumentException("fold " + (f + 1) + " has another schema than fold 1");
      }
      FoldJobs foldJobs = foldJobs(fold.heldOut(), f);
      jobs.add(foldJobs);
      outputs.add(
          engine.run(fold.model(), foldJobs.taskCount(), foldJobs.seed(), rowJobs(foldJobs)));
    }
    return result(jobs, outputs);
  }

  /**
   * Prepares the evaluations of one fold for a host that runs them itself (see {@link
   * org.glasswing.core.engine.HostDrivenRun}): its labelled held-out rows, its task count and the
   * seed of its tasks' random streams.
   *
   * @param heldOut the fold's held-out rows, with the target
   * @param fold the fold's index from 0, which selects its random stream
   * @return the fold's jobs
   * @throws IllegalArgumentException if the metric does not suit the target or no row has a known
   *     target
   */
  public FoldJobs foldJobs(Dataset heldOut, int fold) {
    Schema schema = heldOut.schema();
    metric.checkApplies(schema);
    if (fold < 0) {
      throw new IllegalArgumentException("the fold index must be at least 0, got " + fold);
    }
    double[][] rows = HeldOutFold.labelledRows(heldOut);
    return new FoldJobs(schema, rows, fold, RandomStreams.forTask(seed, fold).nextLong());
  }

  /**
   * The row jobs of one fold: task {@code j} below the number of input features shuffles input
   * {@code j} {@code repeats} times and returns the outputs of every shuffle; the last task returns
   * the outputs of the intact rows (as a single element). Run them with the fold's {@link
   * FoldJobs#taskCount() task count} and {@link FoldJobs#seed() seed}.
   *
   * @param jobs the fold
   * @return creates the job of a task
   */
  public Function<TaskContext, RowJob<double[][][]>> rowJobs(FoldJobs jobs) {
    int[] inputs = jobs.schema.inputIndices();
    return context ->
        context.index() == inputs.length
            ? new IntactJob(jobs.rows, context.batchRows())
            : new ShuffleJob(jobs.rows, inputs[context.index()], context.random());
  }

  /**
   * Assembles the importance from the results of every fold's row jobs.
   *
   * @param folds the folds, in order
   * @param outputs for each fold, the results of its tasks in task order
   * @return one score per input feature
   * @throws IllegalArgumentException if there are no folds, the folds differ in schema, or the
   *     outputs do not match the folds
   */
  public ImportanceResult result(List<FoldJobs> folds, List<List<double[][][]>> outputs) {
    if (folds.isEmpty()) {
      throw new IllegalArgumentException("permutation importance needs at least one fold");
    }
    if (folds.size() != outputs.size()) {
      throw new IllegalArgumentException(
          folds.size() + " folds but the outputs of " + outputs.size());
    }
    Schema schema = folds.get(0).schema;
    int[] inputs = schema.inputIndices();
    int f0 = folds.size();
    double[][] drops = new double[inputs.length][f0 * repeats];
    double[][] replicates = new double[inputs.length][BOOTSTRAP];
    double referenceSum = 0;
    for (int f = 0; f < f0; f++) {
      FoldJobs fold = folds.get(f);
      List<double[][][]> results = outputs.get(f);
      if (!fold.schema.equals(schema)) {
        throw new IllegalArgumentException("fold " + (f + 1) + " has another schema than fold 1");
      }
      if (results.size() != fold.taskCount()) {
        throw new IllegalArgumentException(
            "fold "
                + (f + 1)
                + " has "
                + fold.taskCount()
                + " tasks but "
                + results.size()
                + " results");
      }
      double[][] rows = fold.rows;
      double[] truth = HeldOutFold.truth(rows, schema.targetIndex());
      double[][] intact = results.get(inputs.length)[0];
      double reference = metric.score(intact, truth);
      referenceSum += reference;
      SplittableRandom foldRandom = RandomStreams.forTask(seed, fold.fold);
      foldRandom.nextLong(); // the fold's seed, drawn first
      int[][] resamples = new int[BOOTSTRAP][rows.length];
      double[] resampledReference = new double[BOOTSTRAP];
      for (int b = 0; b < BOOTSTRAP; b++) {
        for (int i = 0; i < rows.length; i++) {
          resamples[b][i] = foldRandom.nextInt(rows.length);
        }
        resampledReference[b] = score(intact, truth, resamples[b]);
      }
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

  /**
   * The evaluations of one fold: its labelled held-out rows and the seed of its tasks. Immutable.
   */
  public static final class FoldJobs {
    private final Schema schema;
    private final double[][] rows;
    private final int fold;
    private final long seed;

    FoldJobs(Schema schema, double[][] rows, int fold, long seed) {
      this.schema = schema;
      this.rows = rows;
      this.fold = fold;
      this.seed = seed;
    }

    /**
     * The number of tasks: one per input feature, then one for the intact rows.
     *
     * @return the task count
     */
    public int taskCount() {
      return schema.inputIndices().length + 1;
    }

    /**
     * The seed from which every task's random stream is derived.
     *
     * @return the seed
     */
    public long seed() {
      return seed;
    }

    /**
     * The number of labelled held-out rows the fold evaluates.
     *
     * @return the row count
     */
    public int rowCount() {
      return rows.length;
    }
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

  /** Returns the outputs of the intact rows, a batch at a time. */
  private static final class IntactJob implements RowJob<double[][][]> {
    private final double[][] rows;
    private final int batchRows;
    private final double[][] outputs;
    private int next;
    private int answered;

    IntactJob(double[][] rows, int batchRows) {
      this.rows = rows;
      this.batchRows = batchRows;
      this.outputs = new double[rows.length][];
    }

    @Override
    public long plannedEvaluations() {
      return rows.length;
    }

    @Override
    public double[][] nextBatch() {
      if (next == rows.length) {
        return null;
      }
      int end = Math.min(rows.length, next + batchRows);
      double[][] batch = new double[end - next][];
      for (int r = next; r < end; r++) {
        batch[r - next] = rows[r].clone();
      }
      next = end;
      return batch;
    }

    @Override
    public void accept(double[][] answers) {
      System.arraycopy(answers, 0, outputs, answered, answers.length);
      answered += answers.length;
    }

    @Override
    public double[][][] result() {
      return new double[][][] {outputs};
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
