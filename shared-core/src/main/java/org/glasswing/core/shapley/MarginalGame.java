package org.glasswing.core.shapley;

import org.glasswing.core.data.Schema;

/**
 * The interventional (marginal) cooperative game of one explained row: the value of a coalition S
 * is the weighted mean, over background rows b, of the model's outputs for the row that takes the
 * explained row's values on S and b's values elsewhere. Players are the schema's input columns in
 * order; the target column of every synthetic row is missing.
 *
 * <p>The game only builds rows and averages answers; it never calls the model itself, so an
 * estimator can batch the rows of many coalitions into one model call. Not thread-safe: the game of
 * one row belongs to the one job that explains it.
 */
public final class MarginalGame {

  private final double[] explained;
  private final int[] playerColumns;
  private final Background background;
  private final int targetIndex;
  private final double[][] backgroundRows;
  private final int[] memberColumns;

  /**
   * Creates the game of one row.
   *
   * @param schema the model's schema
   * @param explained the explained row, following the schema
   * @param background the background rows, following the same schema
   */
  public MarginalGame(Schema schema, double[] explained, Background background) {
    this.explained = explained.clone();
    this.playerColumns = schema.inputIndices();
    this.background = background;
    this.targetIndex = schema.targetIndex();
    this.backgroundRows = background.rows().rows();
    this.memberColumns = new int[playerColumns.length];
  }

  /**
   * The number of players: the input columns.
   *
   * @return the player count
   */
  public int players() {
    return playerColumns.length;
  }

  /**
   * How many model rows one coalition's value needs: one per background row.
   *
   * @return the background size
   */
  public int rowsPerCoalition() {
    return backgroundRows.length;
  }

  /**
   * Writes the synthetic rows of one coalition, into the row arrays already in {@code out} where
   * they have the schema's width (a reused batch buffer allocates nothing), else into new ones.
   *
   * @param coalition for each player, whether it is in the coalition (takes the explained value)
   * @param out the array to write into
   * @param offset where the coalition's {@link #rowsPerCoalition()} rows start in {@code out}
   */
  public void writeRows(boolean[] coalition, double[][] out, int offset) {
    int members = 0;
    int[] columns = memberColumns;
    for (int p = 0; p < playerColumns.length; p++) {
      if (coalition[p]) {
        columns[members++] = playerColumns[p];
      }
    }
    for (int b = 0; b < backgroundRows.length; b++) {
      double[] source = backgroundRows[b];
      double[] row = out[offset + b];
      if (row == null || row.length != source.length) {
        row = new double[source.length];
        out[offset + b] = row;
      }
      System.arraycopy(source, 0, row, 0, source.length);
      for (int m = 0; m < members; m++) {
        row[columns[m]] = explained[columns[m]];
      }
      if (targetIndex >= 0) {
        row[targetIndex] = Double.NaN;
      }
    }
  }

  /**
   * The coalition's value for every model output: the weighted mean of the outputs of its rows.
   *
   * @param outputs the model's outputs for a batch
   * @param offset where the coalition's rows start in the batch
   * @return one value per model output
   */
  public double[] value(double[][] outputs, int offset) {
    int width = outputs[offset].length;
    double[] value = new double[width];
    for (int b = 0; b < backgroundRows.length; b++) {
      double weight = background.weight(b);
      double[] output = outputs[offset + b];
      for (int o = 0; o < width; o++) {
        value[o] += weight * output[o];
      }
    }
    return value;
  }
}
