package org.glasswing.knime.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glasswing.knime.faithfulness.DeletionLoopEndNodeModel;
import org.glasswing.knime.faithfulness.DeletionLoopStartNodeModel;
import org.glasswing.knime.hardening.FakePredictorNodeModel.Fault;
import org.glasswing.knime.importance.PermutationLoopEndNodeModel;
import org.glasswing.knime.importance.PermutationLoopStartNodeModel;
import org.glasswing.knime.lime.LimeLoopEndNodeModel;
import org.glasswing.knime.lime.LimeLoopStartNodeModel;
import org.glasswing.knime.sanity.ExplanationComparerNodeModel;
import org.glasswing.knime.sanity.LabelRandomizerNodeModel;
import org.glasswing.knime.shapley.ShapleyLoopEndNodeModel;
import org.glasswing.knime.shapley.ShapleyLoopStartNodeModel;
import org.glasswing.knime.uncertainty.CalibrationScorerNodeModel;
import org.glasswing.knime.uncertainty.CalibratorLearnerNodeModel;
import org.glasswing.knime.uncertainty.ConformalCalibratorNodeModel;
import org.glasswing.knime.uncertainty.ConformalPredictorNodeModel;
import org.glasswing.knime.uncertainty.UncertaintyScorerNodeModel;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;

/**
 * Bad and hostile input is refused with one line naming the setting or column at fault: settings
 * when they are applied or at configure time, data at execute time, with no output produced.
 */
class NodeErrorsTest {

  private final NodeHarness harness = new NodeHarness();

  // ---- assertions ----

  /** The call fails with the type and a one-line message containing every fragment. */
  private static Throwable fails(
      Callable<?> call, Class<? extends Throwable> type, String... fragments) {
    List<Object> produced = new ArrayList<>();
    Throwable thrown = catchThrowable(() -> produced.add(call.call()));
    assertThat(produced).as("no output is produced").isEmpty();
    assertThat(thrown).isInstanceOf(type);
    String message = thrown.getMessage();
    assertThat(message).as("one line").isNotBlank().doesNotContain("\n").doesNotContain("\r");
    for (String fragment : fragments) {
      assertThat(message).contains(fragment);
    }
    return thrown;
  }

  // ---- settings ----

  /** The model's own settings with some keys replaced ("int:", "double:" prefixes) or removed. */
  private static <T extends NodeModel> T apply(T model, String... keyValues)
      throws InvalidSettingsException {
    NodeSettings saved = NodeHarness.settingsOf(model);
    NodeSettings settings = new NodeSettings("model");
    List<String> removed = new ArrayList<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] == null) {
        removed.add(keyValues[i]);
      }
    }
    copy(saved, settings, removed);
    for (int i = 0; i < keyValues.length; i += 2) {
      String value = keyValues[i + 1];
      if (value == null) {
        continue;
      } else if (value.startsWith("int:")) {
        settings.addInt(keyValues[i], Integer.parseInt(value.substring(4)));
      } else if (value.startsWith("double:")) {
        settings.addDouble(keyValues[i], Double.parseDouble(value.substring(7)));
      } else {
        settings.addString(keyValues[i], value);
      }
    }
    NodeHarness.applySettings(model, settings);
    return model;
  }

  private static void copy(NodeSettings from, NodeSettings to, List<String> skip) {
    for (String key : SETTING_KEYS) {
      if (skip.contains(key) || !from.containsKey(key)) {
        continue;
      }
      try {
        to.addInt(key, from.getInt(key));
        continue;
      } catch (InvalidSettingsException notInt) {
        // try the next type
      }
      try {
        to.addDouble(key, from.getDouble(key));
        continue;
      } catch (InvalidSettingsException notDouble) {
        // try the next type
      }
      try {
        to.addBoolean(key, from.getBoolean(key));
        continue;
      } catch (InvalidSettingsException notBoolean) {
        // a string
      }
      to.addString(key, from.getString(key, null));
    }
  }

  /** Every key the nodes under test save. */
  private static final List<String> SETTING_KEYS =
      List.of(
          "method",
          "budget",
          "seed",
          "rowsPerIteration",
          "batchRows",
          "mode",
          "samples",
          "kernelWidth",
          "maxFeatures",
          "probabilityColumns",
          "probabilityColumn",
          "classColumn",
          "bins",
          "alpha",
          "score",
          "mondrian",
          "metric",
          "repeats",
          "featuresPerIteration",
          "randomOrders",
          "attributionColumns",
          "topK",
          "targetColumn");

  // ---- tables ----

  private static final DataTableSpec FEATURES =
      new DataTableSpec(
          new String[] {"x0", "x1", "color"},
          new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});

  private static BufferedDataTable features(int rows, String prefix) {
    List<DataRow> list = new ArrayList<>();
    String[] colors = {"red", "green", "blue"};
    for (int r = 0; r < rows; r++) {
      list.add(
          new DefaultRow(
              prefix + r,
              new DoubleCell(Math.sin(r)),
              new DoubleCell(Math.cos(3 * r)),
              new StringCell(colors[r % 3])));
    }
    return NodeHarness.table(FEATURES, list);
  }

  private static final DataTableSpec PREDICTIONS =
      new DataTableSpec(
          new String[] {"x", "class", "P (class=a)", "P (class=b)"},
          new DataType[] {DoubleCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});

  /** Prediction rows: each a class label (or null for a missing cell) and P(a); P(b) = 1 - P(a). */
  private static BufferedDataTable predictions(Object... classAndProbability) {
    List<DataRow> list = new ArrayList<>();
    for (int i = 0; i < classAndProbability.length; i += 2) {
      Object label = classAndProbability[i];
      double a = (Double) classAndProbability[i + 1];
      list.add(
          new DefaultRow(
              "row" + i / 2,
              new DoubleCell(i),
              label == null ? DataType.getMissingCell() : new StringCell((String) label),
              new DoubleCell(a),
              new DoubleCell(Double.isFinite(a) ? 1 - a : 0.5)));
    }
    return NodeHarness.table(PREDICTIONS, list);
  }

  private static BufferedDataTable predictions(int rows) {
    Object[] values = new Object[2 * rows];
    for (int r = 0; r < rows; r++) {
      values[2 * r] = r % 3 == 0 ? "b" : "a";
      values[2 * r + 1] = 0.2 + 0.6 * ((r * 7) % 10) / 10.0;
    }
    return predictions(values);
  }

  private static DataRow changed(DataRow row, int column, DataCell cell) {
    DataCell[] cells = new DataCell[row.getNumCells()];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = c == column ? cell : row.getCell(c);
    }
    return new DefaultRow(row.getKey(), cells);
  }

  // ---- settings out of range or missing ----

  @Test
  void aNegativeShapleyBudgetIsNamed() {
    fails(
        () -> apply(new ShapleyLoopStartNodeModel(), "budget", "int:-5"),
        InvalidSettingsException.class,
        "'budget'",
        "-5",
        "dialog");
  }

  @Test
  void anUnknownShapleyMethodIsNamed() {
    fails(
        () -> apply(new ShapleyLoopStartNodeModel(), "method", "magic"),
        InvalidSettingsException.class,
        "method 'magic'",
        "kernel");
  }

  @Test
  void aBudgetOfTheWrongTypeIsNamed() {
    fails(
        () -> apply(new ShapleyLoopStartNodeModel(), "budget", "ten"),
        InvalidSettingsException.class,
        "'budget'");
  }

  @Test
  void zeroLimeSamplesAreNamed() {
    fails(
        () -> apply(new LimeLoopStartNodeModel(), "samples", "int:0"),
        InvalidSettingsException.class,
        "'samples'");
  }

  @Test
  void aNegativeLimeKernelWidthIsNamed() {
    fails(
        () -> apply(new LimeLoopStartNodeModel(), "kernelWidth", "double:-1"),
        InvalidSettingsException.class,
        "'kernelWidth'");
  }

  @Test
  void alphaOutsideZeroOneIsNamed() {
    fails(
        () -> apply(new ConformalCalibratorNodeModel(), "alpha", "double:1.5"),
        InvalidSettingsException.class,
        "'alpha'");
    fails(
        () -> apply(new ConformalCalibratorNodeModel(), "alpha", "double:0"),
        InvalidSettingsException.class,
        "alpha",
        "between 0 and 1");
  }

  @Test
  void aMissingSettingIsNamedWithTheFix() {
    fails(
        () -> apply(new CalibrationScorerNodeModel(), "bins", null),
        InvalidSettingsException.class,
        "'bins'",
        "missing",
        "dialog");
  }

  @Test
  void zeroPermutationRepeatsAreNamed() {
    fails(
        () -> apply(new PermutationLoopStartNodeModel(), "repeats", "int:0"),
        InvalidSettingsException.class,
        "'repeats'");
  }

  @Test
  void oneRandomDeletionOrderIsNamed() {
    fails(
        () -> apply(new DeletionLoopStartNodeModel(), "randomOrders", "int:1"),
        InvalidSettingsException.class,
        "'randomOrders'");
  }

  @Test
  void aTopKOfZeroIsNamed() {
    fails(
        () -> apply(new ExplanationComparerNodeModel(), "topK", "int:0"),
        InvalidSettingsException.class,
        "'topK'");
  }

  @Test
  void anUnknownCalibrationMethodIsNamed() {
    fails(
        () -> apply(new CalibratorLearnerNodeModel(), "method", "magic"),
        InvalidSettingsException.class,
        "method 'magic'");
  }

  // ---- columns missing or of the wrong type (configure) ----

  @Test
  void aNumericClassColumnIsNamedWithTheFix() {
    fails(
        () ->
            NodeHarness.configure(
                apply(new CalibrationScorerNodeModel(), "classColumn", "x"), PREDICTIONS),
        InvalidSettingsException.class,
        "class column 'x'",
        "string column",
        "Number To String");
  }

  @Test
  void aMissingTargetColumnIsNamed() {
    fails(
        () ->
            NodeHarness.configure(
                apply(new LabelRandomizerNodeModel(), "targetColumn", "label"), PREDICTIONS),
        InvalidSettingsException.class,
        "'label'");
  }

  @Test
  void aStringProbabilityColumnIsNamed() {
    fails(
        () ->
            NodeHarness.configure(
                apply(new UncertaintyScorerNodeModel(), "probabilityColumns", "class, x"),
                PREDICTIONS),
        InvalidSettingsException.class,
        "probability column 'class'",
        "numeric");
  }

  @Test
  void aFeatureColumnMissingFromTheBackgroundIsNamed() {
    DataTableSpec background =
        new DataTableSpec(
            new String[] {"x0", "color"}, new DataType[] {DoubleCell.TYPE, StringCell.TYPE});
    fails(
        () -> NodeHarness.configure(new ShapleyLoopStartNodeModel(), FEATURES, background),
        InvalidSettingsException.class,
        "'x1'");
  }

  @Test
  void aTopKAboveTheAttributionColumnsIsNamedWithTheFix() {
    DataTableSpec spec =
        new DataTableSpec(
            new String[] {"a", "b"}, new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE});
    fails(
        () ->
            NodeHarness.configure(
                apply(new ExplanationComparerNodeModel(), "topK", "int:5"), spec, spec),
        InvalidSettingsException.class,
        "Top k",
        "lower");
  }

  // ---- bad data (execute) ----

  @Test
  void aNanProbabilityIsNamedWithItsRow() throws Exception {
    CalibrationScorerNodeModel scorer =
        apply(new CalibrationScorerNodeModel(), "classColumn", "class");
    fails(
        () -> harness.execute(scorer, predictions("a", 0.9, "b", Double.NaN)),
        InvalidSettingsException.class,
        "'P (class=a)'",
        "NaN",
        "'row1'");
  }

  @Test
  void anInfiniteProbabilityIsNamed() throws Exception {
    UncertaintyScorerNodeModel scorer = new UncertaintyScorerNodeModel();
    fails(
        () -> harness.execute(scorer, predictions("a", Double.POSITIVE_INFINITY, "b", 0.5)),
        InvalidSettingsException.class,
        "'P (class=a)'",
        "Infinity");
  }

  @Test
  void probabilitiesThatDoNotSumToOneAreNamed() throws Exception {
    BufferedDataTable table = predictions(4);
    List<DataRow> rows = new ArrayList<>();
    table.forEach(rows::add);
    rows.set(2, changed(rows.get(2), 3, new DoubleCell(0.9)));
    CalibrationScorerNodeModel scorer =
        apply(new CalibrationScorerNodeModel(), "classColumn", "class");
    fails(
        () -> harness.execute(scorer, NodeHarness.table(PREDICTIONS, rows)),
        InvalidSettingsException.class,
        "'row2'",
        "sum to");
  }

  @Test
  void aMissingClassIsNamedWithItsRow() throws Exception {
    CalibratorLearnerNodeModel learner =
        apply(new CalibratorLearnerNodeModel(), "classColumn", "class");
    fails(
        () -> harness.executePorts(learner, predictions("a", 0.9, null, 0.3, "b", 0.2)),
        InvalidSettingsException.class,
        "class column 'class'",
        "'row1'");
  }

  @Test
  void anEmptyTableIsRefused() throws Exception {
    UncertaintyScorerNodeModel scorer = new UncertaintyScorerNodeModel();
    fails(
        () -> harness.execute(scorer, NodeHarness.table(PREDICTIONS, List.of())),
        InvalidSettingsException.class,
        "no rows");
  }

  @Test
  void aConformalClassColumnWithOneValueIsRefused() throws Exception {
    ConformalCalibratorNodeModel calibrator =
        apply(new ConformalCalibratorNodeModel(), "classColumn", "class");
    Object[] rows = new Object[60];
    for (int r = 0; r < 30; r++) {
      rows[2 * r] = "a";
      rows[2 * r + 1] = 0.5 + r / 100.0;
    }
    fails(
        () -> harness.executePorts(calibrator, predictions(rows)),
        InvalidSettingsException.class,
        "class column 'class'",
        "'a'");
  }

  @Test
  void tooFewRowsForCalibrationAreRefused() throws Exception {
    CalibratorLearnerNodeModel learner =
        apply(new CalibratorLearnerNodeModel(), "classColumn", "class", "method", "isotonic");
    fails(
        () -> harness.executePorts(learner, predictions("a", 0.9)),
        InvalidSettingsException.class,
        "rows");
    ConformalCalibratorNodeModel conformal =
        apply(new ConformalCalibratorNodeModel(), "classColumn", "class");
    fails(
        () -> harness.executePorts(conformal, predictions("a", 0.9, "b", 0.1)),
        InvalidSettingsException.class,
        "rows");
  }

  @Test
  void aConformalPredictorRefusesATableWithoutTheModelsColumns() throws Exception {
    ConformalCalibratorNodeModel calibrator =
        apply(new ConformalCalibratorNodeModel(), "classColumn", "class");
    PortObject model = harness.executePorts(calibrator, predictions(200))[0];
    DataTableSpec other =
        new DataTableSpec(
            new String[] {"P (class=a)", "P (class=c)"},
            new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE});
    fails(
        () ->
            harness.executePorts(
                new ConformalPredictorNodeModel(), model, NodeHarness.table(other, List.of())),
        InvalidSettingsException.class,
        "'P (class=b)'");
  }

  @Test
  void aNanAttributionIsNamedWithItsRow() throws Exception {
    DataTableSpec spec =
        new DataTableSpec(
            new String[] {"a", "b"}, new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE});
    BufferedDataTable first =
        NodeHarness.table(
            spec,
            List.of(
                new DefaultRow("r0", new DoubleCell(1), new DoubleCell(2)),
                new DefaultRow("r1", new DoubleCell(Double.NaN), new DoubleCell(2))));
    BufferedDataTable second =
        NodeHarness.table(
            spec,
            List.of(
                new DefaultRow("r0", new DoubleCell(1), new DoubleCell(2)),
                new DefaultRow("r1", new DoubleCell(3), new DoubleCell(2))));
    ExplanationComparerNodeModel comparer =
        apply(new ExplanationComparerNodeModel(), "topK", "int:1");
    fails(
        () -> harness.execute(comparer, first, second),
        InvalidSettingsException.class,
        "attribution column 'a'",
        "'r1'");
  }

  @Test
  void anEmptyExplainedTableIsRefused() throws Exception {
    ShapleyLoopStartNodeModel start = new ShapleyLoopStartNodeModel();
    fails(
        () ->
            harness.runLoop(
                start,
                new BufferedDataTable[] {NodeHarness.table(FEATURES, List.of()), features(4, "b")},
                new FakePredictorNodeModel(Fault.NONE),
                new ShapleyLoopEndNodeModel()),
        InvalidSettingsException.class,
        "explained table",
        "no rows");
  }

  // ---- hostile names ----

  @Test
  void aColumnNameWithALineBreakStaysOnOneLine() {
    fails(
        () ->
            NodeHarness.configure(
                apply(new CalibrationScorerNodeModel(), "classColumn", "evil\nname"), PREDICTIONS),
        InvalidSettingsException.class,
        "class column 'evil\\nname'");
  }

  @Test
  void aRowKeyWithLineBreaksStaysOnOneLineAndIsCut() throws Exception {
    String key = "row\r\n" + "x".repeat(500);
    DataRow row =
        new DefaultRow(
            key,
            new DoubleCell(0),
            new StringCell("a"),
            new DoubleCell(Double.NaN),
            new DoubleCell(0.5));
    CalibrationScorerNodeModel scorer =
        apply(new CalibrationScorerNodeModel(), "classColumn", "class");
    Throwable thrown =
        fails(
            () -> harness.execute(scorer, NodeHarness.table(PREDICTIONS, List.of(row))),
            InvalidSettingsException.class,
            "'row\\r\\nxxx",
            "...'");
    assertThat(thrown.getMessage()).hasSizeLessThan(400);
  }

  // ---- loops ----

  private static BufferedDataTable[] shapleyInputs() {
    return new BufferedDataTable[] {features(3, "e"), features(5, "b")};
  }

  @Test
  void aLoopEndBehindAnotherLoopsStartIsRefused() throws Exception {
    LimeLoopStartNodeModel start = new LimeLoopStartNodeModel();
    fails(
        () ->
            harness.runLoop(
                start,
                shapleyInputs(),
                new FakePredictorNodeModel(Fault.NONE),
                new ShapleyLoopEndNodeModel()),
        InvalidSettingsException.class,
        "Shapley Explainer Loop Start");
  }

  @Test
  void aLoopEndFedByAnotherStartOfTheSameKindIsRefused() throws Exception {
    ShapleyLoopStartNodeModel own = new ShapleyLoopStartNodeModel();
    ShapleyLoopStartNodeModel other = new ShapleyLoopStartNodeModel();
    ShapleyLoopEndNodeModel end = new ShapleyLoopEndNodeModel();
    NodeHarness.link(own, end);
    FakePredictorNodeModel body = new FakePredictorNodeModel(Fault.NONE);
    harness.execute(own, shapleyInputs());
    BufferedDataTable[] foreign =
        harness.execute(other, features(3, "elsewhere"), features(5, "b"));
    BufferedDataTable[] answered = harness.execute(body, foreign);
    fails(
        () -> harness.execute(end, answered),
        IllegalArgumentException.class,
        "'elsewhere0#0.0'",
        "the loop start sent 'e0#0.0'");
  }

  @Test
  void aLoopEndWithoutAStartIsRefused() {
    fails(
        () -> harness.executeAlone(new DeletionLoopEndNodeModel(), predictions(3)),
        InvalidSettingsException.class,
        "Loop Start");
  }

  @Test
  void aBodyThatDropsARowIsRefused() {
    fails(
        () ->
            harness.runLoop(
                new ShapleyLoopStartNodeModel(),
                shapleyInputs(),
                new FakePredictorNodeModel(Fault.DROP_LAST_ROW),
                new ShapleyLoopEndNodeModel()),
        IllegalArgumentException.class,
        "rows",
        "keep every row, in order");
  }

  @Test
  void aBodyThatReordersRowsIsRefused() {
    fails(
        () ->
            harness.runLoop(
                new LimeLoopStartNodeModel(),
                shapleyInputs(),
                new FakePredictorNodeModel(Fault.REVERSE_ROWS),
                new LimeLoopEndNodeModel()),
        IllegalArgumentException.class,
        "keep every row, in order");
  }

  @Test
  void aBodyWithNanProbabilitiesIsRefusedNamingTheColumn() {
    fails(
        () ->
            harness.runLoop(
                new ShapleyLoopStartNodeModel(),
                shapleyInputs(),
                new FakePredictorNodeModel(Fault.NAN_PROBABILITY),
                new ShapleyLoopEndNodeModel()),
        IllegalArgumentException.class,
        "'P (class=yes)'",
        "NaN");
  }

  @Test
  void aPermutationLoopWithAnEmptyHeldOutTableIsRefused() throws Exception {
    DataTableSpec spec =
        new DataTableSpec(
            FEATURES, new DataTableSpec(new String[] {"class"}, new DataType[] {StringCell.TYPE}));
    PermutationLoopStartNodeModel start =
        apply(new PermutationLoopStartNodeModel(), "classColumn", "class");
    fails(
        () ->
            harness.runLoop(
                start,
                new BufferedDataTable[] {NodeHarness.table(spec, List.of())},
                new FakePredictorNodeModel(Fault.NONE),
                new PermutationLoopEndNodeModel()),
        InvalidSettingsException.class,
        "held-out table",
        "no rows");
  }

  private static BufferedDataTable heldOut(String... classes) {
    DataTableSpec spec =
        new DataTableSpec(
            FEATURES, new DataTableSpec(new String[] {"class"}, new DataType[] {StringCell.TYPE}));
    List<DataRow> rows = new ArrayList<>();
    BufferedDataTable features = features(classes.length, "h");
    int r = 0;
    for (DataRow row : features) {
      DataCell label = classes[r] == null ? DataType.getMissingCell() : new StringCell(classes[r]);
      rows.add(new DefaultRow(row.getKey(), row.getCell(0), row.getCell(1), row.getCell(2), label));
      r++;
    }
    return NodeHarness.table(spec, rows);
  }

  @Test
  void aHeldOutClassColumnWithAMissingValueIsNamedWithItsRow() throws Exception {
    PermutationLoopStartNodeModel start =
        apply(new PermutationLoopStartNodeModel(), "classColumn", "class");
    fails(
        () ->
            harness.runLoop(
                start,
                new BufferedDataTable[] {heldOut("yes", null, "no")},
                new FakePredictorNodeModel(Fault.NONE),
                new PermutationLoopEndNodeModel()),
        InvalidSettingsException.class,
        "class column 'class'",
        "'h1'");
  }

  @Test
  void aFailedLoopLeavesNoHalfFilledResultsForTheNextRun() throws Exception {
    ShapleyLoopStartNodeModel start =
        apply(new ShapleyLoopStartNodeModel(), "rowsPerIteration", "int:1");
    ShapleyLoopEndNodeModel end = new ShapleyLoopEndNodeModel();
    FakePredictorNodeModel good = new FakePredictorNodeModel(Fault.NONE);
    NodeHarness.LoopResult clean = harness.runLoop(start, shapleyInputs(), good, end);
    assertThat(clean.outputs()[0].size()).isEqualTo(3);
    // a second run whose body fails after the first explained row is done
    ShapleyLoopStartNodeModel again =
        apply(new ShapleyLoopStartNodeModel(), "rowsPerIteration", "int:1");
    fails(
        () -> harness.runLoop(again, shapleyInputs(), new FlakyBody(), end),
        IllegalArgumentException.class,
        "keep every row");
    NodeHarness.LoopResult rerun =
        harness.runLoop(
            apply(new ShapleyLoopStartNodeModel(), "rowsPerIteration", "int:1"),
            shapleyInputs(),
            good,
            end);
    assertThat(rerun.outputs()[0].size()).as("no rows left over from the failed run").isEqualTo(3);
  }

  /** A body that answers well for a while, then drops a row. */
  private static final class FlakyBody extends NodeModel {
    private final FakePredictorNodeModel good = new FakePredictorNodeModel(Fault.NONE);
    private final FakePredictorNodeModel bad = new FakePredictorNodeModel(Fault.DROP_LAST_ROW);
    private int calls;

    FlakyBody() {
      super(1, 1);
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) {
      return good.configure(inSpecs);
    }

    @Override
    protected BufferedDataTable[] execute(
        BufferedDataTable[] inData, org.knime.core.node.ExecutionContext exec) throws Exception {
      return (calls++ < 1 ? good : bad).execute(inData, exec);
    }

    @Override
    protected void reset() {}

    @Override
    protected void saveSettingsTo(org.knime.core.node.NodeSettingsWO settings) {}

    @Override
    protected void validateSettings(org.knime.core.node.NodeSettingsRO settings) {}

    @Override
    protected void loadValidatedSettingsFrom(org.knime.core.node.NodeSettingsRO settings) {}

    @Override
    protected void loadInternals(java.io.File dir, org.knime.core.node.ExecutionMonitor exec) {}

    @Override
    protected void saveInternals(java.io.File dir, org.knime.core.node.ExecutionMonitor exec) {}
  }
}
