package org.glasswing.core.embedding;

import java.util.SplittableRandom;
import org.glasswing.core.engine.CancellationToken;

/**
 * The leading eigenpairs of a symmetric matrix by orthogonal (subspace) iteration with a
 * Rayleigh-Ritz step: eigenvalues of largest magnitude, sorted by value, largest first.
 */
final class SymmetricEigen {

  private static final int MAX_ITERATIONS = 2000;
  private static final double TOLERANCE = 1e-10;

  final double[] values;
  final double[][] vectors; // vectors[k] is the k-th eigenvector

  private SymmetricEigen(double[] values, double[][] vectors) {
    this.values = values;
    this.vectors = vectors;
  }

  static SymmetricEigen leading(double[][] a, int k, long seed, CancellationToken cancel) {
    int n = a.length;
    int m = Math.min(n, k + 2); // a little extra subspace speeds convergence
    SplittableRandom random = new SplittableRandom(seed);
    double[][] q = new double[m][n];
    for (double[] v : q) {
      for (int i = 0; i < n; i++) {
        v[i] = random.nextGaussian();
      }
    }
    orthonormalise(q);
    double[] previous = new double[m];
    double[][] ritz = null;
    double[] ritzValues = null;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      cancel.throwIfCancelled();
      double[][] z = new double[m][];
      for (int c = 0; c < m; c++) {
        z[c] = multiply(a, q[c]);
      }
      // Rayleigh-Ritz: small m x m projected matrix, solved by Jacobi
      double[][] small = new double[m][m];
      for (int r = 0; r < m; r++) {
        for (int c = 0; c < m; c++) {
          small[r][c] = dot(q[r], z[c]);
        }
      }
      double[][] eigenvectors = new double[m][m];
      double[] eigenvalues = jacobi(small, eigenvectors);
      Integer[] order = byMagnitude(eigenvalues);
      ritz = new double[m][n];
      ritzValues = new double[m];
      for (int t = 0; t < m; t++) {
        int e = order[t];
        ritzValues[t] = eigenvalues[e];
        for (int c = 0; c < m; c++) {
          double weight = eigenvectors[c][e];
          for (int i = 0; i < n; i++) {
            ritz[t][i] += weight * z[c][i];
          }
        }
      }
      double change = 0;
      double scale = 1e-300;
      for (int t = 0; t < k; t++) {
        change = Math.max(change, Math.abs(ritzValues[t] - previous[t]));
        scale = Math.max(scale, Math.abs(ritzValues[t]));
      }
      previous = ritzValues.clone();
      q = ritz;
      orthonormalise(q);
      if (iteration > 2 && change <= TOLERANCE * scale) {
        break;
      }
    }
    // Final vectors: the orthonormalised Ritz vectors; values by Rayleigh quotient.
    double[] values = new double[k];
    double[][] vectors = new double[k][];
    for (int t = 0; t < k; t++) {
      vectors[t] = q[t];
      values[t] = dot(q[t], multiply(a, q[t]));
    }
    // sort by value, largest first
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        if (values[j] > values[i]) {
          double tv = values[i];
          values[i] = values[j];
          values[j] = tv;
          double[] tvec = vectors[i];
          vectors[i] = vectors[j];
          vectors[j] = tvec;
        }
      }
    }
    return new SymmetricEigen(values, vectors);
  }

  private static Integer[] byMagnitude(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order, (x, y) -> Double.compare(Math.abs(values[y]), Math.abs(values[x])));
    return order;
  }

  /** Eigen-decomposition of a small symmetric matrix; columns of {@code vectors} are vectors. */
  static double[] jacobi(double[][] matrix, double[][] vectors) {
    int n = matrix.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = matrix[i].clone();
      java.util.Arrays.fill(vectors[i], 0);
      vectors[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int r = p + 1; r < n; r++) {
          off += a[p][r] * a[p][r];
        }
      }
      if (off < 1e-30) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int r = p + 1; r < n; r++) {
          if (Math.abs(a[p][r]) < 1e-300) {
            continue;
          }
          double theta = (a[r][r] - a[p][p]) / (2 * a[p][r]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int i = 0; i < n; i++) {
            double aip = a[i][p];
            double air = a[i][r];
            a[i][p] = c * aip - s * air;
            a[i][r] = s * aip + c * air;
          }
          for (int i = 0; i < n; i++) {
            double api = a[p][i];
            double ari = a[r][i];
            a[p][i] = c * api - s * ari;
            a[r][i] = s * api + c * ari;
          }
          for (int i = 0; i < n; i++) {
            double vip = vectors[i][p];
            double vir = vectors[i][r];
            vectors[i][p] = c * vip - s * vir;
            vectors[i][r] = s * vip + c * vir;
          }
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = a[i][i];
    }
    return values;
  }

  static double[] multiply(double[][] a, double[] v) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = dot(a[i], v);
    }
    return out;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void orthonormalise(double[][] q) {
    for (int c = 0; c < q.length; c++) {
      for (int p = 0; p < c; p++) {
        double d = dot(q[c], q[p]);
        for (int i = 0; i < q[c].length; i++) {
          q[c][i] -= d * q[p][i];
        }
      }
      double norm = Math.sqrt(dot(q[c], q[c]));
      if (norm < 1e-300) {
        q[c][c % q[c].length] = 1;
        norm = 1;
      }
      for (int i = 0; i < q[c].length; i++) {
        q[c][i] /= norm;
      }
    }
  }
}
