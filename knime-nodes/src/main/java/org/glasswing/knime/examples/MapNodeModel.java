package org.glasswing.knime.examples;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.embedding.RowMap;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.table.AppendedColumns;
import org.glasswing.knime.table.Execution;
import org.glasswing.knime.table.FeatureColumns;
import org.glasswing.knime.table.TableCodec;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Row Map: places every row of the table on a 2-D map ({@link RowMap}: PCA, MDS or t-SNE; the
 * catalogue's {@code map} settings and seed) and appends its coordinates; the map's trustworthiness
 * goes to the flow variable {@value #TRUSTWORTHINESS}. Every column is a feature (numeric or
 * string); filter the table first to leave out the class or an identifier.
 */
public final class MapNodeModel extends NodeModel {

  /** The appended columns. */
  static final List<String> COLUMNS = List.of("map x", "map y");

  /** The flow variable holding the map's trustworthiness (NaN when not measured). */
  static final String TRUSTWORTHINESS = "mapTrustworthiness";

  static final String INPUT = "the input table";

  private final CatalogueSettings map = mapSettings();

  /** Creates the model: one table in, the same table with the coordinates out. */
  public MapNodeModel() {
    super(1, 1);
  }

  /**
   * The catalogue's {@code map} settings and the shared seed (t-SNE's start).
   *
   * @return the settings at the catalogue's defaults
   */
  static CatalogueSettings mapSettings() {
    return CatalogueSettings.of(
        Family.EXAMPLES,
        "map",
        List.of("method", "distance", "perplexity", "iterations", "neighbours"),
        java.util.Map.of(),
        List.of(Parameters.SEED));
  }

  /**
   * The settings as the core's.
   *
   * @param map the node's settings
   * @return the core's settings
   * @throws InvalidSettingsException naming the setting at fault
   */
  static RowMap.Settings settings(CatalogueSettings map) throws InvalidSettingsException {
    ParameterValues v = map.values();
    MethodSpec spec = map.spec();
    try {
      return new RowMap.Settings(
          RowMap.Method.parse(v.text(spec.parameter("method").orElseThrow())),
          RowDistance.Kind.valueOf(
              v.text(spec.parameter("distance").orElseThrow()).toUpperCase(Locale.ROOT)),
          v.real(spec.parameter("perplexity").orElseThrow()),
          v.integer(spec.parameter("iterations").orElseThrow()),
          map.number(Parameters.SEED.name()),
          v.integer(spec.parameter("neighbours").orElseThrow()));
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(e.getMessage(), e);
    }
  }

  private static DataTableSpec outputSpec(DataTableSpec in) throws InvalidSettingsException {
    return AppendedColumns.spec(in, COLUMNS, List.of(DoubleCell.TYPE, DoubleCell.TYPE));
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    FeatureColumns.of(inSpecs[0], INPUT);
    settings(map);
    return new DataTableSpec[] {outputSpec(inSpecs[0])};
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    BufferedDataTable table = inData[0];
    if (table.size() < 2) {
      throw new InvalidSettingsException(INPUT + " has " + table.size() + " rows; a map needs 2");
    }
    FeatureColumns columns = FeatureColumns.of(table.getDataTableSpec(), INPUT);
    Dataset rows = TableCodec.of(columns, List.of(table)).encode(table);
    RowMap.Settings settings = settings(map);
    RowMap.Result result =
        Execution.run(
            exec.createSubProgress(0.5),
            (progress, cancel) -> RowMap.of(rows, rows, settings, progress, cancel));
    double[][] points = result.embedding().coordinates();
    List<DataCell[]> cells = new ArrayList<>();
    for (double[] p : points) {
      cells.add(new DataCell[] {new DoubleCell(p[0]), new DoubleCell(p[1])});
    }
    pushFlowVariableDouble(TRUSTWORTHINESS, result.trustworthiness());
    return new BufferedDataTable[] {
      AppendedColumns.write(table, outputSpec(table.getDataTableSpec()), cells, exec)
    };
  }

  @Override
  protected void reset() {}

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    map.save(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    map.validate(settings);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    map.load(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
