package org.glasswing.knime.faithfulness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.sanity.DeletionCurves;
import org.glasswing.core.shapley.Background;
import org.glasswing.knime.loop.LoopJobs;
import org.glasswing.knime.loop.LoopMethod;
import org.glasswing.knime.loop.LoopResults;
import org.glasswing.knime.loop.LoopSettings;
import org.glasswing.knime.table.FeatureColumns;
import org.glasswing.knime.table.LoopAnswers;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.glasswing.knime.table.TableCodec;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/**
 * The deletion-curve loop: the explained rows (port 1), the background (port 2) and their
 * explanations (port 3, matched by row key) to the core's {@link DeletionCurves} jobs, one task per
 * explained row; the answers to the curves and their summary ({@link DeletionResults}).
 */
final class DeletionLoop implements LoopMethod<double[][]> {

  static final String EXPLAINED = "the explained table (port 1)";
  static final String BACKGROUND = "the background table (port 2)";
  static final String EXPLANATIONS = "the explanation table (port 3)";

  private final DeletionLoopSettings settings = new DeletionLoopSettings();
  private DeletionCurves curves;

  @Override
  public String title() {
    return "Deletion Curve";
  }

  @Override
  public String doneUnit() {
    return "rows done";
  }

  @Override
  public LoopSettings settings() {
    return settings.all;
  }

  @Override
  public DataTableSpec configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    FeatureColumns columns = FeatureColumns.of(inSpecs[0], EXPLAINED);
    if (columns.size() < 2) {
      throw new InvalidSettingsException(
          "deletion curves need at least 2 feature columns in " + EXPLAINED);
    }
    if (inSpecs[1] != null) {
      columns.checkPresentIn(inSpecs[1], BACKGROUND);
    }
    if (inSpecs[2] != null) {
      attributionIndices(columns, inSpecs[2]);
    } else {
      settings.probability();
    }
    return TableCodec.decodedSpec(columns);
  }

  /** The explanation table's column "feature [probability column]" of each feature. */
  private int[] attributionIndices(FeatureColumns columns, DataTableSpec spec)
      throws InvalidSettingsException {
    String output = settings.probability();
    int[] index = new int[columns.size()];
    for (int f = 0; f < index.length; f++) {
      String name = columns.names().get(f) + " [" + output + "]";
      DataColumnSpec column = spec.getColumnSpec(name);
      if (column == null || !column.getType().isCompatible(DoubleValue.class)) {
        throw new InvalidSettingsException(
            EXPLANATIONS
                + " has no numeric attribution column '"
                + Messages.quoted(name)
                + "' (as the explainer loop ends write it for the probability column '"
                + Messages.quoted(output)
                + "')");
      }
      index[f] = spec.findColumnIndex(name);
    }
    return index;
  }

  @Override
  public LoopJobs<double[][]> start(BufferedDataTable[] inData) throws InvalidSettingsException {
    FeatureColumns features = FeatureColumns.of(inData[0].getDataTableSpec(), EXPLAINED);
    features.checkPresentIn(inData[1].getDataTableSpec(), BACKGROUND);
    int[] attributionIndex = attributionIndices(features, inData[2].getDataTableSpec());
    if (inData[0].size() == 0) {
      throw new InvalidSettingsException(EXPLAINED + " has no rows");
    }
    if (inData[1].size() == 0) {
      throw new InvalidSettingsException(BACKGROUND + " has no rows");
    }
    List<RowKey> keys = TableCodec.keys(inData[0]);
    double[][] attributions = attributions(inData[2], attributionIndex, features, keys);
    TableCodec codec = TableCodec.of(features, List.of(inData[0], inData[1]));
    Dataset rows = codec.encode(inData[0]);
    Dataset background = codec.encode(inData[1]);
    curves =
        new DeletionCurves(
            Background.uniform(background),
            (int) settings.catalogue.number(DeletionLoopSettings.RANDOM_ORDERS),
            settings.seed.getIntValue());
    try {
      return new LoopJobs<>(
          rows.numRows(),
          curves.seed(),
          EvaluationEngine.DEFAULT_BATCH_ROWS,
          settings.rowsPerIteration.getIntValue(),
          curves.rowJobs(codec.schema(), rows, attributions, new int[rows.numRows()]),
          codec,
          TableCodec.decodedSpec(features),
          task -> keys.get(task).getString(),
          "deletion curves of " + rows.numRows() + " rows");
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
  }

  /** Each explained row's attributions, from the explanation row with the same key. */
  private static double[][] attributions(
      BufferedDataTable explanations, int[] index, FeatureColumns features, List<RowKey> keys)
      throws InvalidSettingsException {
    Map<RowKey, double[]> byKey = new HashMap<>();
    for (DataRow row : explanations) {
      double[] values = new double[index.length];
      for (int f = 0; f < values.length; f++) {
        DataCell cell = row.getCell(index[f]);
        if (cell.isMissing()) {
          throw new InvalidSettingsException(
              "the attribution of '"
                  + Messages.quoted(features.names().get(f))
                  + "' is missing in row '"
                  + Messages.quoted(row.getKey())
                  + "' of "
                  + EXPLANATIONS);
        }
        values[f] = ((DoubleValue) cell).getDoubleValue();
      }
      byKey.put(row.getKey(), values);
    }
    double[][] attributions = new double[keys.size()][];
    for (int r = 0; r < attributions.length; r++) {
      attributions[r] = byKey.get(keys.get(r));
      if (attributions[r] == null) {
        throw new InvalidSettingsException(
            "row '"
                + Messages.quoted(keys.get(r))
                + "' of "
                + EXPLAINED
                + " has no row in "
                + EXPLANATIONS);
      }
    }
    return attributions;
  }

  @Override
  public List<String> outputs(DataTableSpec answers, String chosen)
      throws InvalidSettingsException {
    return LoopAnswers.probabilityColumns(answers, settings.probabilityColumn.getStringValue());
  }

  @Override
  public DataTableSpec[] resultSpecs(DataTableSpec answers, String chosen)
      throws InvalidSettingsException {
    outputs(answers, chosen);
    return new DataTableSpec[] {DeletionResults.curveSpec(), DeletionResults.summarySpec()};
  }

  @Override
  public LoopResults<double[][]> results(List<String> outputs, ExecutionContext exec) {
    return new DeletionResults(curves, settings.probabilityColumn.getStringValue().trim());
  }

  @Override
  public void reset() {
    curves = null;
  }
}
