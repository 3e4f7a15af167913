package org.glasswing.knime.loop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Feature;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.io.AtomicFile;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;

/**
 * What an explainer loop end's view shows, kept with the node so that the view reopens after the
 * workflow is saved and loaded: for the first prediction column, each feature's mean absolute
 * attribution over the explained rows, and the first explained row's attributions, base value and
 * prediction.
 *
 * @param output the prediction column, such as "P (class=yes)"
 * @param features the feature names
 * @param meanAbsolute each feature's mean |attribution|
 * @param rowKey the first explained row's key
 * @param attributions its attributions
 * @param baseValue its base value
 * @param prediction its prediction
 */
public record AttributionSummary(
    String output,
    List<String> features,
    double[] meanAbsolute,
    String rowKey,
    double[] attributions,
    double baseValue,
    double prediction) {

  /** The file in the node's internals directory. */
  static final String FILE = "attribution-summary.txt";

  /**
   * Copies the arrays.
   *
   * @param output the prediction column
   * @param features the feature names
   * @param meanAbsolute each feature's mean |attribution|
   * @param rowKey the first row's key
   * @param attributions its attributions
   * @param baseValue its base value
   * @param prediction its prediction
   */
  public AttributionSummary {
    features = List.copyOf(features);
    meanAbsolute = meanAbsolute.clone();
    attributions = attributions.clone();
  }

  /**
   * Summarises an explainer loop end's result table ({@link AttributionRows}): the features are the
   * columns before the first "base value [...]" column, whose brackets name the output.
   *
   * @param table the result
   * @return the summary, or {@code null} for an empty table
   */
  static AttributionSummary of(BufferedDataTable table) {
    DataTableSpec spec = table.getDataTableSpec();
    String prefix = "base value [";
    int baseColumn = 0;
    while (baseColumn < spec.getNumColumns()
        && !spec.getColumnSpec(baseColumn).getName().startsWith(prefix)) {
      baseColumn++;
    }
    if (baseColumn == spec.getNumColumns()) {
      return null;
    }
    String name = spec.getColumnSpec(baseColumn).getName();
    String output = name.substring(prefix.length(), name.length() - 1);
    String suffix = " [" + output + "]";
    List<String> features = new ArrayList<>();
    for (int c = 0; c < baseColumn; c++) {
      String column = spec.getColumnSpec(c).getName();
      features.add(column.substring(0, column.length() - suffix.length()));
    }
    int[] index = new int[features.size()];
    for (int f = 0; f < index.length; f++) {
      index[f] = spec.findColumnIndex(AttributionRows.column(features.get(f), output));
    }
    int base = spec.findColumnIndex(AttributionRows.column("base value", output));
    int predicted = spec.findColumnIndex(AttributionRows.column("prediction", output));
    double[] sum = new double[index.length];
    double[] first = null;
    String key = null;
    double firstBase = Double.NaN;
    double firstPrediction = Double.NaN;
    int rows = 0;
    for (DataRow row : table) {
      double[] values = new double[index.length];
      for (int f = 0; f < index.length; f++) {
        values[f] = value(row.getCell(index[f]));
        sum[f] += Math.abs(values[f]);
      }
      if (first == null) {
        first = values;
        key = row.getKey().getString();
        firstBase = value(row.getCell(base));
        firstPrediction = value(row.getCell(predicted));
      }
      rows++;
    }
    if (rows == 0) {
      return null;
    }
    for (int f = 0; f < sum.length; f++) {
      sum[f] /= rows;
    }
    return new AttributionSummary(output, features, sum, key, first, firstBase, firstPrediction);
  }

  private static double value(DataCell cell) {
    return cell.isMissing() ? Double.NaN : ((DoubleValue) cell).getDoubleValue();
  }

  /**
   * The first row as a core explanation, for the report's waterfall.
   *
   * @return the explanation
   */
  public Explanation firstRow() {
    List<Feature> kinds = new ArrayList<>();
    features.forEach(f -> kinds.add(Feature.numeric(f)));
    double[] unknown = new double[features.size()];
    Arrays.fill(unknown, Double.NaN);
    return new Explanation(
        0,
        0,
        output,
        baseValue,
        prediction,
        kinds,
        unknown,
        attributions,
        unknown.clone(),
        "loop",
        Map.of());
  }

  /**
   * Writes the summary (to a temporary sibling first, then moved).
   *
   * @param dir the node's internals directory
   * @throws IOException if it cannot be written
   */
  void save(Path dir) throws IOException {
    AtomicFile.writeText(
        dir.resolve(FILE),
        StandardCharsets.UTF_8,
        out -> {
          out.write(output + "\n");
          out.write(rowKey + "\n");
          out.write(baseValue + "\t" + prediction + "\n");
          for (int f = 0; f < features.size(); f++) {
            out.write(meanAbsolute[f] + "\t" + attributions[f] + "\t" + features.get(f) + "\n");
          }
        });
  }

  /**
   * Reads a saved summary.
   *
   * @param dir the node's internals directory
   * @return the summary, or {@code null} if none was saved
   * @throws IOException if the file cannot be read or is damaged
   */
  static AttributionSummary load(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.exists(file)) {
      return null;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    try {
      String[] head = lines.get(2).split("\t");
      List<String> features = new ArrayList<>();
      double[] mean = new double[lines.size() - 3];
      double[] attributions = new double[mean.length];
      for (int f = 0; f < mean.length; f++) {
        String[] parts = lines.get(3 + f).split("\t", 3);
        mean[f] = Double.parseDouble(parts[0]);
        attributions[f] = Double.parseDouble(parts[1]);
        features.add(parts[2]);
      }
      return new AttributionSummary(
          lines.get(0),
          features,
          mean,
          lines.get(1),
          attributions,
          Double.parseDouble(head[0]),
          Double.parseDouble(head[1]));
    } catch (RuntimeException e) {
      throw new IOException("the saved view data " + file + " is damaged; re-execute the node", e);
    }
  }
}
