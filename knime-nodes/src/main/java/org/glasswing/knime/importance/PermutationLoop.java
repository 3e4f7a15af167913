package org.glasswing.knime.importance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.global.Metric;
import org.glasswing.core.global.PermutationImportance;
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
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/**
 * The permutation-importance loop: the held-out table (features and the class column named in the
 * settings) to the core's {@link PermutationImportance} jobs, one task per shuffled feature set;
 * the answers, the probability columns "P (class=label)" of the held-out labels, to the importance
 * table ({@link PermutationResults}).
 */
final class PermutationLoop implements LoopMethod<double[][][]> {

  static final String HELD_OUT = "the held-out table (port 1)";

  private final PermutationLoopSettings settings = new PermutationLoopSettings();
  private PermutationImportance method;
  private PermutationImportance.FoldJobs fold;
  private List<String> labels;
  private String className;

  @Override
  public String title() {
    return "Permutation Importance";
  }

  @Override
  public String doneUnit() {
    return "shuffle sets done";
  }

  @Override
  public LoopSettings settings() {
    return settings.all;
  }

  @Override
  public DataTableSpec configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    FeatureColumns columns = features(inSpecs[0]);
    settings.parsedMetric();
    return TableCodec.decodedSpec(columns);
  }

  /** The feature columns: every column but the class column, which must be a string column. */
  private FeatureColumns features(DataTableSpec spec) throws InvalidSettingsException {
    String name = settings.classColumn.getStringValue().trim();
    if (name.isEmpty()) {
      throw new InvalidSettingsException(
          "no class column: name the column of " + HELD_OUT + " that holds the true class");
    }
    DataColumnSpec target = spec.getColumnSpec(name);
    if (target == null) {
      throw new InvalidSettingsException(
          "the class column '" + Messages.quoted(name) + "' is not in " + HELD_OUT);
    }
    if (!target.getType().isCompatible(StringValue.class)) {
      throw new InvalidSettingsException(
          "the class column '"
              + Messages.quoted(name)
              + "' of "
              + HELD_OUT
              + " is not a string column; the loop explains classifiers (convert it with Number"
              + " to String)");
    }
    List<DataColumnSpec> others = new ArrayList<>();
    for (DataColumnSpec column : spec) {
      if (!column.getName().equals(name)) {
        others.add(column);
      }
    }
    return FeatureColumns.of(new DataTableSpec(others.toArray(new DataColumnSpec[0])), HELD_OUT);
  }

  @Override
  public LoopJobs<double[][][]> start(BufferedDataTable[] inData) throws InvalidSettingsException {
    BufferedDataTable heldOut = inData[0];
    FeatureColumns columns = features(heldOut.getDataTableSpec());
    Metric chosen = settings.parsedMetric();
    if (heldOut.size() == 0) {
      throw new InvalidSettingsException(HELD_OUT + " has no rows");
    }
    className = settings.classColumn.getStringValue().trim();
    List<Double> truth = truth(heldOut);
    TableCodec codec = TableCodec.of(columns, List.of(heldOut));
    Dataset features = codec.encode(heldOut);
    List<Feature> all = new ArrayList<>();
    for (int f = 0; f < columns.size(); f++) {
      all.add(features.schema().feature(f));
    }
    all.add(Feature.nominal(className, labels));
    Schema schema = new Schema(all, columns.size());
    double[][] rows = new double[features.numRows()][];
    for (int r = 0; r < rows.length; r++) {
      double[] row = features.row(r);
      rows[r] = Arrays.copyOf(row, row.length + 1);
      rows[r][row.length] = truth.get(r);
    }
    method =
        new PermutationImportance(
            chosen, (int) settings.catalogue.number("repeats"), settings.catalogue.number("seed"));
    try {
      fold = method.foldJobs(new Dataset(schema, rows), 0);
      return new LoopJobs<>(
          fold.taskCount(),
          fold.seed(),
          EvaluationEngine.DEFAULT_BATCH_ROWS,
          settings.featuresPerIteration.getIntValue(),
          method.rowJobs(fold),
          codec,
          TableCodec.decodedSpec(columns),
          task -> "task" + task,
          "permutation importance of " + columns.size() + " features on " + rows.length + " rows");
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
  }

  /** The class of each held-out row, as the index of its label; sets {@link #labels}. */
  private List<Double> truth(BufferedDataTable heldOut) throws InvalidSettingsException {
    int classIndex = heldOut.getDataTableSpec().findColumnIndex(className);
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<Double> truth = new ArrayList<>();
    for (DataRow row : heldOut) {
      DataCell cell = row.getCell(classIndex);
      if (cell.isMissing()) {
        throw new InvalidSettingsException(
            "the class column '"
                + Messages.quoted(className)
                + "' of "
                + HELD_OUT
                + " has a missing value in row '"
                + Messages.quoted(row.getKey())
                + "'; remove such rows first (Row Filter or Missing Value)");
      }
      String label = ((StringValue) cell).getStringValue();
      seen.putIfAbsent(label, seen.size());
      truth.add((double) seen.get(label));
    }
    labels = List.copyOf(seen.keySet());
    return truth;
  }

  /**
   * The probability columns the predictor writes for the class labels, in the labels' order, such
   * as "P (class=yes)", each checked to be in the loop body's output.
   */
  @Override
  public List<String> outputs(DataTableSpec answers, String chosen)
      throws InvalidSettingsException {
    List<String> names = new ArrayList<>();
    for (String label : labels) {
      String column = "P (" + className + "=" + label + ")";
      LoopAnswers.probabilityColumns(answers, column);
      names.add(column);
    }
    return names;
  }

  @Override
  public DataTableSpec[] resultSpecs(DataTableSpec answers, String chosen) {
    return new DataTableSpec[] {PermutationResults.spec()};
  }

  @Override
  public LoopResults<double[][][]> results(List<String> outputs, ExecutionContext exec) {
    return new PermutationResults(method, fold);
  }

  @Override
  public void reset() {
    method = null;
    fold = null;
    labels = null;
    className = null;
  }
}
