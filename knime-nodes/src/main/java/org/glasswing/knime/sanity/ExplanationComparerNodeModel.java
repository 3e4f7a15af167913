package org.glasswing.knime.sanity;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.methods.Family;
import org.glasswing.core.sanity.SimilarityMeasure;
import org.glasswing.core.sanity.Verdict;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
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
 * Explanation Comparer: two explanation tables of the same rows (matched by row key) compared row
 * by row with the core's similarity measures (Spearman of the absolute and of the signed
 * attributions, top-k intersection, cosine), then averaged, with the randomisation-test verdict of
 * {@link SimilarityMeasure#verdict}: FAIL when the two explanations are nearly the same although
 * they should differ (the second explains a model trained on randomised labels), PASS when they
 * differ clearly.
 */
public final class ExplanationComparerNodeModel extends NodeModel {

  /** The columns the explanation loop ends write besides the attributions. */
  static final List<String> NOT_ATTRIBUTIONS =
      List.of("base value [", "prediction [", "fidelity [");

  static final String FIRST = "the first explanation table (port 1)";
  static final String SECOND = "the second explanation table (port 2)";

  private final SettingsModelString columns = columnsModel();
  private final CatalogueSettings agreement = agreementSettings();

  /** Creates the model: two input tables, two output tables (per row, summary). */
  public ExplanationComparerNodeModel() {
    super(2, 2);
  }

  static SettingsModelString columnsModel() {
    return new SettingsModelString("attributionColumns", "");
  }

  /** The catalogue name of the number of top attributes compared. */
  static final String TOP_K = "top-k";

  /**
   * The catalogue's {@code agreement} setting {@code top-k} (saved as {@code topK} before, which
   * still loads).
   *
   * @return the settings at the catalogue's default
   */
  static CatalogueSettings agreementSettings() {
    return CatalogueSettings.of(
        Family.SANITY, "agreement", List.of(TOP_K), Map.of(TOP_K, List.of("topK")));
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    attributionColumns(inSpecs[0], inSpecs[1]);
    return new DataTableSpec[] {perRowSpec(), summarySpec()};
  }

  /** The attribution columns, checked in both tables; top-k checked against their number. */
  private List<String> attributionColumns(DataTableSpec first, DataTableSpec second)
      throws InvalidSettingsException {
    List<String> names = new ArrayList<>();
    String chosen = columns.getStringValue().trim();
    if (chosen.isEmpty()) {
      for (DataColumnSpec column : first) {
        String name = column.getName();
        if (column.getType().isCompatible(DoubleValue.class)
            && NOT_ATTRIBUTIONS.stream().noneMatch(name::startsWith)) {
          names.add(name);
        }
      }
      if (names.isEmpty()) {
        throw new InvalidSettingsException(FIRST + " has no numeric attribution column");
      }
    } else {
      for (String part : chosen.split(",")) {
        names.add(part.trim());
      }
    }
    for (String name : names) {
      checkNumeric(first, name, FIRST);
      if (second != null) {
        checkNumeric(second, name, SECOND);
      }
    }
    int k = (int) agreement.number(TOP_K);
    if (k > names.size()) {
      throw new InvalidSettingsException(
          "Top k is "
              + k
              + " but there are only "
              + names.size()
              + " attribution columns; lower Top k or choose more attribution columns");
    }
    return names;
  }

  private static void checkNumeric(DataTableSpec spec, String name, String what)
      throws InvalidSettingsException {
    DataColumnSpec column = spec.getColumnSpec(name);
    if (column == null) {
      throw new InvalidSettingsException(
          "the attribution column '" + Messages.quoted(name) + "' is not in " + what);
    }
    if (!column.getType().isCompatible(DoubleValue.class)) {
      throw new InvalidSettingsException(
          "the attribution column '" + Messages.quoted(name) + "' of " + what + " is not numeric");
    }
  }

  static DataTableSpec perRowSpec() {
    SimilarityMeasure[] measures =
        SimilarityMeasure.forData(null).toArray(SimilarityMeasure[]::new);
    String[] names = new String[measures.length];
    DataType[] types = new DataType[measures.length];
    for (int m = 0; m < measures.length; m++) {
      names[m] = measures[m].label();
      types[m] = DoubleCell.TYPE;
    }
    return new DataTableSpec(names, types);
  }

  static DataTableSpec summarySpec() {
    return new DataTableSpec(
        new String[] {"measure", "mean", "above chance", "verdict"},
        new DataType[] {StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    List<String> names =
        attributionColumns(inData[0].getDataTableSpec(), inData[1].getDataTableSpec());
    int k = (int) agreement.number(TOP_K);
    Map<RowKey, double[]> second = new HashMap<>();
    for (DataRow row : inData[1]) {
      exec.checkCanceled();
      second.put(row.getKey(), vector(row, inData[1].getDataTableSpec(), names, SECOND));
    }
    if (inData[0].size() == 0) {
      throw new InvalidSettingsException(FIRST + " has no rows");
    }
    if (second.size() != inData[0].size()) {
      throw new InvalidSettingsException(
          SECOND
              + " has "
              + second.size()
              + " rows but "
              + FIRST
              + " has "
              + inData[0].size()
              + "; both must explain the same rows (the same row keys)");
    }
    SimilarityMeasure[] measures =
        SimilarityMeasure.forData(null).toArray(SimilarityMeasure[]::new);
    double[] sums = new double[measures.length];
    BufferedDataContainer perRow = exec.createDataContainer(perRowSpec());
    long done = 0;
    for (DataRow row : inData[0]) {
      exec.checkCanceled();
      double[] a = vector(row, inData[0].getDataTableSpec(), names, FIRST);
      double[] b = second.get(row.getKey());
      if (b == null) {
        throw new InvalidSettingsException(
            "row '" + Messages.quoted(row.getKey()) + "' of " + FIRST + " is not in " + SECOND);
      }
      DataCell[] cells = new DataCell[measures.length];
      for (int m = 0; m < measures.length; m++) {
        double value = measures[m].compute(a, b, k);
        sums[m] += value;
        cells[m] = new DoubleCell(value);
      }
      perRow.addRowToTable(new DefaultRow(row.getKey(), cells));
      done++;
      exec.setProgress((double) done / inData[0].size(), "row " + done + " compared");
    }
    perRow.close();
    BufferedDataContainer summary = exec.createDataContainer(summarySpec());
    for (int m = 0; m < measures.length; m++) {
      double mean = sums[m] / done;
      Verdict verdict = measures[m].verdict(mean, names.size(), k);
      summary.addRowToTable(
          new DefaultRow(
              new RowKey(measures[m].label()),
              new StringCell(measures[m].label()),
              new DoubleCell(mean),
              new DoubleCell(measures[m].aboveChance(mean, names.size(), k)),
              new StringCell(verdict.name())));
    }
    summary.close();
    return new BufferedDataTable[] {perRow.getTable(), summary.getTable()};
  }

  private static double[] vector(DataRow row, DataTableSpec spec, List<String> names, String what)
      throws InvalidSettingsException {
    double[] values = new double[names.size()];
    for (int i = 0; i < values.length; i++) {
      DataCell cell = row.getCell(spec.findColumnIndex(names.get(i)));
      if (cell.isMissing()) {
        throw new InvalidSettingsException(
            "the attribution column '"
                + Messages.quoted(names.get(i))
                + "' of "
                + what
                + " is missing in row '"
                + Messages.quoted(row.getKey())
                + "'");
      }
      values[i] = ((DoubleValue) cell).getDoubleValue();
      if (!Double.isFinite(values[i])) {
        throw new InvalidSettingsException(
            "the attribution column '"
                + Messages.quoted(names.get(i))
                + "' of "
                + what
                + " holds "
                + values[i]
                + " in row '"
                + Messages.quoted(row.getKey())
                + "'; attributions must be finite numbers");
      }
    }
    return values;
  }

  @Override
  protected void reset() {}

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    columns.saveSettingsTo(settings);
    agreement.save(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    SettingsCheck.validate(settings, "attributionColumns", columns);
    agreement.validate(settings);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    columns.loadSettingsFrom(settings);
    agreement.load(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
