package org.glasswing.knime.uncertainty;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.methods.Family;
import org.glasswing.core.uncertainty.OutOfDistribution;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.table.AppendedColumns;
import org.glasswing.knime.table.Execution;
import org.glasswing.knime.table.FeatureColumns;
import org.glasswing.knime.table.TableCodec;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * OOD Scorer: how unlike the training rows (port 1) each scored row (port 2) is ({@link
 * OutOfDistribution}: the distance to its k-th nearest training row and the Mahalanobis distance
 * from the training mean, each with its percentile among the training rows' own scores). The
 * catalogue's {@code ood} setting {@code neighbours} is k. Rows and keys of the scored table are
 * kept.
 */
public final class OodScorerNodeModel extends NodeModel {

  /** The appended columns. */
  static final List<String> COLUMNS =
      List.of("knn distance", "knn percentile", "mahalanobis", "mahalanobis percentile");

  static final String TRAINING = "the training table (port 1)";
  static final String SCORED = "the scored table (port 2)";

  private final CatalogueSettings ood = oodSettings();

  /** Creates the model: training rows and scored rows in, the scored rows with scores out. */
  public OodScorerNodeModel() {
    super(2, 1);
  }

  /**
   * The catalogue's {@code ood} setting {@code neighbours}.
   *
   * @return the settings at the catalogue's defaults
   */
  static CatalogueSettings oodSettings() {
    return CatalogueSettings.of(Family.UNCERTAINTY, "ood", List.of("neighbours"), Map.of());
  }

  private static DataTableSpec outputSpec(DataTableSpec scored) throws InvalidSettingsException {
    List<DataType> types = new ArrayList<>();
    COLUMNS.forEach(c -> types.add(DoubleCell.TYPE));
    return AppendedColumns.spec(scored, COLUMNS, types);
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    FeatureColumns.of(inSpecs[0], TRAINING).checkPresentIn(inSpecs[1], SCORED, TRAINING);
    ood.number("neighbours");
    return new DataTableSpec[] {outputSpec(inSpecs[1])};
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    FeatureColumns columns = FeatureColumns.of(inData[0].getDataTableSpec(), TRAINING);
    columns.checkPresentIn(inData[1].getDataTableSpec(), SCORED, TRAINING);
    int k = (int) ood.number("neighbours");
    if (inData[0].size() <= k) {
      throw new InvalidSettingsException(
          TRAINING
              + " has "
              + inData[0].size()
              + " rows; the setting 'neighbours' ("
              + k
              + ") needs more than that many");
    }
    TableCodec codec = TableCodec.of(columns, List.of(inData[0], inData[1]));
    Dataset training = codec.encode(inData[0]);
    Dataset scored = codec.encode(inData[1]);
    List<OutOfDistribution.Score> scores =
        Execution.run(
            exec.createSubProgress(0.5),
            (progress, cancel) ->
                OutOfDistribution.fit(training, k, progress, cancel).score(scored, cancel));
    List<DataCell[]> cells = new ArrayList<>();
    for (OutOfDistribution.Score s : scores) {
      cells.add(
          new DataCell[] {
            new DoubleCell(s.knnDistance()),
            new DoubleCell(s.knnPercentile()),
            new DoubleCell(s.mahalanobis()),
            new DoubleCell(s.mahalanobisPercentile())
          });
    }
    return new BufferedDataTable[] {
      AppendedColumns.write(inData[1], outputSpec(inData[1].getDataTableSpec()), cells, exec)
    };
  }

  @Override
  protected void reset() {}

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    ood.save(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    ood.validate(settings);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    ood.load(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
