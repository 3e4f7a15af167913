package org.glasswing.weka.cli;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.weka.UserInputException;
import weka.core.Attribute;
import weka.core.Instances;

/**
 * {@code --ignore A,B}: drops attributes by name from the data a command reads, before the class is
 * chosen and the classifier trained, as Weka's Remove filter would.
 */
final class IgnoredAttributes {

  private IgnoredAttributes() {}

  /**
   * A copy of some data without the ignored attributes.
   *
   * @param data the data as read, class not yet chosen; {@code null} passes through
   * @param names the attribute names to drop
   * @param classSpec the {@code --class} spec: a name, first or last
   * @param what how to name the data in messages, such as {@code --train small.arff}
   * @return the data without them, or the data itself when nothing is ignored
   * @throws UserInputException for a name the data does not have or the class attribute
   */
  static Instances drop(Instances data, List<String> names, String classSpec, String what) {
    if (data == null || names.isEmpty()) {
      return data;
    }
    String className = className(data, classSpec);
    Instances copy = new Instances(data);
    for (String name : names) {
      Attribute attribute = copy.attribute(name);
      if (attribute == null) {
        throw new UserInputException(
            "--ignore: " + what + " has no attribute called '" + name + "'; " + list(data));
      }
      if (attribute.name().equals(className)) {
        throw new UserInputException(
            "--ignore: '" + name + "' is the class; choose another one with --class NAME");
      }
      copy.deleteAttributeAt(attribute.index());
    }
    return copy;
  }

  private static String className(Instances data, String spec) {
    if (data.numAttributes() == 0) {
      return null;
    }
    if (data.attribute(spec) != null) {
      return spec;
    }
    if ("first".equals(spec)) {
      return data.attribute(0).name();
    }
    return "last".equals(spec) ? data.attribute(data.numAttributes() - 1).name() : null;
  }

  private static String list(Instances data) {
    List<String> names = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      names.add(data.attribute(a).name());
    }
    return "its attributes are " + String.join(", ", names);
  }
}
