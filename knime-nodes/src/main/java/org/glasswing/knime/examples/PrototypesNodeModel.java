package org.glasswing.knime.examples;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.data.Schema;
import org.glasswing.core.examples.MmdCritic;
import org.glasswing.core.examples.PrototypeSet;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.table.Execution;
import org.glasswing.knime.table.FeatureColumns;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.glasswing.knime.table.TableCodec;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Prototypes and Criticisms: the rows that typify the data, or each class (prototypes), and the
 * rows the prototypes cover worst (criticisms), chosen by {@link MmdCritic} with the catalogue's
 * {@code prototypes} settings. The output lists the chosen rows with their role, group, rank and
 * witness value.
 */
public final class PrototypesNodeModel extends NodeModel {

  /** The key of the class column setting. */
  static final String CLASS_COLUMN = "classColumn";

  /** The appended columns. */
  static final List<String> COLUMNS = List.of("role", "group", "rank", "witness");

  static final String INPUT = "the input table";

  private final SettingsModelString classColumn = classColumnModel();
  private final CatalogueSettings prototypes = prototypeSettings();

  /** Creates the model: one table in, the chosen rows out. */
  public PrototypesNodeModel() {
    super(1, 1);
  }

  static SettingsModelString classColumnModel() {
    return new SettingsModelString(CLASS_COLUMN, "");
  }

  /**
   * The catalogue's {@code prototypes} settings and the shared seed (of the default kernel width).
   *
   * @return the settings at the catalogue's defaults
   */
  static CatalogueSettings prototypeSettings() {
    return CatalogueSettings.of(
        Family.EXAMPLES,
        "prototypes",
        List.of("prototypes", "criticisms", "scope", "kernel-width", "distance"),
        Map.of(),
        List.of(Parameters.SEED));
  }

  private boolean perClass() throws InvalidSettingsException {
    MethodSpec spec = prototypes.spec();
    return prototypes.values().text(spec.parameter("scope").orElseThrow()).equals("per_class");
  }

  /** The feature columns: every column but the class column. */
  private DataTableSpec features(DataTableSpec in) throws InvalidSettingsException {
    String name = classColumn.getStringValue().trim();
    if (perClass() && name.isEmpty()) {
      throw new InvalidSettingsException(
          "the setting 'scope' is per_class but no class column is chosen; name the class column"
              + " or set 'scope' to global");
    }
    List<DataColumnSpec> kept = new ArrayList<>();
    for (DataColumnSpec column : in) {
      if (!column.getName().equals(name)) {
        kept.add(column);
      }
    }
    if (!name.isEmpty()) {
      DataColumnSpec found = in.getColumnSpec(name);
      if (found == null || !found.getType().isCompatible(StringValue.class)) {
        throw new InvalidSettingsException(
            "the class column '"
                + Messages.quoted(name)
                + "' is "
                + (found == null ? "not in " + INPUT : "not a string column"));
      }
    }
    return new DataTableSpec(kept.toArray(new DataColumnSpec[0]));
  }

  private static DataTableSpec outputSpec(DataTableSpec in) throws InvalidSettingsException {
    for (String name : COLUMNS) {
      if (in.containsName(name)) {
        throw new InvalidSettingsException(
            INPUT + " already has a column '" + name + "'; rename or remove it first");
      }
    }
    return new DataTableSpec(
        in,
        new DataTableSpec(
            COLUMNS.toArray(new String[0]),
            new DataType[] {StringCell.TYPE, StringCell.TYPE, IntCell.TYPE, DoubleCell.TYPE}));
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    FeatureColumns.of(features(inSpecs[0]), INPUT);
    return new DataTableSpec[] {outputSpec(inSpecs[0])};
  }

  private MmdCritic critic(Dataset reference) throws InvalidSettingsException {
    ParameterValues v = prototypes.values();
    MethodSpec spec = prototypes.spec();
    try {
      return new MmdCritic(
          RowDistance.of(
              RowDistance.Kind.valueOf(
                  v.text(spec.parameter("distance").orElseThrow()).toUpperCase(Locale.ROOT)),
              reference),
          v.integer(spec.parameter("prototypes").orElseThrow()),
          v.integer(spec.parameter("criticisms").orElseThrow()),
          v.real(spec.parameter("kernel-width").orElseThrow()),
          prototypes.number(Parameters.SEED.name()));
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    BufferedDataTable table = inData[0];
    FeatureColumns columns = FeatureColumns.of(features(table.getDataTableSpec()), INPUT);
    Dataset rows = TableCodec.of(columns, List.of(table)).encode(table);
    boolean perClass = perClass();
    List<String> labels = new ArrayList<>();
    Dataset data = perClass ? withClass(rows, table, labels) : rows;
    MmdCritic critic = critic(rows);
    List<PrototypeSet> sets =
        Execution.run(
            exec.createSubProgress(0.8),
            (progress, cancel) ->
                perClass
                    ? critic.perClass(data, progress, cancel)
                    : List.of(critic.global(data, progress, cancel)));
    List<DataRow> all = new ArrayList<>();
    table.forEach(all::add);
    BufferedDataContainer out = exec.createDataContainer(outputSpec(table.getDataTableSpec()));
    for (PrototypeSet set : sets) {
      String group = set.group() < 0 ? "all rows" : labels.get(set.group());
      for (int i = 0; i < set.prototypes().size(); i++) {
        out.addRowToTable(row(all.get(set.prototypes().get(i)), "prototype", group, i, null));
      }
      for (int i = 0; i < set.criticisms().size(); i++) {
        out.addRowToTable(
            row(all.get(set.criticisms().get(i)), "criticism", group, i, set.witness().get(i)));
      }
    }
    out.close();
    return new BufferedDataTable[] {out.getTable()};
  }

  private static DataRow row(DataRow in, String role, String group, int rank, Double witness) {
    List<DataCell> cells = new ArrayList<>();
    in.forEach(cells::add);
    cells.add(new StringCell(role));
    cells.add(new StringCell(group));
    cells.add(new IntCell(rank + 1));
    cells.add(witness == null ? DataType.getMissingCell() : new DoubleCell(witness));
    return new DefaultRow(in.getKey(), cells);
  }

  /** The rows with the class column as a nominal target; rows with a missing class get NaN. */
  private Dataset withClass(Dataset rows, BufferedDataTable table, List<String> labels) {
    int index = table.getDataTableSpec().findColumnIndex(classColumn.getStringValue().trim());
    double[] target = new double[rows.numRows()];
    int r = 0;
    for (DataRow row : table) {
      DataCell cell = row.getCell(index);
      if (cell.isMissing()) {
        target[r++] = Double.NaN;
        continue;
      }
      String label = ((StringValue) cell).getStringValue();
      if (!labels.contains(label)) {
        labels.add(label);
      }
      target[r++] = labels.indexOf(label);
    }
    List<Feature> features = new ArrayList<>(rows.schema().features());
    features.add(Feature.nominal(classColumn.getStringValue().trim(), labels));
    double[][] values = new double[rows.numRows()][];
    for (int i = 0; i < values.length; i++) {
      values[i] = java.util.Arrays.copyOf(rows.row(i), features.size());
      values[i][features.size() - 1] = target[i];
    }
    return new Dataset(new Schema(features, features.size() - 1), values);
  }

  @Override
  protected void reset() {}

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    classColumn.saveSettingsTo(settings);
    prototypes.save(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    SettingsCheck.validate(settings, CLASS_COLUMN, classColumn);
    prototypes.validate(settings);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    classColumn.loadSettingsFrom(settings);
    prototypes.load(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
