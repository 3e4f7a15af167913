package org.glasswing.core.resample;

import java.util.Arrays;
import java.util.Optional;

/**
 * What one retraining trains on: some training rows, by their 0-based index in the adapter's
 * training data, and optionally new labels for the training rows. Immutable: accessors return
 * copies.
 */
public final class TrainingSet {

  private final int index;
  private final int[] rows;
  private final double[] labels;

  private TrainingSet(int index, int[] rows, double[] labels) {
    if (index < 0) {
      throw new IllegalArgumentException("a training set's index cannot be negative: " + index);
    }
    this.index = index;
    this.rows = rows.clone();
    this.labels = labels == null ? null : labels.clone();
  }

  /**
   * Some of the training rows with their own labels.
   *
   * @param index the job's index, from 0
   * @param rows the 0-based training rows to train on, in training order (a row may repeat, as in a
   *     bootstrap draw)
   * @return the set
   */
  public static TrainingSet of(int index, int[] rows) {
    return new TrainingSet(index, rows, null);
  }

  /**
   * All training rows, with other labels.
   *
   * @param index the job's index, from 0
   * @param labels the target value of every training row, in training-row order, encoded as in a
   *     dataset
   * @return the set
   */
  public static TrainingSet relabelled(int index, double[] labels) {
    int[] all = new int[labels.length];
    Arrays.setAll(all, i -> i);
    return new TrainingSet(index, all, labels);
  }

  /**
   * The job's index, for messages and caching.
   *
   * @return from 0
   */
  public int index() {
    return index;
  }

  /**
   * The training rows to train on.
   *
   * @return 0-based rows of the training data, in training order
   */
  public int[] rows() {
    return rows.clone();
  }

  /**
   * The labels replacing the training rows' targets, if any.
   *
   * @return one value per training row (indexed by training row, not by position in {@link
   *     #rows()}), or empty when the rows keep their own labels
   */
  public Optional<double[]> labels() {
    return labels == null ? Optional.empty() : Optional.of(labels.clone());
  }
}
