package org.glasswing.core.resample;

/**
 * A split of rows into a part to train (or fit) on and a held-out part, both in ascending row
 * order. Immutable: accessors return copies.
 */
public final class Holdout {

  private final int[] train;
  private final int[] heldOut;

  /**
   * Creates a split.
   *
   * @param train the rows to train on, ascending
   * @param heldOut the held-out rows, ascending
   */
  Holdout(int[] train, int[] heldOut) {
    this.train = train.clone();
    this.heldOut = heldOut.clone();
  }

  /**
   * The rows to train on.
   *
   * @return 0-based rows, ascending
   */
  public int[] trainRows() {
    return train.clone();
  }

  /**
   * The held-out rows (to calibrate, measure fidelity or test on).
   *
   * @return 0-based rows, ascending
   */
  public int[] heldOutRows() {
    return heldOut.clone();
  }
}
