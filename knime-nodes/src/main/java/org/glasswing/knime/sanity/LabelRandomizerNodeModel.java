package org.glasswing.knime.sanity;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Permutations;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Label Randomizer: permutes the target column's cells over the rows with a seeded random
 * permutation (Adebayo et al. 2018, data randomisation test); every other cell and every row key
 * stays in place. A model trained on the output has learned nothing real, so an explanation of it
 * that still looks like the original one is not explaining the model.
 */
public final class LabelRandomizerNodeModel extends NodeModel {

  private final SettingsModelString target = targetModel();
  private final SettingsModelInteger seed = seedModel();

  /** Creates the model: one input table, one output table. */
  public LabelRandomizerNodeModel() {
    super(1, 1);
  }

  static SettingsModelString targetModel() {
    return new SettingsModelString("targetColumn", "");
  }

  static SettingsModelInteger seedModel() {
    return new SettingsModelInteger("seed", 1);
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    targetIndex(inSpecs[0]);
    return new DataTableSpec[] {inSpecs[0]};
  }

  private int targetIndex(DataTableSpec spec) throws InvalidSettingsException {
    String name = target.getStringValue();
    if (name == null || name.isBlank()) {
      throw new InvalidSettingsException("no target column: choose the column to permute");
    }
    int index = spec.findColumnIndex(name);
    if (index < 0) {
      throw new InvalidSettingsException(
          "the target column '" + Messages.quoted(name) + "' is not in the input table");
    }
    return index;
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    BufferedDataTable in = inData[0];
    DataTableSpec spec = in.getDataTableSpec();
    int column = targetIndex(spec);
    List<DataCell> labels = new ArrayList<>();
    for (DataRow row : in) {
      labels.add(row.getCell(column));
    }
    int[] order = Permutations.random(labels.size(), seed.getIntValue());
    BufferedDataContainer out = exec.createDataContainer(spec);
    int r = 0;
    for (DataRow row : in) {
      exec.checkCanceled();
      DataCell[] cells = new DataCell[row.getNumCells()];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = c == column ? labels.get(order[r]) : row.getCell(c);
      }
      out.addRowToTable(new DefaultRow(row.getKey(), cells));
      r++;
      exec.setProgress((double) r / labels.size(), "row " + r + " of " + labels.size());
    }
    out.close();
    return new BufferedDataTable[] {out.getTable()};
  }

  @Override
  protected void reset() {}

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    target.saveSettingsTo(settings);
    seed.saveSettingsTo(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    SettingsCheck.validate(settings, "targetColumn", target);
    SettingsCheck.validate(settings, "seed", seed);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    target.loadSettingsFrom(settings);
    seed.loadSettingsFrom(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
