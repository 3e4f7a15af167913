package org.glasswing.core.embedding;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.engine.CancellationToken;

/**
 * Principal component analysis: the directions of largest variance of centred numeric data (the
 * leading eigenvectors of its covariance matrix), the rows projected onto them, and the share of
 * the total variance each direction explains.
 */
public final class Pca {

  private final double[][] components;
  private final double[] variances;
  private final double totalVariance;
  private final double[] mean;

  private Pca(double[][] components, double[] variances, double totalVariance, double[] mean) {
    this.components = components;
    this.variances = variances;
    this.totalVariance = totalVariance;
    this.mean = mean;
  }

  /**
   * Finds the leading principal components.
   *
   * @param x the rows, at least 2, all of the same length
   * @param k how many components, at least 1 and at most the number of columns
   * @param cancel polled between iterations
   * @return the analysis
   * @throws IllegalArgumentException for too few rows or a k out of range
   */
  public static Pca fit(double[][] x, int k, CancellationToken cancel) {
    if (x.length < 2) {
      throw new IllegalArgumentException("PCA needs at least 2 rows, got " + x.length);
    }
    int d = x[0].length;
    if (k < 1 || k > d) {
      throw new IllegalArgumentException(
          "PCA can find 1 to " + d + " components of this data, not " + k);
    }
    int n = x.length;
    double[] mean = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    double[][] covariance = new double[d][d];
    for (double[] row : x) {
      for (int a = 0; a < d; a++) {
        double ca = row[a] - mean[a];
        for (int b = a; b < d; b++) {
          covariance[a][b] += ca * (row[b] - mean[b]) / (n - 1);
        }
      }
    }
    double total = 0;
    for (int a = 0; a < d; a++) {
      total += covariance[a][a];
      for (int b = 0; b < a; b++) {
        covariance[a][b] = covariance[b][a];
      }
    }
    SymmetricEigen eigen = SymmetricEigen.leading(covariance, k, 1, cancel);
    return new Pca(eigen.vectors, eigen.values, total, mean);
  }

  /**
   * The unit directions, largest variance first.
   *
   * @return k fresh vectors, each as long as a row
   */
  public double[][] components() {
    double[][] copy = new double[components.length][];
    for (int i = 0; i < components.length; i++) {
      copy[i] = components[i].clone();
    }
    return copy;
  }

  /**
   * The share of the total variance along each component.
   *
   * @return k shares in [0, 1]
   */
  public List<Double> explained() {
    List<Double> shares = new ArrayList<>();
    for (double v : variances) {
      shares.add(totalVariance > 0 ? Math.max(0, v) / totalVariance : 0);
    }
    return shares;
  }

  /**
   * Projects rows onto the components.
   *
   * @param x rows with the fitted columns
   * @return one k-vector per row
   */
  public double[][] project(double[][] x) {
    double[][] out = new double[x.length][components.length];
    for (int r = 0; r < x.length; r++) {
      for (int c = 0; c < components.length; c++) {
        double s = 0;
        for (int j = 0; j < mean.length; j++) {
          s += (x[r][j] - mean[j]) * components[c][j];
        }
        out[r][c] = s;
      }
    }
    return out;
  }

  /**
   * A two-dimensional map of rows.
   *
   * @param x the rows
   * @param cancel polled between iterations
   * @return the first two principal coordinates and their explained shares
   */
  public static Embedding map(double[][] x, CancellationToken cancel) {
    Pca pca = fit(x, Math.min(2, x[0].length), cancel);
    double[][] points = pca.project(x);
    if (points[0].length < 2) {
      for (int r = 0; r < points.length; r++) {
        points[r] = new double[] {points[r][0], 0};
      }
    }
    return new Embedding("pca", points, pca.explained());
  }
}
