package org.glasswing.core.uncertainty;

import java.util.ArrayList;
import java.util.List;

/**
 * The conformal prediction set of one row: the classes whose p-value exceeds alpha, and the p-value
 * of every class. Immutable.
 *
 * @param classes the class indices in the set, ascending; possibly empty
 * @param pValues the conformal p-value of each class, in class-index order
 */
public record PredictionSet(List<Integer> classes, List<Double> pValues) {

  /**
   * Copies the lists.
   *
   * @param classes the classes in the set
   * @param pValues the p-values
   */
  public PredictionSet {
    classes = List.copyOf(classes);
    pValues = List.copyOf(pValues);
  }

  /**
   * Whether a class is in the set.
   *
   * @param c the class index
   * @return true when it is
   */
  public boolean contains(int c) {
    return classes.contains(c);
  }

  /**
   * The number of classes in the set.
   *
   * @return from 0 to the number of classes
   */
  public int size() {
    return classes.size();
  }

  /**
   * The set written with labels, such as {@code {good|bad}}, for a CSV cell.
   *
   * @param labels the class labels in index order
   * @return the labels of the classes in the set, separated by {@code |}, in braces
   */
  public String format(List<String> labels) {
    List<String> names = new ArrayList<>();
    for (int c : classes) {
      names.add(labels.get(c));
    }
    return "{" + String.join("|", names) + "}";
  }
}
