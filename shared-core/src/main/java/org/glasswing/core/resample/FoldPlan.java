package org.glasswing.core.resample;

import java.util.Arrays;

/**
 * Which rows each fold of a cross-validation tests on, and so which rows its model trains on (all
 * the others). Every row is in exactly one test fold. Immutable: accessors return copies.
 */
public final class FoldPlan {

  private final int[] foldOf;
  private final int[][] test;

  /**
   * Creates a plan from the fold of every row.
   *
   * @param foldOf the 0-based fold of each row
   * @param folds the number of folds K, at least 1; every fold must hold at least one row
   * @throws IllegalArgumentException if a row's fold is out of range or a fold is empty
   */
  public FoldPlan(int[] foldOf, int folds) {
    if (folds < 1) {
      throw new IllegalArgumentException("a fold plan needs at least 1 fold, got " + folds);
    }
    int[] sizes = new int[folds];
    for (int f : foldOf) {
      if (f < 0 || f >= folds) {
        throw new IllegalArgumentException("fold " + f + " is out of range 0.." + (folds - 1));
      }
      sizes[f]++;
    }
    this.foldOf = foldOf.clone();
    this.test = new int[folds][];
    for (int f = 0; f < folds; f++) {
      if (sizes[f] == 0) {
        throw new IllegalArgumentException("fold " + f + " holds no row");
      }
      test[f] = new int[sizes[f]];
    }
    int[] next = new int[folds];
    for (int r = 0; r < foldOf.length; r++) {
      test[foldOf[r]][next[foldOf[r]]++] = r;
    }
  }

  /**
   * Creates a plan from the test rows of every fold, such as a host's own fold assignment.
   *
   * @param testRows for each fold, its 0-based rows; together they must hold each of the rows
   *     {@code 0..n-1} exactly once
   * @return the plan, with each fold's rows in ascending order
   * @throws IllegalArgumentException if a row is missing, repeated or out of range
   */
  public static FoldPlan ofTestRows(int[][] testRows) {
    int n = 0;
    for (int[] fold : testRows) {
      n += fold.length;
    }
    int[] foldOf = new int[n];
    Arrays.fill(foldOf, -1);
    for (int f = 0; f < testRows.length; f++) {
      for (int r : testRows[f]) {
        if (r < 0 || r >= n || foldOf[r] >= 0) {
          throw new IllegalArgumentException(
              "row " + r + " is repeated or out of range 0.." + (n - 1));
        }
        foldOf[r] = f;
      }
    }
    return new FoldPlan(foldOf, testRows.length);
  }

  /**
   * The number of folds K.
   *
   * @return K
   */
  public int folds() {
    return test.length;
  }

  /**
   * The number of rows the plan covers.
   *
   * @return n
   */
  public int rows() {
    return foldOf.length;
  }

  /**
   * The fold in which a row is tested.
   *
   * @param row a 0-based row
   * @return its fold, from 0 to {@code folds() - 1}
   */
  public int foldOf(int row) {
    return foldOf[row];
  }

  /**
   * The rows a fold tests on.
   *
   * @param fold the fold, from 0
   * @return its rows, ascending
   */
  public int[] testRows(int fold) {
    return test[fold].clone();
  }

  /**
   * The rows a fold's model trains on: all rows outside the fold.
   *
   * @param fold the fold, from 0
   * @return the complement of {@link #testRows(int)}, ascending
   */
  public int[] trainRows(int fold) {
    int[] rows = new int[foldOf.length - test[fold].length];
    int next = 0;
    for (int r = 0; r < foldOf.length; r++) {
      if (foldOf[r] != fold) {
        rows[next++] = r;
      }
    }
    return rows;
  }

  /**
   * The test rows of every fold.
   *
   * @return {@code [fold][i]}, a copy
   */
  public int[][] testRows() {
    int[][] copy = new int[test.length][];
    for (int f = 0; f < test.length; f++) {
      copy[f] = test[f].clone();
    }
    return copy;
  }
}
