package org.glasswing.core.sanity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RandomStreams;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.model.Model;

/**
 * Stability of a method over runs: the same rows explained {@code runs} times with different seeds
 * ({@code stability-seeds}), and {@code runs} times with the first seed on noisy copies of the rows
 * ({@code stability-noise}, see {@link Perturbation}). For each test the top-k Jaccard index and
 * the Spearman rank correlation of the signed attributions are averaged over rows and over all
 * pairs of runs. A deterministic method has seed stability 1 exactly. Immutable.
 */
public final class Stability {

  /** The test name of stability over seeds. */
  public static final String SEEDS = "stability-seeds";

  /** The test name of stability under input noise. */
  public static final String NOISE = "stability-noise";

  /** Mean similarity from this on passes. */
  public static final double PASS_FROM = 0.8;

  /** Mean similarity below this fails. */
  public static final double FAIL_BELOW = 0.5;

  private final int runs;
  private final int topK;
  private final Perturbation perturbation;
  private final long seed;

  /**
   * Creates the check.
   *
   * @param runs runs per test, at least 2
   * @param topK the k of the Jaccard index, at least 1
   * @param perturbation the input noise of the noise test
   * @param seed the first seed; run i uses seed + i
   */
  public Stability(int runs, int topK, Perturbation perturbation, long seed) {
    if (runs < 2) {
      throw new IllegalArgumentException("stability needs at least 2 runs, got " + runs);
    }
    if (topK < 1) {
      throw new IllegalArgumentException("top-k must be at least 1, got " + topK);
    }
    this.runs = runs;
    this.topK = topK;
    this.perturbation = Objects.requireNonNull(perturbation, "perturbation");
    this.seed = seed;
  }

  /**
   * Measures the stability of a method.
   *
   * @param method the method's name
   * @param explainers builds the method with a seed
   * @param model the model
   * @param rows the rows
   * @param engine runs the model evaluations
   * @return four results: Jaccard and Spearman for seeds, then for noise
   */
  public List<CheckResult> run(
      String method,
      LongFunction<Explainer> explainers,
      Model model,
      Dataset rows,
      EvaluationEngine engine) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("there are no rows to explain");
    }
    Similarity.checkTopK(topK, model.schema().inputIndices().length);
    int[] targets = Attributions.predictedTargets(model, rows);
    StepProgress progress = new StepProgress(engine, 2 * runs);
    List<double[][]> seeded = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      seeded.add(
          Attributions.explain(
              explainers.apply(seed + i), model, rows, targets, progress.next("seed " + (i + 1))));
    }
    List<double[][]> noisy = new ArrayList<>();
    Explainer first = explainers.apply(seed);
    for (int i = 0; i < runs; i++) {
      double[][] moved = new double[rows.numRows()][];
      for (int r = 0; r < moved.length; r++) {
        SplittableRandom random = RandomStreams.forTask(seed + i, r);
        moved[r] = perturbation.apply(rows.row(r), random);
      }
      noisy.add(
          Attributions.explain(
              first,
              model,
              new Dataset(rows.schema(), moved),
              targets,
              progress.next("noise " + (i + 1))));
    }
    List<CheckResult> results = new ArrayList<>();
    results.addAll(summarise(method, SEEDS, seeded, "different seeds"));
    results.addAll(summarise(method, NOISE, noisy, "slightly noisy inputs"));
    return results;
  }

  private List<CheckResult> summarise(
      String method, String test, List<double[][]> runs, String what) {
    double jaccard = 0;
    double spearman = 0;
    int count = 0;
    for (int a = 0; a < runs.size(); a++) {
      for (int b = a + 1; b < runs.size(); b++) {
        for (int r = 0; r < runs.get(a).length; r++) {
          jaccard += Similarity.topKJaccard(runs.get(a)[r], runs.get(b)[r], topK);
          spearman += Similarity.spearman(runs.get(a)[r], runs.get(b)[r]);
          count++;
        }
      }
    }
    jaccard /= count;
    spearman /= count;
    return List.of(
        result(method, test, "top-k-jaccard", jaccard, what),
        result(method, test, "spearman", spearman, what));
  }

  private static CheckResult result(
      String method, String test, String measure, double value, String what) {
    Verdict verdict = Verdict.higherIsBetter(value, PASS_FROM, FAIL_BELOW);
    String reason =
        switch (verdict) {
          case PASS -> "Runs with " + what + " give nearly the same explanation.";
          case WARN -> "Runs with " + what + " give noticeably different explanations.";
          case FAIL -> "Runs with " + what + " give very different explanations.";
        };
    return new CheckResult(method, test, measure, value, verdict, reason);
  }
}
