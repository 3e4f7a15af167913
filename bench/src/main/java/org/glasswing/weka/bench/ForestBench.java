package org.glasswing.weka.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.TreeShap;
import org.glasswing.core.tree.CompiledForest;
import org.glasswing.core.tree.TreeEnsemble;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.tree.WekaTreeReader;
import weka.classifiers.trees.RandomForest;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Part (b) of the benchmark: a Weka RandomForest regression on Friedman-1. The bare cost of the
 * forest (Weka's own {@code classifyInstance} row by row against the {@link CompiledForest} that
 * {@link WekaModel} predicts with), TreeSHAP in both modes, and KernelSHAP's overhead on the
 * forest.
 */
final class ForestBench {

  /** Rows predicted per run in the bare-cost figures: the explained and background rows, cycled. */
  static final int PREDICT_ROWS = 10_000;

  private final FriedmanData data;
  private final ShapleyBenchmark.Settings settings;
  private final BenchClock clock;
  private final PrintWriter out;

  ForestBench(
      FriedmanData data, ShapleyBenchmark.Settings settings, BenchClock clock, PrintWriter out) {
    this.data = data;
    this.settings = settings;
    this.clock = clock;
    this.out = out;
  }

  List<Timing> run(Dataset rows) {
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
    start = System.nanoTime();
    WekaModel weka = new WekaModel(forest, new Instances(train, 0));
    double compileSeconds = (System.nanoTime() - start) / 1e9;
    TreeEnsemble ensemble = WekaTreeReader.read(forest, weka.schema());
    out.printf(
        Locale.ROOT,
        "(b) Weka RandomForest, %d trees, trained on train.csv (target y) in %.1f s; read and"
            + " compiled (%d nodes) in %.3f s%n",
        settings.trees(),
        trainSeconds,
        CompiledForest.compile(ensemble).nodeCount(),
        compileSeconds);
    if (!weka.isCompiled()) {
      throw new IllegalStateException("the RandomForest was not compiled");
    }
    List<Timing> timings = new ArrayList<>(bareCost(forest, weka));
    Background background = Background.uniform(data.background());
    List<Explanation> interventional = new ArrayList<>();
    timings.add(clock.time("forest", TreeShap.pathDependent(), ensemble, rows, new ArrayList<>()));
    timings.add(
        clock.time("forest", TreeShap.interventional(background), ensemble, rows, interventional));
    Dataset few = rows.select(BenchClock.firstRows(settings.forestKernelRows()));
    timings.add(
        clock.timeWithOverhead(
            "forest",
            new KernelShap(background, ShapleyBenchmark.BUDGET, 1),
            weka,
            few,
            new ArrayList<>()));
    TimingTable.print(timings, settings.threads(), out);
    List<Explanation> exact =
        new ExactShapley(background)
            .explain(weka, rows.select(BenchClock.firstRows(1)), BenchClock.FIRST, clock.engine(0));
    out.printf(
        Locale.ROOT,
        "tree-shap interventional vs exact-shapley on the forest, row 1: max |difference| %.1e%n",
        ShapleyBenchmark.maxDifference(interventional.subList(0, 1), exact));
    PeerFigures.print("forest", out);
    out.println();
    out.flush();
    return timings;
  }

  /** Weka's classifyInstance row by row against the compiled forest in the engine's batches. */
  private List<Timing> bareCost(RandomForest forest, WekaModel weka) {
    double[][] source = concat(data.explain().rows(), data.background().rows());
    double[][] rows = new double[PREDICT_ROWS][];
    Instances header = weka.header();
    Instance[] instances = new Instance[PREDICT_ROWS];
    for (int r = 0; r < PREDICT_ROWS; r++) {
      rows[r] = source[r % source.length];
      instances[r] = WekaData.instance(rows[r], header);
      instances[r].setClassMissing();
    }
    double[] wekaOut = new double[PREDICT_ROWS];
    double[][] compiledOut = new double[PREDICT_ROWS][];
    double wekaSeconds = repeat(() -> wekaPredict(forest, instances, wekaOut));
    double compiledSeconds = repeat(() -> compiledPredict(weka, rows, compiledOut));
    double gap = 0;
    for (int r = 0; r < PREDICT_ROWS; r++) {
      gap = Math.max(gap, Math.abs(wekaOut[r] - compiledOut[r][0]));
    }
    out.printf(
        Locale.ROOT,
        "bare cost of the forest, %d rows: Weka classifyInstance row by row %.2f us/row, compiled"
            + " forest (WekaModel.predict, batches of %d) %.2f us/row (%.1fx); max |difference|"
            + " %.1e%n",
        PREDICT_ROWS,
        1e6 * wekaSeconds / PREDICT_ROWS,
        EvaluationEngine.DEFAULT_BATCH_ROWS,
        1e6 * compiledSeconds / PREDICT_ROWS,
        wekaSeconds / compiledSeconds,
        gap);
    return List.of(
        new Timing(
            "forest",
            "predict: weka row by row",
            "-",
            PREDICT_ROWS,
            PREDICT_ROWS,
            wekaSeconds,
            Double.NaN,
            Double.NaN),
        new Timing(
            "forest",
            "predict: compiled forest",
            "-",
            PREDICT_ROWS,
            PREDICT_ROWS,
            compiledSeconds,
            Double.NaN,
            Double.NaN));
  }

  private static void wekaPredict(RandomForest forest, Instance[] instances, double[] out) {
    try {
      for (int r = 0; r < instances.length; r++) {
        out[r] = forest.classifyInstance(instances[r]);
      }
    } catch (Exception e) {
      throw new IllegalStateException("Weka failed to predict: " + e.getMessage(), e);
    }
  }

  private static void compiledPredict(WekaModel weka, double[][] rows, double[][] out) {
    int batch = EvaluationEngine.DEFAULT_BATCH_ROWS;
    for (int from = 0; from < rows.length; from += batch) {
      int to = Math.min(rows.length, from + batch);
      double[][] chunk = new double[to - from][];
      System.arraycopy(rows, from, chunk, 0, to - from);
      System.arraycopy(weka.predict(chunk), 0, out, from, to - from);
    }
  }

  /** The median seconds of the runs, after a warm-up run when the settings ask for one. */
  private double repeat(Runnable work) {
    if (settings.warmUp()) {
      work.run();
    }
    double[] seconds = new double[settings.runs()];
    for (int run = 0; run < seconds.length; run++) {
      long start = System.nanoTime();
      work.run();
      seconds[run] = (System.nanoTime() - start) / 1e9;
    }
    return BenchClock.median(seconds);
  }

  private static double[][] concat(double[][] a, double[][] b) {
    double[][] all = new double[a.length + b.length][];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
