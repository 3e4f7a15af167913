package org.glasswing.knime.uncertainty;

import org.glasswing.core.uncertainty.ClassPredictions;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/**
 * Saves and loads the calibration rows a model port keeps (probabilities and actual classes), from
 * which the core fit is rebuilt when the port is loaded: the fits are deterministic, so the rebuilt
 * model is the one fitted.
 */
final class CalibrationRows {

  private CalibrationRows() {}

  static void save(ClassPredictions rows, ModelContentWO model) {
    double[][] p = rows.probabilities();
    double[] flat = new double[p.length * rows.numClasses()];
    for (int r = 0; r < p.length; r++) {
      System.arraycopy(p[r], 0, flat, r * rows.numClasses(), rows.numClasses());
    }
    model.addStringArray("labels", rows.labels().toArray(new String[0]));
    model.addDoubleArray("probabilities", flat);
    model.addIntArray("actual", rows.actual());
  }

  static ClassPredictions load(ModelContentRO model) throws InvalidSettingsException {
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
      return new ClassPredictions(java.util.List.of(labels), p, actual);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException("the saved calibration rows: " + e.getMessage(), e);
    }
  }
}
