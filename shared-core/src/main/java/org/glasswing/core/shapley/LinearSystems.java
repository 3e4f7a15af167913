package org.glasswing.core.shapley;

/**
 * Dense linear systems, small enough for plain Java: Gaussian elimination with partial pivoting,
 * many right-hand sides at once.
 */
public final class LinearSystems {

  private LinearSystems() {}

  /**
   * Solves A X = B.
   *
   * @param a a square matrix; not modified
   * @param b the right-hand sides, one column per system, with as many rows as {@code a}; not
   *     modified
   * @return X, with the shape of {@code b}
   * @throws IllegalStateException if A is singular to working precision
   */
  public static double[][] solve(double[][] a, double[][] b) {
    int n = a.length;
    int columns = n == 0 ? 0 : b[0].length;
    double[][] m = new double[n][];
    double[][] x = new double[n][];
    double scale = 0;
    for (int i = 0; i < n; i++) {
      m[i] = a[i].clone();
      x[i] = b[i].clone();
      for (double value : m[i]) {
        scale = Math.max(scale, Math.abs(value));
      }
    }
    double tiny = scale * n * 1e-14;
    for (int k = 0; k < n; k++) {
      int pivot = k;
      for (int i = k + 1; i < n; i++) {
        if (Math.abs(m[i][k]) > Math.abs(m[pivot][k])) {
          pivot = i;
        }
      }
      if (!(Math.abs(m[pivot][k]) > tiny)) {
        throw new IllegalStateException("the linear system is singular");
      }
      double[] swap = m[k];
      m[k] = m[pivot];
      m[pivot] = swap;
      swap = x[k];
      x[k] = x[pivot];
      x[pivot] = swap;
      for (int i = k + 1; i < n; i++) {
        double factor = m[i][k] / m[k][k];
        if (factor == 0) {
          continue;
        }
        for (int j = k; j < n; j++) {
          m[i][j] -= factor * m[k][j];
        }
        for (int j = 0; j < columns; j++) {
          x[i][j] -= factor * x[k][j];
        }
      }
    }
    for (int k = n - 1; k >= 0; k--) {
      for (int j = 0; j < columns; j++) {
        double value = x[k][j];
        for (int i = k + 1; i < n; i++) {
          value -= m[k][i] * x[i][j];
        }
        x[k][j] = value / m[k][k];
      }
    }
    return x;
  }

  /**
   * The inverse of a square matrix.
   *
   * @param a the matrix; not modified
   * @return A<sup>-1</sup>
   * @throws IllegalStateException if A is singular to working precision
   */
  public static double[][] inverse(double[][] a) {
    int n = a.length;
    double[][] identity = new double[n][n];
    for (int i = 0; i < n; i++) {
      identity[i][i] = 1;
    }
    return solve(a, identity);
  }
}
