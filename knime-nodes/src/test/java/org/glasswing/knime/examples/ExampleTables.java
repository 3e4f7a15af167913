package org.glasswing.knime.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeHarness;

/**
 * Numeric test tables (shared by the node tests) of two clusters, as KNIME tables and as the core's
 * datasets.
 */
public final class ExampleTables {

  public static final String[] COLUMNS = {"a", "b", "c"};

  private ExampleTables() {}

  /** Rows around (0,0,0) (the first half) and (3,3,3), with a little seeded noise. */
  public static double[][] clusters(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[rows][3];
    for (int r = 0; r < rows; r++) {
      double centre = r < rows / 2 ? 0 : 3;
      for (int c = 0; c < 3; c++) {
        x[r][c] = centre + random.nextDouble(-0.5, 0.5);
      }
    }
    return x;
  }

  public static BufferedDataTable table(double[][] x, String prefix) {
    DataTableSpec spec =
        new DataTableSpec(
            COLUMNS, new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});
    List<DataRow> rows = new ArrayList<>();
    for (int r = 0; r < x.length; r++) {
      rows.add(new DefaultRow(prefix + r, x[r]));
    }
    return NodeHarness.table(spec, rows);
  }

  public static Dataset dataset(double[][] x) {
    List<Feature> features = new ArrayList<>();
    for (String c : COLUMNS) {
      features.add(Feature.numeric(c));
    }
    return new Dataset(new Schema(features, Schema.NO_TARGET), x);
  }

  public static List<DataRow> rows(BufferedDataTable table) {
    List<DataRow> rows = new ArrayList<>();
    table.forEach(rows::add);
    return rows;
  }
}
