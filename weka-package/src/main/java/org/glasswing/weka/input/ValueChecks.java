package org.glasswing.weka.input;

import org.glasswing.weka.UserInputException;
import weka.core.Instances;

/** Checks on values that Weka reads but no model can learn from. */
public final class ValueChecks {

  private ValueChecks() {}

  /**
   * Refuses an infinite value in a numeric attribute, which makes training fail with obscure errors
   * (such as Logistic's "Objective function value is NaN!").
   *
   * @param data the data as read
   * @param name the file's name, for the message
   * @throws UserInputException naming the first infinite value's attribute and row
   */
  public static void requireFinite(Instances data, String name) {
    for (int a = 0; a < data.numAttributes(); a++) {
      if (!data.attribute(a).isNumeric()) {
        continue;
      }
      for (int r = 0; r < data.numInstances(); r++) {
        double value = data.instance(r).value(a);
        if (Double.isInfinite(value)) {
          throw new UserInputException(
              name
                  + ": attribute '"
                  + data.attribute(a).name().replaceAll("\\p{Cntrl}", "?")
                  + "' row "
                  + (r + 1)
                  + " is "
                  + (value > 0 ? "Infinity" : "-Infinity")
                  + "; replace it with a finite number or mark it missing (?)");
        }
      }
    }
  }
}
