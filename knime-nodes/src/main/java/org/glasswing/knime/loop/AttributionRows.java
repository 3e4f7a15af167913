package org.glasswing.knime.loop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * The result table of a local explainer loop: one row per explained row (the input row's key) with,
 * per probability column, one attribution column per feature, the base value, the prediction and
 * the method's extra columns (such as LIME's fidelity).
 *
 * @param <R> the result type of one explained row
 */
public final class AttributionRows<R> implements LoopResults<R> {

  /**
   * One explained row's numbers for one output.
   *
   * @param <R> the result type
   */
  @FunctionalInterface
  public interface Block<R> {
    /**
     * The attributions, the base value, the prediction and the extras, in the columns' order.
     *
     * @param result one explained row's result
     * @param output the output's index
     * @return the numbers
     */
    double[] of(R result, int output);
  }

  private final BufferedDataContainer container;
  private final List<RowKey> keys;
  private final int outputs;
  private final Block<R> block;

  /**
   * Creates the table.
   *
   * @param exec creates the table
   * @param spec the table's spec, from {@link #spec}
   * @param keys the keys of the explained rows, by task
   * @param outputs the number of outputs
   * @param block one row's numbers for one output
   */
  public AttributionRows(
      ExecutionContext exec, DataTableSpec spec, List<RowKey> keys, int outputs, Block<R> block) {
    this.container = exec.createDataContainer(spec);
    this.keys = List.copyOf(keys);
    this.outputs = outputs;
    this.block = Objects.requireNonNull(block, "block");
  }

  /**
   * The table's spec: "feature [output]" for every feature, then "base value [output]", "prediction
   * [output]" and "extra [output]", output by output.
   *
   * @param features the feature names
   * @param outputs the probability columns
   * @param extras the method's extra columns
   * @return the spec
   */
  public static DataTableSpec spec(List<String> features, List<String> outputs, String... extras) {
    return specOf(features, outputs, extras);
  }

  /**
   * A result column's name.
   *
   * @param name a feature, "base value", "prediction" or an extra
   * @param output the prediction column
   * @return "name [output]"
   */
  public static String column(String name, String output) {
    return name + " [" + output + "]";
  }

  private static DataTableSpec specOf(
      List<String> features, List<String> outputs, String[] extras) {
    List<String> names = new ArrayList<>();
    for (String output : outputs) {
      for (String feature : features) {
        names.add(column(feature, output));
      }
      names.add(column("base value", output));
      names.add(column("prediction", output));
      for (String extra : extras) {
        names.add(column(extra, output));
      }
    }
    DataType[] types = new DataType[names.size()];
    Arrays.fill(types, DoubleCell.TYPE);
    return new DataTableSpec(names.toArray(new String[0]), types);
  }

  @Override
  public void add(int task, R result) {
    List<DataCell> cells = new ArrayList<>();
    for (int o = 0; o < outputs; o++) {
      for (double v : block.of(result, o)) {
        cells.add(new DoubleCell(v));
      }
    }
    container.addRowToTable(new DefaultRow(keys.get(task), cells.toArray(new DataCell[0])));
  }

  @Override
  public BufferedDataTable[] tables(ExecutionContext exec) {
    container.close();
    return new BufferedDataTable[] {container.getTable()};
  }
}
