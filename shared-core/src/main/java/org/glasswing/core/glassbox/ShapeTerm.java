package org.glasswing.core.glassbox;

import java.util.Arrays;

/**
 * One term of an additive model: the shape function of one feature, or of a pair of features, as a
 * table of scores per bin (per pair of bins), one table per model output. Immutable.
 *
 * @param columns the feature's column in the schema, or the pair's two columns
 * @param dims the number of bins of each column
 * @param scores {@code scores[k][cell]}: output {@code k}'s score of a cell; the cell of bins
 *     {@code (a, b)} is {@code a * dims[1] + b}
 */
public record ShapeTerm(int[] columns, int[] dims, double[][] scores) {

  /**
   * Checks and copies the term.
   *
   * @param columns the columns
   * @param dims the bins per column
   * @param scores the scores
   */
  public ShapeTerm {
    if (columns.length < 1 || columns.length > 2 || dims.length != columns.length) {
      throw new IllegalArgumentException("a term has one or two features");
    }
    columns = columns.clone();
    dims = dims.clone();
    int cells = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
    double[][] copy = new double[scores.length][];
    for (int k = 0; k < scores.length; k++) {
      if (scores[k].length != cells) {
        throw new IllegalArgumentException("a term's table needs " + cells + " cells");
      }
      copy[k] = scores[k].clone();
    }
    scores = copy;
  }

  /**
   * Whether this is a pair term.
   *
   * @return true for two features
   */
  public boolean isPair() {
    return columns.length == 2;
  }

  /**
   * The cell of some bins.
   *
   * @param bins the bin of each of the term's columns
   * @return the cell index
   */
  public int cell(int... bins) {
    return isPair() ? bins[0] * dims[1] + bins[1] : bins[0];
  }

  /**
   * A score.
   *
   * @param output the model output
   * @param cell the cell
   * @return the score
   */
  public double score(int output, int cell) {
    return scores[output][cell];
  }

  /**
   * The tables.
   *
   * @return a copy, {@code [output][cell]}
   */
  @Override
  public double[][] scores() {
    double[][] copy = new double[scores.length][];
    for (int k = 0; k < scores.length; k++) {
      copy[k] = scores[k].clone();
    }
    return copy;
  }

  /**
   * The term's columns.
   *
   * @return a copy
   */
  @Override
  public int[] columns() {
    return columns.clone();
  }

  /**
   * The bins of each column.
   *
   * @return a copy
   */
  @Override
  public int[] dims() {
    return dims.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShapeTerm t
        && Arrays.equals(columns, t.columns)
        && Arrays.equals(dims, t.dims)
        && Arrays.deepEquals(scores, t.scores);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(columns) * 31 + Arrays.deepHashCode(scores);
  }

  @Override
  public String toString() {
    return "ShapeTerm" + Arrays.toString(columns);
  }
}
