package org.glasswing.weka.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glasswing.core.bench.BatchReplay;
import org.glasswing.core.bench.Friedman1;
import org.glasswing.core.bench.ShapleyAccuracy;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;

/**
 * The Shapley benchmark on the Friedman-1 task, printed as tables: (a) every model-agnostic method
 * on the analytic model (seconds, model evaluations, overhead ratio, thread speed-up, and
 * KernelSHAP at 2048 coalitions against exact Shapley), (b) TreeSHAP on a Weka RandomForest
 * regression (both modes, checked against exact Shapley on one row), the bare cost of the forest
 * (Weka's own prediction against the compiled forest) and the overhead ratio of KernelSHAP on that
 * forest, (c) the accuracy of KernelSHAP and sampling Shapley at small budgets on a 16-feature
 * variant, for the regression (pairwise interactions only) and for a probability (interactions of
 * every order).
 *
 * <p>Seconds are medians over the runs, after one untimed warm-up run; the overhead ratio is the
 * method's time on one thread over the time of its own model batches, recorded row for row and
 * replayed alone (see {@link BatchReplay}). Figures of other tools are printed only with their
 * source, date and machine, never as ratios ({@link PeerFigures}).
 */
public final class ShapleyBenchmark {

  /** The budget of the timed estimators, in coalitions. */
  public static final int BUDGET = 2048;

  /** The budgets of the accuracy table. */
  public static final List<Integer> ACCURACY_BUDGETS = List.of(64, 128, 256, 512);

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
   * @param overheadRows rows whose batches are recorded and replayed for an overhead ratio
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
      boolean warmUp,
      int overheadRows) {

    /**
     * The full benchmark as the issue fixes it: 100 rows, 100 trees, 20 rows and 100 background
     * rows with 10 seeds for the accuracy table; overhead ratios on the batches of 10 rows.
     *
     * @param runs timed runs per figure, at least 1
     * @param threads the "all cores" thread count, at least 1
     * @return the settings
     */
    public static Settings full(int runs, int threads) {
      return new Settings(100, runs, threads, 100, 1, 20, 100, 10, true, 10);
    }

    /**
     * A smoke run of a few seconds with the same structure: 10 rows, one run, 10 trees, and a small
     * accuracy table.
     *
     * @param threads the "all cores" thread count, at least 1
     * @return the settings
     */
    public static Settings quick(int threads) {
      return new Settings(5, 1, threads, 5, 1, 2, 5, 2, false, 2);
    }
  }

  private final FriedmanData data;
  private final Settings settings;
  private final PrintWriter out;
  private final BenchClock clock;

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
    this.clock = new BenchClock(settings, cancellation);
  }

  /**
   * Runs every part and prints its table as soon as it is done.
   *
   * @return every timing printed, in order (for {@link TimingTable#writeCsv})
   */
  public List<Timing> run() {
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
    List<Timing> timings =
        new ArrayList<>(analytic(data.explain().select(BenchClock.firstRows(rows))));
    timings.addAll(
        new ForestBench(data, settings, clock, out)
            .run(data.explain().select(BenchClock.firstRows(rows))));
    accuracy();
    return timings;
  }

  /** Part (a): the model-agnostic methods on the analytic model. */
  private List<Timing> analytic(Dataset rows) {
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
      timings.add(clock.timeWithOverhead("analytic", explainer, model, rows, result));
      results.add(result);
    }
    TimingTable.print(timings, settings.threads(), out);
    double kernelVsExact = maxDifference(results.get(1), results.get(0));
    double closedForm = 0;
    for (Explanation e : results.get(1)) {
      double[] phi = model.closedFormShapley(rows.row(e.row()), background);
      for (int f = 0; f < phi.length; f++) {
        closedForm = Math.max(closedForm, Math.abs(e.attribution(f) - phi[f]));
      }
    }
    out.printf(
        Locale.ROOT,
        "kernel-shap %d coalitions vs exact-shapley: max |difference| %.1e (vs the closed form"
            + " %.1e) over %d rows x %d features%n",
        BUDGET,
        kernelVsExact,
        closedForm,
        rows.numRows(),
        model.schema().inputIndices().length);
    PeerFigures.print("analytic", out);
    out.println();
    out.flush();
    return timings;
  }

  /** Part (c): the accuracy of the estimators on the 16-feature variant. */
  private void accuracy() {
    Dataset background =
        Friedman1.withNoiseColumns(
            data.background().select(BenchClock.firstRows(settings.accuracyBackground())),
            NOISE_COLUMNS,
            16);
    Dataset rows =
        Friedman1.withNoiseColumns(
            data.explain().select(BenchClock.firstRows(settings.accuracyRows())),
            NOISE_COLUMNS,
            17);
    Background weights = Background.uniform(background);
    EvaluationEngine engine = clock.engine(settings.threads());
    Friedman1 regression = Friedman1.regression(rows.schema());
    Friedman1 probability = Friedman1.probability(rows.schema(), data.medianY());
    double[][] closedForm = new double[rows.numRows()][];
    for (int r = 0; r < closedForm.length; r++) {
      closedForm[r] = regression.closedFormShapley(rows.row(r), weights);
    }
    double crossCheck =
        maxDifference(
            new ExactShapley(weights)
                .explain(
                    regression, rows.select(BenchClock.firstRows(1)), BenchClock.FIRST, engine),
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

  static double maxDifference(List<Explanation> actual, List<Explanation> expected) {
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
