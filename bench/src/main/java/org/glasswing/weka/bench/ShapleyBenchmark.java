package org.glasswing.weka.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.glasswing.core.bench.BatchReplay;
import org.glasswing.core.bench.Friedman1;
import org.glasswing.core.bench.RecordingModel;
import org.glasswing.core.bench.ShapleyAccuracy;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.shapley.TreeShap;
import org.glasswing.core.tree.TreeEnsemble;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.tree.WekaTreeReader;
import weka.classifiers.trees.RandomForest;
import weka.core.Instances;

/**
 * The Shapley benchmark on the Friedman-1 task, printed as tables: (a) every model-agnostic method
 * on the analytic model (seconds, model evaluations, overhead ratio, thread speed-up, and
 * KernelSHAP at 2048 coalitions against exact Shapley), (b) TreeSHAP on a Weka RandomForest
 * regression (both modes, checked against exact Shapley on one row) and the overhead ratio of
 * KernelSHAP on that forest, (c) the accuracy of KernelSHAP and sampling Shapley at small budgets
 * on a 16-feature variant, for the regression (pairwise interactions only) and for a probability
 * (interactions of every order).
 *
 * <p>Seconds are medians over the runs, after one untimed warm-up run; the overhead ratio is the
 * method's time on one thread over the time of the same model evaluations in the same batches done
 * alone (see {@link BatchReplay}).
 */
public final class ShapleyBenchmark {

  /** The budget of the timed estimators, in coalitions. */
  public static final int BUDGET = 2048;

  /** The budgets of the accuracy table. */
  public static final List<Integer> ACCURACY_BUDGETS = List.of(64, 128, 256, 512);

  /** What a widely used KernelSHAP reaches at {@link #ACCURACY_BUDGETS}, for scale. */
  public static final List<Double> REFERENCE_KERNEL_ERRORS = List.of(0.036, 0.024, 0.014, 0.009);

  /** The noise columns added for the accuracy table's 16-feature variant. */
  public static final int NOISE_COLUMNS = 6;

  /**
   * How much of the benchmark to run.
   *
   * @param rows rows of explain.csv explained in the timings
   * @param runs timed runs per figure; the median is printed
   * @param threads the "all cores" thread count
   * @param trees trees in the RandomForest
   * @param forestKernelRows rows explained by KernelSHAP on the forest (its overhead ratio)
   * @param accuracyRows rows explained in the accuracy table
   * @param accuracyBackground background rows in the accuracy table
   * @param seeds seeds per budget in the accuracy table
   * @param warmUp whether each timing starts with an untimed run
   */
  public record Settings(
      int rows,
      int runs,
      int threads,
      int trees,
      int forestKernelRows,
      int accuracyRows,
      int accuracyBackground,
      int seeds,
      boolean warmUp) {

    /**
     * The full benchmark as the issue fixes it: 100 rows, 100 trees, 20 rows and 100 background
     * rows with 10 seeds for the accuracy table.
     *
     * @param runs timed runs per figure, at least 1
     * @param threads the "all cores" thread count, at least 1
     * @return the settings
     */
    public static Settings full(int runs, int threads) {
      return new Settings(100, runs, threads, 100, 1, 20, 100, 10, true);
    }

    /**
     * A smoke run of a few seconds with the same structure: 10 rows, one run, 10 trees, and a small
     * accuracy table.
     *
     * @param threads the "all cores" thread count, at least 1
     * @return the settings
     */
    public static Settings quick(int threads) {
      return new Settings(5, 1, threads, 5, 1, 2, 5, 2, false);
    }
  }

  private static final TargetSelection FIRST = TargetSelection.predicted();

  private final FriedmanData data;
  private final Settings settings;
  private final PrintWriter out;
  private final CancellationToken cancellation;

  /**
   * Prepares a benchmark.
   *
   * @param data the task
   * @param settings how much to run
   * @param out where the tables go
   * @param cancellation polled between batches; the benchmark then throws {@link
   *     CancelledException}
   */
  public ShapleyBenchmark(
      FriedmanData data, Settings settings, PrintWriter out, CancellationToken cancellation) {
    if (settings.runs() < 1 || settings.threads() < 1) {
      throw new IllegalArgumentException("runs and threads must be at least 1");
    }
    this.data = data;
    this.settings = settings;
    this.out = out;
    this.cancellation = cancellation;
  }

  /** Runs every part and prints its table as soon as it is done. */
  public void run() {
    int rows = Math.min(settings.rows(), data.explain().numRows());
    out.printf(
        Locale.ROOT,
        "Glasswing Shapley benchmark: Friedman-1, %d features, %d rows explained, %d background"
            + " rows%n",
        data.explain().schema().inputIndices().length,
        rows,
        data.background().numRows());
    out.printf(
        Locale.ROOT,
        "%d run(s) per figure (median seconds%s), %d threads for \"all cores\" (%d available),"
            + " Java %s%n%n",
        settings.runs(),
        settings.warmUp() ? ", after a warm-up run" : "",
        settings.threads(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    out.flush();
    analytic(data.explain().select(firstRows(rows)));
    forest(data.explain().select(firstRows(rows)));
    accuracy();
  }

  /** One line of a timing table. */
  private record Timing(
      String method,
      String budget,
      long evaluations,
      double oneThread,
      double allThreads,
      double overhead,
      int rows) {}

  /** Part (a): the model-agnostic methods on the analytic model. */
  private void analytic(Dataset rows) {
    Friedman1 model = Friedman1.regression(data.explain().schema());
    Background background = Background.uniform(data.background());
    out.println("(a) analytic Friedman-1 model (a core Model, no noise)");
    List<Timing> timings = new ArrayList<>();
    List<List<Explanation>> results = new ArrayList<>();
    for (Explainer explainer :
        List.of(
            new ExactShapley(background),
            new KernelShap(background, BUDGET, 1),
            new SamplingShapley(background, BUDGET, 1))) {
      List<Explanation> result = new ArrayList<>();
      timings.add(timeWithOverhead(explainer, model, rows, data.background(), result));
      results.add(result);
    }
    printTimings(timings);
    double kernelVsExact = maxDifference(results.get(1), results.get(0));
    double closedForm = 0;
    for (Explanation e : results.get(1)) {
      double[] phi = model.closedFormShapley(rows.row(e.row()), background);
      for (int f = 0; f < phi.length; f++) {
        closedForm = Math.max(closedForm, Math.abs(e.attribution(f) - phi[f]));
      }
    }
    double perRow = timings.get(1).allThreads() / rows.numRows();
    out.printf(
        Locale.ROOT,
        "kernel-shap %d coalitions vs exact-shapley: max |difference| %.1e (vs the closed form"
            + " %.1e) over %d rows x %d features%n",
        BUDGET,
        kernelVsExact,
        closedForm,
        rows.numRows(),
        model.schema().inputIndices().length);
    out.printf(
        Locale.ROOT,
        "kernel-shap %d coalitions: %.5f s per row on %d threads (another tool: about 0.3 s per"
            + " row, %.0fx more; goal at least 20x)%n%n",
        BUDGET,
        perRow,
        settings.threads(),
        0.3 / perRow);
    out.flush();
  }

  /** Part (b): TreeSHAP on a Weka RandomForest, and KernelSHAP's overhead on it. */
  private void forest(Dataset rows) {
    Instances train = data.train();
    RandomForest forest = new RandomForest();
    forest.setNumIterations(settings.trees());
    forest.setSeed(1);
    long start = System.nanoTime();
    try {
      forest.buildClassifier(new Instances(train));
    } catch (Exception e) {
      throw new IllegalStateException("cannot train the RandomForest: " + e.getMessage(), e);
    }
    double trainSeconds = (System.nanoTime() - start) / 1e9;
    WekaModel weka = new WekaModel(forest, new Instances(train, 0));
    TreeEnsemble ensemble = WekaTreeReader.read(forest, weka.schema());
    Background background = Background.uniform(data.background());
    out.printf(
        Locale.ROOT,
        "(b) Weka RandomForest, %d trees, trained on train.csv (target y) in %.1f s%n",
        settings.trees(),
        trainSeconds);
    List<Timing> timings = new ArrayList<>();
    List<Explanation> interventional = new ArrayList<>();
    timings.add(time(TreeShap.pathDependent(), ensemble, rows, "-", new ArrayList<>()));
    timings.add(time(TreeShap.interventional(background), ensemble, rows, "-", interventional));
    Dataset few = rows.select(firstRows(settings.forestKernelRows()));
    timings.add(
        timeWithOverhead(
            new KernelShap(background, BUDGET, 1),
            weka,
            few,
            data.background(),
            new ArrayList<>()));
    printTimings(timings);
    out.printf(
        Locale.ROOT,
        "another tool on a same-size forest, these 100 rows: about 1.6 s (path) and 2.2 s"
            + " (interventional)%n");
    List<Explanation> exact =
        new ExactShapley(background).explain(weka, rows.select(firstRows(1)), FIRST, engine(0));
    out.printf(
        Locale.ROOT,
        "tree-shap interventional vs exact-shapley on the forest, row 1: max |difference| %.1e%n%n",
        maxDifference(interventional.subList(0, 1), exact));
    out.flush();
  }

  /** Part (c): the accuracy of the estimators on the 16-feature variant. */
  private void accuracy() {
    Dataset background =
        Friedman1.withNoiseColumns(
            data.background().select(firstRows(settings.accuracyBackground())), NOISE_COLUMNS, 16);
    Dataset rows =
        Friedman1.withNoiseColumns(
            data.explain().select(firstRows(settings.accuracyRows())), NOISE_COLUMNS, 17);
    Background weights = Background.uniform(background);
    EvaluationEngine engine = engine(settings.threads());
    Friedman1 regression = Friedman1.regression(rows.schema());
    Friedman1 probability = Friedman1.probability(rows.schema(), data.medianY());
    double[][] closedForm = new double[rows.numRows()][];
    for (int r = 0; r < closedForm.length; r++) {
      closedForm[r] = regression.closedFormShapley(rows.row(r), weights);
    }
    double crossCheck =
        maxDifference(
            new ExactShapley(weights).explain(regression, rows.select(firstRows(1)), FIRST, engine),
            closedForm[0]);
    double[][] exactProbability = ShapleyAccuracy.exact(probability, rows, weights, engine);
    int[] budgets = ACCURACY_BUDGETS.stream().mapToInt(Integer::intValue).toArray();
    out.printf(
        Locale.ROOT,
        "(c) accuracy: mean |error| vs exact Shapley (in brackets: share of errors beyond 3"
            + " reported standard errors)%n"
            + "    %d features (x0..x9 and %d uniform noise columns), %d rows of explain.csv,"
            + " %d background rows, %d seeds per budget%n",
        rows.schema().inputIndices().length,
        NOISE_COLUMNS,
        rows.numRows(),
        background.numRows(),
        settings.seeds());
    out.printf(Locale.ROOT, "%-46s", "budget (coalitions)");
    for (int budget : budgets) {
      out.printf(Locale.ROOT, "%19d", budget);
    }
    out.println();
    out.printf(Locale.ROOT, "%-46s", "a widely used KernelSHAP (scale; goal: half)");
    for (double error : REFERENCE_KERNEL_ERRORS) {
      out.printf(Locale.ROOT, "%11.3f        ", error);
    }
    out.println();
    printAccuracy(
        "EASY regression f (pairwise only; exact here)",
        ShapleyAccuracy.measure(
            regression, rows, weights, closedForm, budgets, settings.seeds(), engine));
    printAccuracy(
        "HARD probability P(y > median) (all orders)",
        ShapleyAccuracy.measure(
            probability, rows, weights, exactProbability, budgets, settings.seeds(), engine));
    out.printf(
        Locale.ROOT,
        "the regression f has only a pairwise interaction (x0 with x1), which paired and antithetic"
            + " sampling resolve exactly;%n"
            + "the probability Phi(f - %.4f) of the classification task has interactions of every"
            + " order: the informative row.%n"
            + "exact values: closed form for f (cross-check with exact-shapley on row 1: %.1e),"
            + " exact-shapley (2^%d coalitions) for the probability%n",
        data.medianY(),
        crossCheck,
        rows.schema().inputIndices().length);
    out.flush();
  }

  private void printAccuracy(String label, List<ShapleyAccuracy.Cell> cells) {
    for (String method : ShapleyAccuracy.METHODS) {
      out.printf(Locale.ROOT, "%-46s", label.substring(0, 4) + " " + method);
      for (ShapleyAccuracy.Cell cell : cells) {
        if (cell.method().equals(method)) {
          String share =
              Double.isNaN(cell.beyondThreeErrors())
                  ? "no SE"
                  : String.format(Locale.ROOT, "%4.1f%%", 100 * cell.beyondThreeErrors());
          out.printf(Locale.ROOT, "%11.2e (%5s)", cell.meanAbsoluteError(), share);
        }
      }
      out.println();
    }
    out.println("     = " + label.substring(5));
  }

  /** Times a method on one and on all threads, without counting evaluations. */
  private Timing time(
      Explainer explainer, Model model, Dataset rows, String budget, List<Explanation> result) {
    double one = medianSeconds(explainer, model, rows, 1, null, result);
    double all =
        settings.threads() == 1
            ? one
            : medianSeconds(explainer, model, rows, settings.threads(), null, result);
    return new Timing(label(explainer), budget, -1, one, all, Double.NaN, rows.numRows());
  }

  /**
   * Times a method on one and on all threads, counts its model evaluations, and replays its batches
   * to get the overhead ratio (on one thread).
   */
  private Timing timeWithOverhead(
      Explainer explainer, Model model, Dataset rows, Dataset fill, List<Explanation> result) {
    RecordingModel recording = new RecordingModel(model);
    double one = medianSeconds(explainer, recording, rows, 1, recording, result);
    int[] batches = recording.batchSizes();
    double[] replay = new double[settings.runs()];
    if (settings.warmUp()) {
      BatchReplay.seconds(model, batches, fill);
    }
    for (int run = 0; run < replay.length; run++) {
      cancellation.throwIfCancelled();
      replay[run] = BatchReplay.seconds(model, batches, fill);
    }
    // The engine spreads rows over threads, so one row has nothing to spread: no speed-up then.
    double all =
        rows.numRows() < 2
            ? Double.NaN
            : settings.threads() == 1
                ? one
                : medianSeconds(explainer, model, rows, settings.threads(), null, result);
    String budget =
        explainer instanceof KernelShap kernel
            ? Integer.toString(kernel.budget())
            : explainer instanceof SamplingShapley sampling
                ? Integer.toString(sampling.budget())
                : "all";
    return new Timing(
        label(explainer),
        budget,
        recording.evaluations(),
        one,
        all,
        one / median(replay),
        rows.numRows());
  }

  /**
   * The median seconds of the runs; the recorder, when given, holds the last run's batches after.
   * The last run's explanations are left in {@code result}.
   */
  private double medianSeconds(
      Explainer explainer,
      Model model,
      Dataset rows,
      int threads,
      RecordingModel recorder,
      List<Explanation> result) {
    EvaluationEngine engine = engine(threads);
    if (settings.warmUp()) {
      explainer.explain(model, rows, FIRST, engine);
    }
    double[] seconds = new double[settings.runs()];
    List<Explanation> last = List.of();
    for (int run = 0; run < seconds.length; run++) {
      if (recorder != null) {
        recorder.clear();
      }
      long start = System.nanoTime();
      last = explainer.explain(model, rows, FIRST, engine);
      seconds[run] = (System.nanoTime() - start) / 1e9;
    }
    result.clear();
    result.addAll(last);
    return median(seconds);
  }

  private void printTimings(List<Timing> timings) {
    String threads = settings.threads() + " threads";
    out.printf(
        Locale.ROOT,
        "%-28s %7s %5s %12s %12s %12s %9s %9s %10s%n",
        "method",
        "budget",
        "rows",
        "evaluations",
        "s (1 thread)",
        "s (" + threads + ")",
        "speed-up",
        "overhead",
        "s per row");
    for (Timing t : timings) {
      out.printf(
          Locale.ROOT,
          "%-28s %7s %5d %12s %12.3f %12s %9s %9s %10.5f%n",
          t.method(),
          t.budget(),
          t.rows(),
          t.evaluations() < 0 ? "-" : Long.toString(t.evaluations()),
          t.oneThread(),
          Double.isNaN(t.allThreads()) ? "-" : String.format(Locale.ROOT, "%.3f", t.allThreads()),
          Double.isNaN(t.allThreads())
              ? "-"
              : String.format(Locale.ROOT, "%.2f", t.oneThread() / t.allThreads()),
          Double.isNaN(t.overhead()) ? "-" : String.format(Locale.ROOT, "%.2f", t.overhead()),
          (Double.isNaN(t.allThreads()) ? t.oneThread() : t.allThreads()) / t.rows());
    }
    out.println(
        "overhead = seconds on 1 thread / seconds of the same model evaluations in the same batches"
            + " alone (goal <= 1.15); speed-up goal >= 1.8 on 2 cores");
  }

  private static String label(Explainer explainer) {
    return explainer instanceof TreeShap tree
        ? "tree-shap " + tree.mode().label()
        : explainer.method();
  }

  private EvaluationEngine engine(int threads) {
    return new EvaluationEngine(
        threads == 0 ? settings.threads() : threads,
        EvaluationEngine.DEFAULT_BATCH_ROWS,
        ProgressListener.NONE,
        cancellation);
  }

  private static int[] firstRows(int count) {
    int[] rows = new int[count];
    Arrays.setAll(rows, i -> i);
    return rows;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double maxDifference(List<Explanation> actual, List<Explanation> expected) {
    double gap = 0;
    for (int i = 0; i < actual.size(); i++) {
      gap = Math.max(gap, maxDifference(List.of(actual.get(i)), expected.get(i).attributions()));
    }
    return gap;
  }

  private static double maxDifference(List<Explanation> actual, double[] expected) {
    double gap = 0;
    double[] values = actual.get(0).attributions();
    for (int f = 0; f < values.length; f++) {
      gap = Math.max(gap, Math.abs(values[f] - expected[f]));
    }
    return gap;
  }
}
