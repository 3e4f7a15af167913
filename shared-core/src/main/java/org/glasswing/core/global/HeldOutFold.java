package org.glasswing.core.global;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.model.Model;

/**
 * A model and rows it was not trained on: a test set, or one fold of a cross-validation.
 *
 * @param model the trained model
 * @param heldOut rows the model did not see, with their true targets, following its schema
 */
public record HeldOutFold(Model model, Dataset heldOut) {

  /**
   * Checks both are given and agree.
   *
   * @param model the trained model
   * @param heldOut the held-out rows
   */
  public HeldOutFold {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(heldOut, "heldOut");
    if (!model.schema().equals(heldOut.schema())) {
      throw new IllegalArgumentException(
          "the held-out rows do not follow the model's schema: "
              + model.schema().firstMismatch(heldOut.schema()).orElse("they differ"));
    }
  }

  /**
   * The held-out rows whose target is known, as a matrix.
   *
   * @return fresh copies of those rows
   * @throws IllegalArgumentException if no row has a known target
   */
  double[][] labelledRows() {
    return labelledRows(heldOut);
  }

  static double[][] labelledRows(Dataset heldOut) {
    int target = heldOut.schema().targetIndex();
    List<double[]> rows = new ArrayList<>();
    for (int r = 0; r < heldOut.numRows(); r++) {
      if (!Double.isNaN(heldOut.value(r, target))) {
        rows.add(heldOut.row(r));
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(
          "the held-out rows have no known value of the target '"
              + heldOut.schema().target().name()
              + "'");
    }
    return rows.toArray(new double[0][]);
  }

  static double[] truth(double[][] rows, int target) {
    double[] truth = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      truth[r] = rows[r][target];
    }
    return truth;
  }
}
