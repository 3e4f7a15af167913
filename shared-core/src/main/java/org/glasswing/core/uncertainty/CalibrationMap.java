package org.glasswing.core.uncertainty;

/** A fitted calibrator: maps a probability vector to a recalibrated one. Immutable. */
@FunctionalInterface
public interface CalibrationMap {

  /**
   * Recalibrates one prediction.
   *
   * @param probabilities the class probabilities, summing to 1
   * @return new probabilities, summing to 1
   */
  double[] apply(double[] probabilities);

  /**
   * Recalibrates many predictions.
   *
   * @param predictions the predictions
   * @return the same rows with recalibrated probabilities
   */
  default ClassPredictions apply(ClassPredictions predictions) {
    double[][] p = predictions.probabilities();
    for (int r = 0; r < p.length; r++) {
      p[r] = apply(p[r]);
    }
    return predictions.withProbabilities(p);
  }

  /**
   * Divides one score per class by their sum; a vector of zeros becomes uniform.
   *
   * @param scores non-negative scores, one per class
   * @return a probability vector
   */
  static double[] renormalise(double[] scores) {
    double sum = 0;
    for (double s : scores) {
      sum += s;
    }
    double[] p = new double[scores.length];
    for (int c = 0; c < p.length; c++) {
      p[c] = sum > 0 ? scores[c] / sum : 1.0 / p.length;
    }
    return p;
  }
}
