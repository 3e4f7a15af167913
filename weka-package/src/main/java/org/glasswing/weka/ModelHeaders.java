package org.glasswing.weka;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Matches data to a model's header by attribute name: columns in another order are put in the
 * header's order (the rows keep their order), columns the header does not have are dropped with a
 * note, and missing columns, kinds or labels that differ are refused with a message that names them
 * all. Nominal values are re-coded onto the header's label order.
 */
public final class ModelHeaders {

  private ModelHeaders() {}

  /**
   * Makes data follow a header, matching attributes by name.
   *
   * @param data the data as read
   * @param header the model's header, with its class index set
   * @param what how to name the data in messages, such as {@code "--data x.csv"}
   * @param notes receives a one-line note, without a prefix, when columns are reordered or ignored
   * @return the data in the header's attribute order, class index set; the rows in their order
   * @throws UserInputException naming every missing attribute, or an attribute whose kind or labels
   *     differ
   */
  public static Instances match(
      Instances data, Instances header, String what, Consumer<String> notes) {
    List<String> missing = new ArrayList<>();
    int[] source = new int[header.numAttributes()];
    boolean reordered = false;
    for (int a = 0; a < header.numAttributes(); a++) {
      Attribute found = data.attribute(header.attribute(a).name());
      if (found == null) {
        missing.add(header.attribute(a).name());
      } else {
        source[a] = found.index();
        reordered |= found.index() != a;
      }
    }
    if (!missing.isEmpty()) {
      throw new UserInputException(
          what
              + " does not match the model's data: it lacks "
              + (missing.size() == 1 ? "the column " : "the columns ")
              + String.join(", ", missing)
              + "; add "
              + (missing.size() == 1 ? "it" : "them")
              + " (? for unknown values)");
    }
    boolean[] empty = new boolean[header.numAttributes()];
    for (int a = 0; a < header.numAttributes(); a++) {
      empty[a] = allMissing(data, source[a]);
      if (!empty[a]) {
        checkKind(data, source[a], header.attribute(a), what);
      }
    }
    List<String> extra = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      if (header.attribute(data.attribute(a).name()) == null) {
        extra.add(data.attribute(a).name());
      }
    }
    if (!extra.isEmpty()) {
      notes.accept(
          "ignoring "
              + (extra.size() == 1 ? "the column " : "the columns ")
              + String.join(", ", extra)
              + " of "
              + what
              + ", which the model's data does not have");
    } else if (reordered) {
      notes.accept(
          "the columns of "
              + what
              + " are in another order than the model's; they are matched by name");
    }
    Instances result = new Instances(header, data.numInstances());
    for (int r = 0; r < data.numInstances(); r++) {
      Instance row = data.instance(r);
      double[] values = new double[header.numAttributes()];
      for (int a = 0; a < values.length; a++) {
        Attribute from = data.attribute(source[a]);
        double value = empty[a] ? weka.core.Utils.missingValue() : row.value(from);
        if (!empty[a] && from.isNominal() && !Double.isNaN(value)) {
          value = header.attribute(a).indexOfValue(from.value((int) value));
        }
        values[a] = value;
      }
      result.add(new DenseInstance(row.weight(), values));
    }
    result.setClassIndex(header.classIndex());
    return result;
  }

  /**
   * Says how data differs from a header that it should equal exactly, as the Weka filters need: the
   * columns it lacks or has in addition, a different column order, or else Weka's own account.
   *
   * @param header the model's header
   * @param data the data
   * @return one line for a message
   */
  public static String difference(Instances header, Instances data) {
    List<String> missing = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int a = 0; a < header.numAttributes(); a++) {
      names.add(header.attribute(a).name());
      if (data.attribute(header.attribute(a).name()) == null) {
        missing.add(header.attribute(a).name());
      }
    }
    List<String> extra = new ArrayList<>();
    boolean reordered = false;
    for (int a = 0; a < data.numAttributes(); a++) {
      Attribute match = header.attribute(data.attribute(a).name());
      if (match == null) {
        extra.add(data.attribute(a).name());
      } else {
        reordered |= match.index() != a;
      }
    }
    if (!missing.isEmpty() || !extra.isEmpty()) {
      return (missing.isEmpty() ? "" : "the data lacks the columns " + String.join(", ", missing))
          + (missing.isEmpty() || extra.isEmpty() ? "" : "; ")
          + (extra.isEmpty()
              ? ""
              : "the data has the columns "
                  + String.join(", ", extra)
                  + ", which the model's data does not have");
    }
    if (reordered) {
      return "the columns are in another order than the model's ("
          + String.join(", ", names)
          + "); reorder them, for example with weka.filters.unsupervised.attribute.Reorder";
    }
    return header.equalHeadersMsg(data);
  }

  private static void checkKind(Instances data, int index, Attribute expected, String what) {
    Attribute given = data.attribute(index);
    Feature mine = WekaData.feature(given);
    Feature theirs = WekaData.feature(expected);
    if (mine.kind() != theirs.kind()) {
      throw new UserInputException(
          what
              + " does not match the model's data: attribute '"
              + given.name()
              + "' is "
              + kind(mine)
              + " here but "
              + kind(theirs)
              + " in the model's data"
              + (mine.isNominal()
                  ? " (its values here are " + labels(mine) + "; is a value not a number?)"
                  : "; give it one of the labels " + labels(theirs)));
    }
    for (String label : mine.labels()) {
      if (!theirs.labels().contains(label) && used(data, index, label)) {
        throw new UserInputException(
            what
                + " does not match the model's data: attribute '"
                + given.name()
                + "' has the label '"
                + label
                + "', which the model does not know; its labels here are "
                + labels(mine)
                + " and in the model's data "
                + labels(theirs));
      }
    }
  }

  private static boolean allMissing(Instances data, int index) {
    for (int r = 0; r < data.numInstances(); r++) {
      if (!data.instance(r).isMissing(index)) {
        return false;
      }
    }
    return true;
  }

  private static boolean used(Instances data, int index, String label) {
    int code = data.attribute(index).indexOfValue(label);
    for (int r = 0; r < data.numInstances(); r++) {
      if (!data.instance(r).isMissing(index) && (int) data.instance(r).value(index) == code) {
        return true;
      }
    }
    return false;
  }

  private static String kind(Feature feature) {
    return feature.isNominal() ? "nominal" : "numeric";
  }

  private static String labels(Feature feature) {
    return "{" + String.join(", ", feature.labels()) + "}";
  }

  /**
   * Checks that data suits a model's saved header: same attributes, same types and labels, same
   * class.
   *
   * @param model the loaded model
   * @param data the data to explain, with its class index set
   * @param what how to name the data in the message, such as {@code "--data x.arff"}
   * @throws UserInputException naming the first mismatching attribute
   */
  public static void checkHeader(SavedModel model, Instances data, String what) {
    if (model.header() == null) {
      return;
    }
    Schema saved = WekaData.schema(model.header());
    Schema given = WekaData.schema(data);
    given
        .firstMismatch(saved)
        .ifPresent(
            m -> {
              throw new UserInputException(
                  what
                      + " does not match the model's training header: "
                      + m.replace(" here ", " in the data ")
                          .replaceAll(" there$", " in the model"));
            });
  }
}
