package org.glasswing.core.embedding;

import java.util.List;

/**
 * Coordinates of rows on a map, and how good the map is.
 *
 * @param method the method's name, such as {@code pca}
 * @param coordinates one point per row, in row order, each of the map's dimensions
 * @param explained for PCA and classical MDS, the share of the total variance (or of the positive
 *     eigenvalue sum) each axis shows; empty for t-SNE
 */
public record Embedding(String method, double[][] coordinates, List<Double> explained) {

  /**
   * Copies the lists.
   *
   * @param method the method
   * @param coordinates the points
   * @param explained the explained shares
   */
  public Embedding {
    double[][] copy = new double[coordinates.length][];
    for (int i = 0; i < coordinates.length; i++) {
      copy[i] = coordinates[i].clone();
    }
    coordinates = copy;
    explained = List.copyOf(explained);
  }

  /**
   * A copy of the coordinates.
   *
   * @return fresh arrays
   */
  @Override
  public double[][] coordinates() {
    double[][] copy = new double[coordinates.length][];
    for (int i = 0; i < coordinates.length; i++) {
      copy[i] = coordinates[i].clone();
    }
    return copy;
  }
}
