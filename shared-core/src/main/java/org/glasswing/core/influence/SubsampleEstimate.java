package org.glasswing.core.influence;

import java.util.stream.IntStream;

/**
 * The result of {@link SubsampleInfluence}: which training rows each model saw and each model's
 * loss on each row, from which the approximate influence of every training row on every row
 * follows. Immutable.
 */
public final class SubsampleEstimate {

  private final boolean[][] subsets;
  private final double[][] losses;
  private final int[] included;

  /**
   * Holds the subsets and losses.
   *
   * @param subsets {@code [model][training row]}, true where the row was trained on
   * @param losses {@code [model][row]}, each model's log-loss on each row
   * @throws IllegalArgumentException if the two do not have one entry per model, or the rows of
   *     either differ in length
   */
  public SubsampleEstimate(boolean[][] subsets, double[][] losses) {
    if (subsets.length == 0 || subsets.length != losses.length) {
      throw new IllegalArgumentException("one subset and one row of losses per model are needed");
    }
    int n = subsets[0].length;
    int rows = losses[0].length;
    this.subsets = new boolean[subsets.length][];
    this.losses = new double[losses.length][];
    this.included = new int[n];
    for (int k = 0; k < subsets.length; k++) {
      if (subsets[k].length != n || losses[k].length != rows) {
        throw new IllegalArgumentException("every model needs the same training rows and rows");
      }
      this.subsets[k] = subsets[k].clone();
      this.losses[k] = losses[k].clone();
      for (int i = 0; i < n; i++) {
        if (subsets[k][i]) {
          included[i]++;
        }
      }
    }
  }

  /**
   * The number of models M.
   *
   * @return M
   */
  public int models() {
    return subsets.length;
  }

  /**
   * The number of training rows.
   *
   * @return the count
   */
  public int trainingRows() {
    return included.length;
  }

  /**
   * The number of rows whose losses were measured.
   *
   * @return the count
   */
  public int rows() {
    return losses[0].length;
  }

  /**
   * How many of the models were trained with a training row.
   *
   * @param trainingRow the training row's index
   * @return from 0 to {@link #models()}
   */
  public int timesIncluded(int trainingRow) {
    return included[trainingRow];
  }

  /**
   * The training rows with no estimate: those in every subset or in none.
   *
   * @return their indices, ascending
   */
  public int[] undetermined() {
    return IntStream.range(0, included.length)
        .filter(i -> included[i] == 0 || included[i] == subsets.length)
        .toArray();
  }

  /**
   * One model's log-loss on one row.
   *
   * @param model the model's index
   * @param row the row's index
   * @return the loss
   */
  public double loss(int model, int row) {
    return losses[model][row];
  }

  /**
   * The estimated change in a row's log-loss if each training row were left out: the mean loss of
   * the models trained without it minus the mean loss of those trained with it. Positive: the
   * training row helped; negative: it harmed.
   *
   * @param row the row's index
   * @return one value per training row, {@code NaN} for the {@link #undetermined()} ones
   */
  public double[] lossChangeIfRemoved(int row) {
    return compute(row, false);
  }

  /**
   * The standard error of each value of {@link #lossChangeIfRemoved(int)}: Welch's, the square root
   * of the two groups' sample variances each over its group's size.
   *
   * @param row the row's index
   * @return one value per training row, {@code NaN} where either group has fewer than 2 models
   */
  public double[] standardError(int row) {
    return compute(row, true);
  }

  private double[] compute(int row, boolean error) {
    int n = included.length;
    int m = subsets.length;
    double[] sumWith = new double[n];
    double total = 0;
    for (int k = 0; k < m; k++) {
      double loss = losses[k][row];
      total += loss;
      boolean[] subset = subsets[k];
      for (int i = 0; i < n; i++) {
        if (subset[i]) {
          sumWith[i] += loss;
        }
      }
    }
    double[] meanWith = new double[n];
    double[] meanWithout = new double[n];
    double[] result = new double[n];
    for (int i = 0; i < n; i++) {
      int with = included[i];
      int without = m - with;
      meanWith[i] = with == 0 ? Double.NaN : sumWith[i] / with;
      meanWithout[i] = without == 0 ? Double.NaN : (total - sumWith[i]) / without;
      result[i] = meanWithout[i] - meanWith[i];
    }
    if (!error) {
      return result;
    }
    double[] squaresWith = new double[n];
    double[] squaresWithout = new double[n];
    for (int k = 0; k < m; k++) {
      double loss = losses[k][row];
      boolean[] subset = subsets[k];
      for (int i = 0; i < n; i++) {
        if (subset[i]) {
          double d = loss - meanWith[i];
          squaresWith[i] += d * d;
        } else {
          double d = loss - meanWithout[i];
          squaresWithout[i] += d * d;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      int with = included[i];
      int without = m - with;
      result[i] =
          with < 2 || without < 2
              ? Double.NaN
              : Math.sqrt(
                  squaresWith[i] / (with - 1) / with + squaresWithout[i] / (without - 1) / without);
    }
    return result;
  }
}
