package org.glasswing.weka.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glasswing.core.bench.BatchReplay;
import org.glasswing.core.bench.RecordingModel;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.shapley.TreeShap;

/**
 * Times explainers as the benchmark reports them: medians over the runs after an optional warm-up,
 * on one and on all threads, and the overhead ratio on the method's own batches.
 */
final class BenchClock {

  static final TargetSelection FIRST = TargetSelection.predicted();

  private final ShapleyBenchmark.Settings settings;
  private final CancellationToken cancellation;

  BenchClock(ShapleyBenchmark.Settings settings, CancellationToken cancellation) {
    this.settings = settings;
    this.cancellation = cancellation;
  }

  /** Times a method on one and on all threads, without counting evaluations. */
  Timing time(
      String part, Explainer explainer, Model model, Dataset rows, List<Explanation> result) {
    double one = medianSeconds(explainer, model, rows, 1, result);
    double all =
        settings.threads() == 1
            ? one
            : medianSeconds(explainer, model, rows, settings.threads(), result);
    return new Timing(part, label(explainer), "-", rows.numRows(), -1, one, all, Double.NaN);
  }

  /**
   * Times a method on one and on all threads, counts its model evaluations, and measures its
   * overhead ratio on the first {@code overheadRows} rows: the method's median seconds on one
   * thread over the median seconds of its own batches (recorded row for row) predicted alone.
   */
  Timing timeWithOverhead(
      String part, Explainer explainer, Model model, Dataset rows, List<Explanation> result) {
    RecordingModel counting = new RecordingModel(model);
    explainer.explain(counting, rows, FIRST, engine(1));
    double one = medianSeconds(explainer, model, rows, 1, result);
    // The engine spreads rows over threads, so one row has nothing to spread: no speed-up then.
    double all =
        rows.numRows() < 2
            ? Double.NaN
            : settings.threads() == 1
                ? one
                : medianSeconds(explainer, model, rows, settings.threads(), new ArrayList<>());
    Dataset sample = rows.select(firstRows(Math.min(settings.overheadRows(), rows.numRows())));
    RecordingModel recording = RecordingModel.keepingRows(model);
    explainer.explain(recording, sample, FIRST, engine(1));
    List<double[][]> batches = recording.batches();
    double method =
        sample.numRows() == rows.numRows()
            ? one
            : medianSeconds(explainer, model, sample, 1, new ArrayList<>());
    double[] replay = new double[settings.runs()];
    if (settings.warmUp()) {
      BatchReplay.seconds(model, batches);
    }
    for (int run = 0; run < replay.length; run++) {
      cancellation.throwIfCancelled();
      replay[run] = BatchReplay.seconds(model, batches);
    }
    return new Timing(
        part,
        label(explainer),
        budget(explainer),
        rows.numRows(),
        counting.evaluations(),
        one,
        all,
        method / median(replay));
  }

  /** The median seconds of the runs; the last run's explanations are left in {@code result}. */
  double medianSeconds(
      Explainer explainer, Model model, Dataset rows, int threads, List<Explanation> result) {
    EvaluationEngine engine = engine(threads);
    if (settings.warmUp()) {
      explainer.explain(model, rows, FIRST, engine);
    }
    double[] seconds = new double[settings.runs()];
    List<Explanation> last = List.of();
    for (int run = 0; run < seconds.length; run++) {
      long start = System.nanoTime();
      last = explainer.explain(model, rows, FIRST, engine);
      seconds[run] = (System.nanoTime() - start) / 1e9;
    }
    result.clear();
    result.addAll(last);
    return median(seconds);
  }

  /** An engine on the given threads (0: the "all cores" count), polling the cancellation. */
  EvaluationEngine engine(int threads) {
    return new EvaluationEngine(
        threads == 0 ? settings.threads() : threads,
        EvaluationEngine.DEFAULT_BATCH_ROWS,
        ProgressListener.NONE,
        cancellation);
  }

  private static String budget(Explainer explainer) {
    return explainer instanceof KernelShap kernel
        ? Integer.toString(kernel.budget())
        : explainer instanceof SamplingShapley sampling
            ? Integer.toString(sampling.budget())
            : "all";
  }

  static String label(Explainer explainer) {
    return explainer instanceof TreeShap tree
        ? "tree-shap " + tree.mode().label()
        : explainer.method();
  }

  static int[] firstRows(int count) {
    int[] rows = new int[count];
    Arrays.setAll(rows, i -> i);
    return rows;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
