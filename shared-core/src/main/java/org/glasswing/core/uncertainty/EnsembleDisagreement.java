package org.glasswing.core.uncertainty;

import java.util.ArrayList;
import java.util.List;

/**
 * How much the members of an ensemble (such as bagged copies of one classifier) disagree about a
 * row, given each member's class probabilities. With M members, member probabilities {@code p_m}
 * and their mean {@code p}, the ensemble predicts {@code c = argmax p} and:
 *
 * <ul>
 *   <li>{@code variance}: the variance over members of {@code p_m[c]} (divided by M);
 *   <li>{@code disagreement}: the share of member pairs whose predicted classes differ;
 *   <li>{@code mutualInformation}: the entropy of the mean minus the mean of the members' entropies
 *       (in nats): the part of the total uncertainty that comes from the members disagreeing
 *       (epistemic), as opposed to each being unsure (aleatoric) (Depeweg et al. 2018).
 * </ul>
 */
public final class EnsembleDisagreement {

  private EnsembleDisagreement() {}

  /**
   * The scores of one row.
   *
   * @param predicted the class the mean probabilities predict
   * @param meanProbabilities the mean of the members' probabilities, in class order
   * @param variance the variance over members of the predicted class's probability
   * @param disagreement the share of member pairs that predict different classes
   * @param mutualInformation the entropy of the mean minus the mean entropy, in nats
   */
  public record Scores(
      int predicted,
      List<Double> meanProbabilities,
      double variance,
      double disagreement,
      double mutualInformation) {

    /**
     * Copies the list.
     *
     * @param predicted the predicted class
     * @param meanProbabilities the mean probabilities
     * @param variance the variance
     * @param disagreement the pairwise disagreement
     * @param mutualInformation the mutual information
     */
    public Scores {
      meanProbabilities = List.copyOf(meanProbabilities);
    }
  }

  /**
   * Scores one row.
   *
   * @param members one probability vector per member, at least two members, all of one length
   * @return the scores
   * @throws IllegalArgumentException for fewer than two members, vectors of different lengths, or
   *     vectors that are not probabilities
   */
  public static Scores of(double[][] members) {
    int m = members.length;
    if (m < 2) {
      throw new IllegalArgumentException(
          "ensemble disagreement needs at least two members, got " + m);
    }
    int k = members[0].length;
    if (k < 2) {
      throw new IllegalArgumentException(
          "ensemble disagreement needs class probabilities; a numeric target has none");
    }
    double[][] p = new double[m][];
    for (int i = 0; i < m; i++) {
      p[i] = ClassPredictions.normalised(members[i], k, 0);
    }
    double[] mean = new double[k];
    double meanEntropy = 0;
    int[] vote = new int[m];
    for (int i = 0; i < m; i++) {
      for (int c = 0; c < k; c++) {
        mean[c] += p[i][c] / m;
      }
      meanEntropy += PredictiveScores.entropy(p[i]) / m;
      vote[i] = PredictiveScores.argmax(p[i]);
    }
    int predicted = PredictiveScores.argmax(mean);
    double variance = 0;
    for (int i = 0; i < m; i++) {
      double d = p[i][predicted] - mean[predicted];
      variance += d * d / m;
    }
    int differ = 0;
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        differ += vote[i] != vote[j] ? 1 : 0;
      }
    }
    double pairs = m * (m - 1) / 2.0;
    double mi = Math.max(0, PredictiveScores.entropy(mean) - meanEntropy);
    List<Double> meanList = new ArrayList<>(k);
    for (double v : mean) {
      meanList.add(v);
    }
    return new Scores(predicted, meanList, variance, differ / pairs, mi);
  }

  /**
   * Scores many rows.
   *
   * @param members {@code members[m][row]} is member m's probability vector for the row
   * @return one score per row
   */
  public static List<Scores> of(double[][][] members) {
    int rows = members.length == 0 ? 0 : members[0].length;
    List<Scores> result = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      double[][] row = new double[members.length][];
      for (int m = 0; m < members.length; m++) {
        if (members[m].length != rows) {
          throw new IllegalArgumentException("every member must predict the same rows");
        }
        row[m] = members[m][r];
      }
      result.add(of(row));
    }
    return result;
  }
}
