package org.glasswing.weka;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Converts between Weka's {@link Instances} and the core's {@link Schema} and {@link Dataset}.
 * Numeric attributes stay numbers, a nominal value becomes the index of its label, a missing value
 * becomes {@code NaN} (which is also Weka's encoding), and the class attribute becomes the schema's
 * target. String, date and relational attributes are refused.
 */
public final class WekaData {

  private WekaData() {}

  /**
   * The schema of a Weka dataset: one feature per attribute, the class attribute as the target.
   *
   * @param data the data or its header
   * @return the schema; without a target when no class index is set
   * @throws UserInputException naming the first attribute that is neither numeric nor nominal
   */
  public static Schema schema(Instances data) {
    List<Feature> features = new ArrayList<>(data.numAttributes());
    for (int a = 0; a < data.numAttributes(); a++) {
      features.add(feature(data.attribute(a)));
    }
    int target = data.classIndex() < 0 ? Schema.NO_TARGET : data.classIndex();
    return new Schema(features, target);
  }

  /**
   * The core feature of one Weka attribute.
   *
   * @param attribute a numeric or nominal attribute
   * @return the feature
   * @throws UserInputException for a string, date or relational attribute
   */
  public static Feature feature(Attribute attribute) {
    switch (attribute.type()) {
      case Attribute.NUMERIC:
        return Feature.numeric(attribute.name());
      case Attribute.NOMINAL:
        List<String> labels = new ArrayList<>(attribute.numValues());
        for (int v = 0; v < attribute.numValues(); v++) {
          labels.add(attribute.value(v));
        }
        return Feature.nominal(attribute.name(), labels);
      default:
        throw new UserInputException(
            "attribute '"
                + attribute.name()
                + "' is "
                + article(Attribute.typeToString(attribute))
                + " attribute; Glasswing handles numeric and nominal attributes only");
    }
  }

  private static String kind(Feature feature) {
    return feature.isNominal() ? "nominal" : "numeric";
  }

  private static String article(String type) {
    return (type.isEmpty() || "aeiou".indexOf(type.charAt(0)) < 0 ? "a " : "an ") + type;
  }

  /**
   * Converts a Weka dataset with its rows.
   *
   * @param data the data; must have at least one row
   * @return the dataset, with the same rows in the same order
   * @throws UserInputException for an empty dataset or an unsupported attribute
   */
  public static Dataset dataset(Instances data) {
    Schema schema = schema(data);
    if (data.numInstances() == 0) {
      throw new UserInputException("the dataset '" + data.relationName() + "' has no rows");
    }
    double[][] rows = new double[data.numInstances()][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = data.instance(r).toDoubleArray();
    }
    return new Dataset(schema, rows);
  }

  /**
   * Builds a Weka instance from a row, attached to a header so that the classifier can read it.
   *
   * @param row values following the header's attributes, encoded as in a {@link Dataset}
   * @param header the dataset the instance belongs to (not modified)
   * @return a new instance with weight 1
   */
  public static Instance instance(double[] row, Instances header) {
    if (row.length != header.numAttributes()) {
      throw new IllegalArgumentException(
          "the row has "
              + row.length
              + " values but the header has "
              + header.numAttributes()
              + " attributes");
    }
    Instance instance = new DenseInstance(1.0, row.clone());
    instance.setDataset(header);
    return instance;
  }

  /**
   * Makes data read separately (for example from a CSV file, whose nominal labels come in the order
   * they appear) follow a reference header: same attribute names and kinds in the same order, and
   * nominal values re-coded by label onto the header's label order. The class index is set to the
   * header's.
   *
   * @param data the data to conform
   * @param header the reference header, usually the training data's
   * @param what how to name the data in messages, such as {@code "--data file.csv"}
   * @return the data re-coded onto the header, or {@code data} itself with the class index set when
   *     nothing needed re-coding
   * @throws UserInputException naming the first attribute that does not match
   */
  public static Instances conform(Instances data, Instances header, String what) {
    Schema expected = schema(header);
    Schema actual = schema(data);
    if (data.numAttributes() != header.numAttributes()) {
      throw new UserInputException(
          what
              + " does not match the model's attributes: there are "
              + data.numAttributes()
              + " attributes here but "
              + header.numAttributes()
              + " in the model's data");
    }
    boolean recode = false;
    for (int a = 0; a < header.numAttributes(); a++) {
      Feature mine = actual.feature(a);
      Feature theirs = expected.feature(a);
      if (!mine.name().equals(theirs.name())) {
        throw new UserInputException(
            what
                + " does not match the model's attributes: attribute "
                + (a + 1)
                + " is '"
                + mine.name()
                + "' here but '"
                + theirs.name()
                + "' in the model's data");
      }
      if (mine.kind() != theirs.kind()) {
        throw new UserInputException(
            what
                + " does not match the model's attributes: attribute '"
                + mine.name()
                + "' is "
                + kind(mine)
                + " here but "
                + kind(theirs)
                + " in the model's data");
      }
      if (!mine.labels().equals(theirs.labels())) {
        for (String label : mine.labels()) {
          if (!theirs.labels().contains(label)) {
            throw new UserInputException(
                what
                    + " does not match the model's attributes: attribute '"
                    + mine.name()
                    + "' has the value '"
                    + label
                    + "', which the model's data does not know (it knows "
                    + String.join(", ", theirs.labels())
                    + ")");
          }
        }
        recode = true;
      }
    }
    if (!recode) {
      Instances copy = new Instances(data);
      copy.setClassIndex(header.classIndex());
      return copy;
    }
    Instances result = new Instances(header, data.numInstances());
    for (int r = 0; r < data.numInstances(); r++) {
      Instance source = data.instance(r);
      double[] values = new double[header.numAttributes()];
      for (int a = 0; a < values.length; a++) {
        double value = source.value(a);
        if (header.attribute(a).isNominal() && !Double.isNaN(value)) {
          value = header.attribute(a).indexOfValue(data.attribute(a).value((int) value));
        }
        values[a] = value;
      }
      result.add(new DenseInstance(source.weight(), values));
    }
    return result;
  }
}
