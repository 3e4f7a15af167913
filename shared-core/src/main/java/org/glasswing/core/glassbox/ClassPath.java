package org.glasswing.core.glassbox;

/**
 * One class's regularisation path in a sparse logistic model: the class against the rest, its
 * cross-validated choice of penalty and its stability-selection frequencies. Immutable.
 *
 * @param label the class label's index (the positive class of this path)
 * @param path the fits along the penalties
 * @param choice the cross-validated deviance and the two usual choices
 * @param chosen the step the model predicts with
 * @param stability {@code [step][design column]} selection frequencies over half-samples, or an
 *     empty array when stability selection was not run
 */
public record ClassPath(
    int label, LogisticPath path, PathChoice choice, int chosen, double[][] stability) {

  /**
   * Checks and copies.
   *
   * @param label the label
   * @param path the path
   * @param choice the choice
   * @param chosen the chosen step
   * @param stability the frequencies
   */
  public ClassPath {
    if (chosen < 0 || chosen >= path.steps()) {
      throw new IllegalArgumentException("the chosen step is not on the path");
    }
    if (stability.length != 0 && stability.length != path.steps()) {
      throw new IllegalArgumentException("stability needs one row per step");
    }
    stability = deepCopy(stability);
  }

  /**
   * The selection frequencies.
   *
   * @return a copy, {@code [step][design column]}
   */
  @Override
  public double[][] stability() {
    return deepCopy(stability);
  }

  /**
   * Whether stability selection was run.
   *
   * @return true if there are frequencies
   */
  public boolean hasStability() {
    return stability.length > 0;
  }

  /**
   * A design column's largest selection frequency over the path (Meinshausen and Buehlmann's
   * selection probability).
   *
   * @param column the design column
   * @return the frequency in [0, 1], or NaN without stability selection
   */
  public double maxFrequency(int column) {
    if (!hasStability()) {
      return Double.NaN;
    }
    double max = 0;
    for (double[] step : stability) {
      max = Math.max(max, step[column]);
    }
    return max;
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].clone();
    }
    return out;
  }
}
