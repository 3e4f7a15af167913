package org.glasswing.core.sanity;

import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RandomStreams;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.model.Model;

/**
 * Max-sensitivity (Yeh et al. 2019): how much can an explanation change under a small move of the
 * input? For each row, {@code samples} noisy copies (see {@link Perturbation}) are explained for
 * the same output, and the largest relative change ‖φ(x′) − φ(x)‖ / ‖φ(x)‖ is kept; the result is
 * its mean over rows. All noisy copies are explained in one call of the explainer. Immutable.
 */
public final class MaxSensitivity {

  /** The test name in results. */
  public static final String TEST = "max-sensitivity";

  /** Mean max-sensitivity below this passes. */
  public static final double PASS_BELOW = 0.2;

  /** Mean max-sensitivity from this on fails. */
  public static final double FAIL_FROM = 0.5;

  private final Perturbation perturbation;
  private final int samples;
  private final long seed;

  /**
   * Creates the check.
   *
   * @param perturbation the input noise
   * @param samples noisy copies per row, at least 1
   * @param seed the seed of the noise
   */
  public MaxSensitivity(Perturbation perturbation, int samples, long seed) {
    this.perturbation = java.util.Objects.requireNonNull(perturbation, "perturbation");
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, got " + samples);
    }
    this.samples = samples;
    this.seed = seed;
  }

  /**
   * Measures the max-sensitivity of a method.
   *
   * @param explainer the method
   * @param model the model
   * @param rows the rows
   * @param engine runs the model evaluations
   * @return one result, {@code max-sensitivity}
   */
  public CheckResult run(Explainer explainer, Model model, Dataset rows, EvaluationEngine engine) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("there are no rows to explain");
    }
    int[] targets = Attributions.predictedTargets(model, rows);
    StepProgress progress = new StepProgress(engine, 2);
    double[][] base = Attributions.explain(explainer, model, rows, targets, progress.next("rows"));
    int n = rows.numRows();
    double[][] noisy = new double[n * samples][];
    int[] noisyTargets = new int[n * samples];
    for (int r = 0; r < n; r++) {
      SplittableRandom random = RandomStreams.forTask(seed, r);
      for (int s = 0; s < samples; s++) {
        noisy[r * samples + s] = perturbation.apply(rows.row(r), random);
        noisyTargets[r * samples + s] = targets[r];
      }
    }
    double[][] moved =
        Attributions.explain(
            explainer,
            model,
            new Dataset(rows.schema(), noisy),
            noisyTargets,
            progress.next("noisy copies"));
    double total = 0;
    for (int r = 0; r < n; r++) {
      double norm = norm(base[r], null);
      double worst = 0;
      for (int s = 0; s < samples; s++) {
        double change = norm(moved[r * samples + s], base[r]);
        worst =
            Math.max(worst, norm > 0 ? change / norm : change > 0 ? Double.POSITIVE_INFINITY : 0);
      }
      total += worst;
    }
    double mean = total / n;
    Verdict verdict = Verdict.lowerIsBetter(mean, PASS_BELOW, FAIL_FROM);
    String reason =
        switch (verdict) {
          case PASS -> "A small change of the input changes the explanation little.";
          case WARN -> "A small change of the input changes the explanation noticeably.";
          case FAIL -> "A small change of the input changes the explanation a lot.";
        };
    return new CheckResult(explainer.method(), TEST, "max-sensitivity", mean, verdict, reason);
  }

  private static double norm(double[] a, double[] minus) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - (minus == null ? 0 : minus[i]);
      sum += d * d;
    }
    return Math.sqrt(sum);
  }
}
