package org.glasswing.knime.shapley;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.weka.WekaModel;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import weka.core.Attribute;
import weka.core.Instances;

/**
 * "The user's predictor" in the tests: a trained Weka classifier that appends one probability
 * column "P (class=label)" per class, as KNIME's predictors do, keeping rows and keys. Cells are
 * matched to the Weka attributes by column name; a factor can distort the probabilities to test the
 * loop end's checks.
 */
public final class WekaPredictorNodeModel extends NodeModel {

  private final WekaModel model;
  private final Instances header;

  /** The factor every probability is multiplied with; 1 leaves them alone. */
  public double distortion = 1;

  /**
   * Wraps a trained classifier.
   *
   * @param model the classifier
   */
  public WekaPredictorNodeModel(WekaModel model) {
    super(1, 1);
    this.model = model;
    this.header = model.header();
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) {
    return new DataTableSpec[] {new DataTableSpec(inSpecs[0], probabilitySpec())};
  }

  private DataTableSpec probabilitySpec() {
    List<DataColumnSpec> columns = new ArrayList<>();
    String name = header.classAttribute().name();
    if (header.classAttribute().isNumeric()) {
      // A regression predictor: KNIME's write one numeric "Prediction (target)" column.
      columns.add(
          new DataColumnSpecCreator("Prediction (" + name + ")", DoubleCell.TYPE).createSpec());
    } else {
      for (String label : model.outputNames()) {
        columns.add(
            new DataColumnSpecCreator("P (" + name + "=" + label + ")", DoubleCell.TYPE)
                .createSpec());
      }
    }
    return new DataTableSpec(columns.toArray(new DataColumnSpec[0]));
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    DataTableSpec spec = inData[0].getDataTableSpec();
    List<DataRow> rows = new ArrayList<>();
    List<double[]> encoded = new ArrayList<>();
    for (DataRow row : inData[0]) {
      rows.add(row);
      double[] values = new double[header.numAttributes()];
      for (int a = 0; a < values.length; a++) {
        Attribute attribute = header.attribute(a);
        int column = spec.findColumnIndex(attribute.name());
        DataCell cell = column < 0 ? null : row.getCell(column);
        if (cell == null || cell.isMissing() || a == header.classIndex()) {
          values[a] = Double.NaN;
        } else if (attribute.isNominal()) {
          values[a] = attribute.indexOfValue(((StringValue) cell).getStringValue());
        } else {
          values[a] = ((DoubleValue) cell).getDoubleValue();
        }
      }
      encoded.add(values);
    }
    double[][] probabilities = model.predict(encoded.toArray(new double[0][]));
    BufferedDataContainer out =
        exec.createDataContainer(new DataTableSpec(spec, probabilitySpec()));
    for (int r = 0; r < rows.size(); r++) {
      DataRow row = rows.get(r);
      List<DataCell> cells = new ArrayList<>();
      row.forEach(cells::add);
      for (double p : probabilities[r]) {
        cells.add(new DoubleCell(p * distortion));
      }
      out.addRowToTable(new DefaultRow(row.getKey(), cells));
    }
    out.close();
    return new BufferedDataTable[] {out.getTable()};
  }

  @Override
  protected void reset() {}

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {}

  @Override
  protected void validateSettings(NodeSettingsRO settings) {}

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings) {}

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
