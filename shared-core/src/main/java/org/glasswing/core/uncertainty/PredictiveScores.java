package org.glasswing.core.uncertainty;

/**
 * How sure one prediction looks from its own class probabilities: the predicted class, the largest
 * probability, the margin between the two largest probabilities, and the Shannon entropy (in nats,
 * natural logarithm; 0 for a certain prediction, {@code ln k} for a uniform one over k classes).
 *
 * @param predicted the index of the most probable class (the first one on ties)
 * @param maxProbability the largest probability
 * @param margin the largest probability minus the second largest
 * @param entropy {@code -sum p log p} over the classes, with {@code 0 log 0 = 0}
 */
public record PredictiveScores(
    int predicted, double maxProbability, double margin, double entropy) {

  /**
   * Scores one probability vector.
   *
   * @param probabilities the class probabilities, at least two, non-negative and summing to 1
   * @return the scores
   * @throws IllegalArgumentException if there are fewer than two probabilities, or they are not a
   *     probability vector
   */
  public static PredictiveScores of(double[] probabilities) {
    if (probabilities.length < 2) {
      throw new IllegalArgumentException(
          "predictive scores need the probabilities of at least two classes; a numeric target has"
              + " none");
    }
    double[] p = ClassPredictions.normalised(probabilities, probabilities.length, 0);
    int best = argmax(p);
    double second = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < p.length; c++) {
      if (c != best) {
        second = Math.max(second, p[c]);
      }
    }
    return new PredictiveScores(best, p[best], p[best] - second, entropy(p));
  }

  /**
   * The index of the largest value, the first one on ties.
   *
   * @param values the values
   * @return the index
   */
  public static int argmax(double[] values) {
    int best = 0;
    for (int c = 1; c < values.length; c++) {
      if (values[c] > values[best]) {
        best = c;
      }
    }
    return best;
  }

  /**
   * Shannon entropy in nats.
   *
   * @param p a probability vector
   * @return {@code -sum p log p}, with {@code 0 log 0 = 0}
   */
  public static double entropy(double[] p) {
    double h = 0;
    for (double v : p) {
      if (v > 0) {
        h -= v * Math.log(v);
      }
    }
    return Math.max(0, h);
  }
}
