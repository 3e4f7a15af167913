package org.glasswing.knime.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glasswing.knime.hardening.HardeningTables.FEATURES;
import static org.glasswing.knime.hardening.HardeningTables.PREDICTIONS;
import static org.glasswing.knime.hardening.HardeningTables.changed;
import static org.glasswing.knime.hardening.HardeningTables.predictions;
import static org.glasswing.knime.hardening.Refusals.apply;
import static org.glasswing.knime.hardening.Refusals.fails;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.knime.faithfulness.DeletionLoopStartNodeModel;
import org.glasswing.knime.importance.PermutationLoopStartNodeModel;
import org.glasswing.knime.lime.LimeLoopStartNodeModel;
import org.glasswing.knime.sanity.ExplanationComparerNodeModel;
import org.glasswing.knime.sanity.LabelRandomizerNodeModel;
import org.glasswing.knime.shapley.ShapleyLoopStartNodeModel;
import org.glasswing.knime.uncertainty.CalibrationScorerNodeModel;
import org.glasswing.knime.uncertainty.CalibratorLearnerNodeModel;
import org.glasswing.knime.uncertainty.ConformalCalibratorNodeModel;
import org.glasswing.knime.uncertainty.ConformalPredictorNodeModel;
import org.glasswing.knime.uncertainty.UncertaintyScorerNodeModel;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.port.PortObject;

/**
 * Bad and hostile input is refused with one line naming the setting or column at fault: settings
 * when they are applied or at configure time, data at execute time, with no output produced.
 */
class NodeErrorsTest {

  private final NodeHarness harness = new NodeHarness();

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
        () -> apply(new LimeLoopStartNodeModel(), "kernel-width", "double:-1"),
        InvalidSettingsException.class,
        "'kernel-width'",
        "must be more than 0");
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
        "'alpha'",
        "more than 0 and less than 1");
  }

  @Test
  void aMissingSettingIsNamedWithTheFix() {
    fails(
        () -> apply(new CalibrationScorerNodeModel(), "probabilityColumns", null),
        InvalidSettingsException.class,
        "'probabilityColumns'",
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
        () -> apply(new DeletionLoopStartNodeModel(), "random-orders", "int:1"),
        InvalidSettingsException.class,
        "'random-orders'");
  }

  @Test
  void aTopKOfZeroIsNamed() {
    fails(
        () -> apply(new ExplanationComparerNodeModel(), "top-k", "int:0"),
        InvalidSettingsException.class,
        "'top-k'");
  }

  @Test
  void anUnknownCalibrationMethodIsNamed() {
    fails(
        () -> apply(new CalibratorLearnerNodeModel(), "calibrator", "magic"),
        InvalidSettingsException.class,
        "the setting 'calibrator' magic: unknown value; use one of platt, isotonic, temperature");
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
                apply(new ExplanationComparerNodeModel(), "top-k", "int:5"), spec, spec),
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
        apply(new CalibratorLearnerNodeModel(), "classColumn", "class", "calibrator", "isotonic");
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
        apply(new ExplanationComparerNodeModel(), "top-k", "int:1");
    fails(
        () -> harness.execute(comparer, first, second),
        InvalidSettingsException.class,
        "attribution column 'a'",
        "'r1'");
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
}
