package org.glasswing.knime.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glasswing.knime.hardening.HardeningTables.FEATURES;
import static org.glasswing.knime.hardening.HardeningTables.features;
import static org.glasswing.knime.hardening.HardeningTables.heldOut;
import static org.glasswing.knime.hardening.HardeningTables.predictions;
import static org.glasswing.knime.hardening.HardeningTables.shapleyInputs;
import static org.glasswing.knime.hardening.Refusals.apply;
import static org.glasswing.knime.hardening.Refusals.fails;

import java.util.List;
import org.glasswing.knime.faithfulness.DeletionLoopEndNodeModel;
import org.glasswing.knime.hardening.FakePredictorNodeModel.Fault;
import org.glasswing.knime.importance.PermutationLoopEndNodeModel;
import org.glasswing.knime.importance.PermutationLoopStartNodeModel;
import org.glasswing.knime.lime.LimeLoopEndNodeModel;
import org.glasswing.knime.lime.LimeLoopStartNodeModel;
import org.glasswing.knime.shapley.ShapleyLoopEndNodeModel;
import org.glasswing.knime.shapley.ShapleyLoopStartNodeModel;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;

/**
 * The explainer loops refuse wrong wiring and misbehaving loop bodies with one line and no output,
 * and a failed loop leaves nothing half-collected behind.
 */
class LoopErrorsTest {

  private final NodeHarness harness = new NodeHarness();

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
