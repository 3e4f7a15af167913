package org.glasswing.knime.uncertainty;

import java.util.List;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/**
 * The calibration rows a model port keeps, exactly as read from the table (the probabilities before
 * the core divides them by their sum, and the actual classes), from which the core fit is rebuilt
 * when the port is loaded: the fits are deterministic, so the rebuilt model is the one fitted, to
 * the last bit.
 */
final class CalibrationRows {

  private final List<String> labels;
  private final double[][] probabilities;
  private final int[] actual;
  private final ClassPredictions predictions;

  private CalibrationRows(List<String> labels, double[][] probabilities, int[] actual) {
    this.labels = List.copyOf(labels);
    this.probabilities = probabilities;
    this.actual = actual;
    this.predictions = new ClassPredictions(labels, probabilities, actual);
  }

  static CalibrationRows of(PredictionReader read, PredictionColumns columns) {
    return new CalibrationRows(columns.labels(), read.probabilities(), read.actual());
  }

  ClassPredictions predictions() {
    return predictions;
  }

  void save(ModelContentWO model) {
    int k = labels.size();
    double[] flat = new double[probabilities.length * k];
    for (int r = 0; r < probabilities.length; r++) {
      System.arraycopy(probabilities[r], 0, flat, r * k, k);
    }
    model.addStringArray("labels", labels.toArray(new String[0]));
    model.addDoubleArray("probabilities", flat);
    model.addIntArray("actual", actual);
  }

  static CalibrationRows load(ModelContentRO model) throws InvalidSettingsException {
    String[] labels = model.getStringArray("labels");
    double[] flat = model.getDoubleArray("probabilities");
    int[] actual = model.getIntArray("actual");
    int k = labels.length;
    if (k < 2 || flat.length != actual.length * k) {
      throw new InvalidSettingsException("the saved calibration rows are incomplete");
    }
    double[][] p = new double[actual.length][k];
    for (int r = 0; r < actual.length; r++) {
      System.arraycopy(flat, r * k, p[r], 0, k);
    }
    try {
      return new CalibrationRows(List.of(labels), p, actual);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(
          "the saved calibration rows: " + SettingsCheck.oneLine(e.getMessage()), e);
    }
  }
}
