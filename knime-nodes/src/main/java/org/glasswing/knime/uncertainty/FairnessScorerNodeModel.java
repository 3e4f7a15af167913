package org.glasswing.knime.uncertainty;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.fairness.FairnessAudit;
import org.glasswing.core.fairness.FairnessResult;
import org.glasswing.core.fairness.ProtectedAttribute;
import org.glasswing.core.fairness.ProtectedGroups;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.CrossFitting;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.table.Execution;
import org.glasswing.knime.table.FeatureColumns;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.glasswing.knime.table.TableCodec;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Fairness Scorer: from a prediction table (the actual class, the predictor's probability columns)
 * and protected columns, whether the model treats the groups of each protected column differently
 * ({@link FairnessAudit}, as {@code glasswing fairness} measures it): per group the accuracy,
 * selection rate, true and false positive rates, calibration error and conformal coverage, and the
 * gaps between groups, each with a bootstrap interval; one row per metric and group ({@link
 * FairnessRows}). The settings are the catalogue's {@code fairness} parameters and the seed.
 */
public final class FairnessScorerNodeModel extends NodeModel {

  /** The catalogue's fairness method. */
  static final MethodSpec FAIRNESS = MethodCatalogue.standard().find(Family.FAIRNESS, "fairness");

  private final PredictionTableSettings columns = new PredictionTableSettings();
  private final CatalogueSettings catalogue = catalogueSettings();

  /** Creates the model: one input table, one output table. */
  public FairnessScorerNodeModel() {
    super(1, 1);
  }

  /**
   * The catalogue's fairness settings and the seed.
   *
   * @return the settings at the catalogue's defaults
   */
  static CatalogueSettings catalogueSettings() {
    return CatalogueSettings.of(
        Family.FAIRNESS,
        "fairness",
        FAIRNESS.parameters().stream().map(Parameter::name).toList(),
        Map.of(),
        List.of(Parameters.SEED));
  }

  PredictionTableSettings columnSettings() {
    return columns;
  }

  CatalogueSettings catalogue() {
    return catalogue;
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    columns.columns(inSpecs[0], true);
    protectedColumns(inSpecs[0], attributes());
    return new DataTableSpec[] {FairnessRows.SPEC};
  }

  private List<ProtectedAttribute> attributes() throws InvalidSettingsException {
    ParameterValues values = catalogue.values();
    String list = values.text(param("protected"));
    if (list.isBlank()) {
      throw new InvalidSettingsException(
          "the setting 'protected' is empty; name the protected columns, such as sex or age:25,60"
              + " (a numeric one with cut points), in the node's dialog");
    }
    try {
      return ProtectedAttribute.parseList(list);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(
          "the setting 'protected': " + SettingsCheck.oneLine(e.getMessage()), e);
    }
  }

  private static FeatureColumns protectedColumns(DataTableSpec spec, List<ProtectedAttribute> list)
      throws InvalidSettingsException {
    List<DataColumnSpec> found = new ArrayList<>();
    for (ProtectedAttribute a : list) {
      DataColumnSpec column = spec.getColumnSpec(a.name());
      if (column == null) {
        throw new InvalidSettingsException(
            "the protected column '"
                + Messages.quoted(a.name())
                + "' (the setting 'protected') is not in the input table");
      }
      found.add(column);
    }
    return FeatureColumns.of(
        new DataTableSpec(found.toArray(new DataColumnSpec[0])), "the protected columns");
  }

  private static Parameter param(String name) {
    return FAIRNESS.parameter(name).orElseThrow();
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    BufferedDataTable table = inData[0];
    PredictionColumns found = columns.columns(table.getDataTableSpec(), true);
    List<ProtectedAttribute> attributes = attributes();
    FeatureColumns protectedColumns = protectedColumns(table.getDataTableSpec(), attributes);
    ClassPredictions predictions = PredictionReader.read(table, found, exec).predictions(found);
    Dataset rows = TableCodec.of(protectedColumns, List.of(table)).encode(table);
    ParameterValues values = catalogue.values();
    long seed = values.longValue(Parameters.SEED);
    int positive = positive(values.text(param("positive")), predictions.labels());
    double alpha = values.real(param("alpha"));
    int folds = values.integer(param("folds"));
    List<FairnessResult> results = new ArrayList<>();
    exec.setProgress(0.5, "conformal prediction sets");
    List<PredictionSet> sets;
    FairnessAudit audit;
    try {
      sets =
          CrossFitting.predictionSets(
              predictions,
              SplitConformalClassifier.Settings.of(alpha, ConformalScore.LAC, false),
              Math.min(folds, predictions.size()),
              seed);
      audit =
          new FairnessAudit(
              predictions,
              sets,
              alpha,
              new FairnessAudit.Settings(
                  positive,
                  values.integer(param("bins")),
                  values.integer(param("replicates")),
                  values.real(param("level")),
                  seed));
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
    for (int i = 0; i < attributes.size(); i++) {
      exec.checkCanceled();
      exec.setProgress(0.5 + 0.5 * i / attributes.size(), "groups of " + attributes.get(i));
      ProtectedGroups groups;
      try {
        groups = attributes.get(i).groups(rows);
      } catch (IllegalArgumentException e) {
        throw new InvalidSettingsException(
            "the setting 'protected': " + SettingsCheck.oneLine(e.getMessage()), e);
      }
      ProtectedGroups of = groups;
      results.add(Execution.run(exec, (progress, token) -> audit.audit(of, token)));
    }
    BufferedDataContainer out = exec.createDataContainer(FairnessRows.SPEC);
    FairnessRows.add(out, results);
    out.close();
    exec.setProgress(1, "measured " + predictions.size() + " rows");
    return new BufferedDataTable[] {out.getTable()};
  }

  private static int positive(String given, List<String> labels) throws InvalidSettingsException {
    if (given.isEmpty()) {
      return 0;
    }
    int index = labels.indexOf(given);
    if (index < 0) {
      throw new InvalidSettingsException(
          "the setting 'positive' '"
              + Messages.quoted(given)
              + "' is not a class of the probability columns; give one of: "
              + String.join(", ", labels));
    }
    return index;
  }

  @Override
  protected void reset() {}

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    columns.save(settings);
    catalogue.save(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    columns.validate(settings);
    catalogue.validate(settings);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    columns.load(settings);
    catalogue.load(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
