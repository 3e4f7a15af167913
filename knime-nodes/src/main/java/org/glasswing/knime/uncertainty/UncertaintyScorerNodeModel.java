package org.glasswing.knime.uncertainty;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.uncertainty.EnsembleDisagreement;
import org.glasswing.core.uncertainty.PredictiveScores;
import org.glasswing.knime.table.AppendedColumns;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Uncertainty Scorer: appends to every row how sure its prediction looks ({@link PredictiveScores}:
 * predicted class, max probability, margin, entropy); with several groups of probability columns
 * (the members of an ensemble) the scores of their mean and how much the members disagree ({@link
 * EnsembleDisagreement}: variance, pairwise disagreement, mutual information). Rows and keys are
 * kept.
 */
public final class UncertaintyScorerNodeModel extends NodeModel {

  static final List<String> SCORES =
      List.of("predicted class", "max probability", "margin", "entropy");
  static final List<String> ENSEMBLE_SCORES =
      List.of("variance", "disagreement", "mutual information");

  private final SettingsModelString groups = groupsModel();

  /** Creates the model: one input table, one output table. */
  public UncertaintyScorerNodeModel() {
    super(1, 1);
  }

  static SettingsModelString groupsModel() {
    return new SettingsModelString("probabilityColumns", "");
  }

  private List<PredictionColumns> groups(DataTableSpec spec) throws InvalidSettingsException {
    List<PredictionColumns> found = new ArrayList<>();
    String text = groups.getStringValue().trim();
    for (String group : text.isEmpty() ? new String[] {""} : text.split(";")) {
      PredictionColumns columns = PredictionColumns.of(spec, null, false, group);
      if (!found.isEmpty() && !found.get(0).labels().equals(columns.labels())) {
        throw new InvalidSettingsException(
            "the probability column group "
                + (found.size() + 1)
                + " stands for the classes "
                + Messages.quoted(columns.labels())
                + ", group 1 for "
                + Messages.quoted(found.get(0).labels())
                + "; every group needs the same classes in the same order");
      }
      found.add(columns);
    }
    return found;
  }

  private static DataTableSpec outputSpec(DataTableSpec in, int members)
      throws InvalidSettingsException {
    List<String> names = new ArrayList<>(SCORES);
    List<DataType> types =
        new ArrayList<>(
            List.of(StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE));
    if (members > 1) {
      for (String name : ENSEMBLE_SCORES) {
        names.add(name);
        types.add(DoubleCell.TYPE);
      }
    }
    return AppendedColumns.spec(in, names, types);
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    return new DataTableSpec[] {outputSpec(inSpecs[0], groups(inSpecs[0]).size())};
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    BufferedDataTable table = inData[0];
    List<PredictionColumns> found = groups(table.getDataTableSpec());
    DataTableSpec spec = outputSpec(table.getDataTableSpec(), found.size());
    double[][][] members = new double[found.size()][][];
    for (int m = 0; m < members.length; m++) {
      members[m] = PredictionReader.read(table, found.get(m), exec).probabilities();
    }
    List<String> labels = found.get(0).labels();
    List<DataCell[]> cells = new ArrayList<>();
    for (int r = 0; r < members[0].length; r++) {
      if (r % 1024 == 0) {
        exec.checkCanceled();
      }
      double[] p = members[0][r];
      EnsembleDisagreement.Scores ensemble = null;
      if (members.length > 1) {
        double[][] row = new double[members.length][];
        for (int m = 0; m < members.length; m++) {
          row[m] = members[m][r];
        }
        ensemble = EnsembleDisagreement.of(row);
        p = ensemble.meanProbabilities().stream().mapToDouble(Double::doubleValue).toArray();
      }
      PredictiveScores s = PredictiveScores.of(p);
      List<DataCell> row = new ArrayList<>();
      row.add(new StringCell(labels.get(s.predicted())));
      row.add(new DoubleCell(s.maxProbability()));
      row.add(new DoubleCell(s.margin()));
      row.add(new DoubleCell(s.entropy()));
      if (ensemble != null) {
        row.add(new DoubleCell(ensemble.variance()));
        row.add(new DoubleCell(ensemble.disagreement()));
        row.add(new DoubleCell(ensemble.mutualInformation()));
      }
      cells.add(row.toArray(new DataCell[0]));
    }
    return new BufferedDataTable[] {AppendedColumns.write(table, spec, cells, exec)};
  }

  @Override
  protected void reset() {}

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    groups.saveSettingsTo(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    SettingsCheck.validate(settings, "probabilityColumns", groups);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    groups.loadSettingsFrom(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
