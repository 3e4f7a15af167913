package org.glasswing.knime.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeHarness;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * The data of the parity tests, as Weka instances (for the direct call) and as the same rows in a
 * KNIME table (for the loop): two numeric attributes, one nominal, and a yes/no class.
 */
final class ParityData {

  static final String[] COLORS = {"red", "green", "blue"};
  static final String[] FEATURES = {"x0", "x1", "color"};

  private ParityData() {}

  /**
   * x0, x1 numeric, color nominal; class yes when x0 + x1/2 + (color == red) plus noise > 0.5.
   *
   * @param rows the number of rows
   * @param seed the seed of the values
   * @param labels the order in which the color attribute declares its labels
   */
  static Instances instances(int rows, long seed, List<String> labels) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x0"));
    attributes.add(new Attribute("x1"));
    attributes.add(new Attribute("color", labels));
    attributes.add(new Attribute("class", List.of("yes", "no")));
    Instances data = new Instances("parity", attributes, rows);
    data.setClassIndex(3);
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < rows; r++) {
      double x0 = random.nextDouble(-1, 1);
      double x1 = random.nextDouble(-1, 1);
      int color = random.nextInt(3);
      double score = x0 + x1 / 2 + (color == 0 ? 1 : 0) + random.nextDouble(-0.5, 0.5);
      double declared = labels.indexOf(COLORS[color]);
      data.add(new DenseInstance(1, new double[] {x0, x1, declared, score > 0.5 ? 0 : 1}));
    }
    return data;
  }

  /**
   * The color labels in the order a KNIME table shows them first, which is the order in which the
   * loop numbers them (the command line numbers them in the order the data file declares them).
   *
   * @param tables the tables in the order the loop reads them
   * @return the labels
   */
  static List<String> firstSeen(Instances... tables) {
    List<String> order = new ArrayList<>();
    for (Instances table : tables) {
      for (int r = 0; r < table.numInstances(); r++) {
        String label = table.instance(r).stringValue(2);
        if (!order.contains(label)) {
          order.add(label);
        }
      }
    }
    for (String label : COLORS) {
      if (!order.contains(label)) {
        order.add(label);
      }
    }
    return order;
  }

  /**
   * The rows as an ARFF file with every digit of every number (Weka's own writer rounds).
   *
   * @param data the rows
   * @return the file's text
   */
  static String arff(Instances data) {
    StringBuilder text = new StringBuilder("@relation parity\n");
    for (int a = 0; a < data.numAttributes(); a++) {
      Attribute attribute = data.attribute(a);
      text.append("@attribute ").append(attribute.name()).append(' ');
      if (attribute.isNominal()) {
        List<String> values = new ArrayList<>();
        for (int v = 0; v < attribute.numValues(); v++) {
          values.add(attribute.value(v));
        }
        text.append('{').append(String.join(",", values)).append("}\n");
      } else {
        text.append("numeric\n");
      }
    }
    text.append("@data\n");
    for (int r = 0; r < data.numInstances(); r++) {
      List<String> cells = new ArrayList<>();
      for (int a = 0; a < data.numAttributes(); a++) {
        Attribute attribute = data.attribute(a);
        double v = data.instance(r).value(a);
        cells.add(attribute.isNominal() ? attribute.value((int) v) : Double.toString(v));
      }
      text.append(String.join(",", cells)).append('\n');
    }
    return text.toString();
  }

  /** The same rows as a KNIME table without the class, keyed prefix + row number. */
  static BufferedDataTable table(Instances data, String keyPrefix) {
    DataTableSpec spec =
        new DataTableSpec(
            FEATURES, new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
    List<DataRow> rows = new ArrayList<>();
    for (int r = 0; r < data.numInstances(); r++) {
      rows.add(
          new DefaultRow(
              keyPrefix + r,
              new DoubleCell(data.instance(r).value(0)),
              new DoubleCell(data.instance(r).value(1)),
              new StringCell(data.instance(r).stringValue(2))));
    }
    return NodeHarness.table(spec, rows);
  }
}
