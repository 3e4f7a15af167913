package org.glasswing.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;

/**
 * Monte Carlo dropout (Gal and Ghahramani, 2016): T stochastic predictions of each row, summarised
 * as the mean probabilities, the predictive entropy (of the mean), the variance of the predicted
 * class's probability and the mutual information between the prediction and the network's weights
 * (BALD: entropy of the mean minus the mean entropy), which isolates the model's own uncertainty.
 */
public final class McDropout {

  /** The number of stochastic passes when none is given. */
  public static final int DEFAULT_SAMPLES = 50;

  private McDropout() {}

  /**
   * The scores of one row.
   *
   * @param scores the mean probabilities, variance, disagreement and mutual information of the
   *     draws
   * @param predictiveEntropy the entropy of the mean probabilities, in nats
   */
  public record Score(EnsembleDisagreement.Scores scores, double predictiveEntropy) {}

  /**
   * Scores rows.
   *
   * @param model the stochastic model
   * @param rows the rows
   * @param samples the number of passes per row, at least 2
   * @param seed the seed of the passes
   * @param cancel checked between rows
   * @return one score per row
   * @throws IllegalArgumentException if samples is below 2
   */
  public static List<Score> score(
      StochasticModel model, Dataset rows, int samples, long seed, CancellationToken cancel) {
    if (samples < 2) {
      throw new IllegalArgumentException(
          "Monte Carlo dropout needs at least 2 passes, got " + samples);
    }
    List<Score> result = new ArrayList<>();
    for (int r = 0; r < rows.numRows(); r++) {
      cancel.throwIfCancelled();
      double[][] draws =
          model.sample(new double[][] {rows.row(r)}, samples, seed + 1_000_003L * r)[0];
      EnsembleDisagreement.Scores s = EnsembleDisagreement.of(draws);
      double[] mean = s.meanProbabilities().stream().mapToDouble(Double::doubleValue).toArray();
      result.add(new Score(s, PredictiveScores.entropy(mean)));
    }
    return result;
  }
}
