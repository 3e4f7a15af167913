package org.glasswing.core.shapley;

/**
 * The rows of one job's batches, kept from batch to batch so that writing a batch allocates no row:
 * a job asks for a batch of some size, writes into the rows already there (or into fresh ones the
 * first time), hands it to the model and, once the answers are accepted, asks again. The model must
 * not keep the rows after answering, which {@link org.glasswing.core.model.Model} does not allow.
 */
final class RowBuffer {

  private double[][] rows = new double[0][];

  /**
   * An array of {@code count} row slots, reusing the rows of the previous batch; slots past the
   * previous batch's size are {@code null} until written.
   *
   * @param count the batch size
   * @return the array, the same one as last time when the size has not changed
   */
  double[][] rows(int count) {
    if (rows.length != count) {
      double[][] next = new double[count][];
      System.arraycopy(rows, 0, next, 0, Math.min(count, rows.length));
      rows = next;
    }
    return rows;
  }
}
