package org.glasswing.knime.loop;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.engine.HostDrivenRun;
import org.glasswing.knime.table.LoopAnswers;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.workflow.LoopEndNode;
import org.knime.core.node.workflow.LoopStartNode;

/**
 * The loop end of every explainer loop: reads the predictor's columns for the rows its loop start
 * emitted (with the one reader, {@link LoopAnswers}), hands them back to the run, and once every
 * task has finished returns the tables its loop start's {@link LoopMethod} makes of the results.
 *
 * @param <R> the row jobs' result type
 */
public abstract class LoopEndModel<R> extends NodeModel implements LoopEndNode {

  /** The key of the loop end's column setting. */
  public static final String PROBABILITY_COLUMNS = "probabilityColumns";

  private final Class<? extends LoopStartModel<R>> startType;
  private final String title;
  private final int outPorts;
  private final SettingsModelString probabilityColumns;
  private LoopResults<R> results;

  /**
   * Creates the model: one input table (the predictions).
   *
   * @param startType the loop start it must close
   * @param title the loop's name, such as "Shapley Explainer"
   * @param outPorts the number of output tables
   * @param choosesColumns whether the user names the probability columns here ({@link
   *     #PROBABILITY_COLUMNS}); otherwise the loop start knows them
   */
  protected LoopEndModel(
      Class<? extends LoopStartModel<R>> startType,
      String title,
      int outPorts,
      boolean choosesColumns) {
    super(1, outPorts);
    this.startType = Objects.requireNonNull(startType, "startType");
    this.title = Objects.requireNonNull(title, "title");
    this.outPorts = outPorts;
    this.probabilityColumns = choosesColumns ? probabilityColumnsModel() : null;
  }

  private AttributionSummary summary;

  /**
   * The model of the column setting, for the dialog.
   *
   * @return a new model holding the default (empty: every "P (...)" column)
   */
  public static SettingsModelString probabilityColumnsModel() {
    return new SettingsModelString(PROBABILITY_COLUMNS, "");
  }

  @Override
  protected final DataTableSpec[] configure(DataTableSpec[] inSpecs)
      throws InvalidSettingsException {
    return start().method().resultSpecs(inSpecs[0], chosen());
  }

  /**
   * Runs one iteration; if it fails, forgets what the earlier iterations collected, so that no
   * half-filled result outlives the failed loop.
   */
  @Override
  protected final BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    try {
      return iterate(inData[0], exec);
    } catch (Exception e) {
      reset();
      throw e;
    }
  }

  private BufferedDataTable[] iterate(BufferedDataTable predictions, ExecutionContext exec)
      throws Exception {
    LoopStartModel<R> start = start();
    HostDrivenRun<R> run = start.run();
    if (run == null || !run.isAwaitingAnswers()) {
      throw new IllegalStateException(
          "the " + title + " Loop Start has not sent out rows for this iteration");
    }
    LoopMethod<R> method = start.method();
    List<String> outputs = method.outputs(predictions.getDataTableSpec(), chosen());
    if (results == null) {
      results = method.results(outputs, exec);
    }
    run.answer(LoopAnswers.read(predictions, outputs, start.roundKeys(), exec));
    for (HostDrivenRun.Finished<R> done : run.takeFinished()) {
      results.add(done.task(), done.result());
    }
    exec.setProgress(run.progress(), run.finishedTasks() + " " + method.doneUnit());
    if (!start.terminateLoop()) {
      continueLoop();
      return new BufferedDataTable[outPorts];
    }
    BufferedDataTable[] tables = results.tables(exec);
    results = null;
    summary = showsAttributions() ? AttributionSummary.of(tables[0]) : null;
    return tables;
  }

  private String chosen() {
    return probabilityColumns == null ? null : probabilityColumns.getStringValue();
  }

  private LoopStartModel<R> start() throws InvalidSettingsException {
    LoopStartNode head = getLoopStartNode();
    if (head == null) {
      throw new InvalidSettingsException(
          title + " Loop End needs a " + title + " Loop Start at the head of its loop");
    }
    if (!startType.isInstance(head)) {
      throw new InvalidSettingsException(
          "the loop starts with "
              + head.getClass().getSimpleName()
              + "; "
              + title
              + " Loop End needs a "
              + title
              + " Loop Start");
    }
    return startType.cast(head);
  }

  @Override
  protected final void reset() {
    results = null;
    summary = null;
  }

  @Override
  protected final void saveSettingsTo(NodeSettingsWO settings) {
    if (probabilityColumns != null) {
      probabilityColumns.saveSettingsTo(settings);
    }
  }

  @Override
  protected final void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    if (probabilityColumns != null) {
      SettingsCheck.validate(settings, PROBABILITY_COLUMNS, probabilityColumns);
    }
  }

  @Override
  protected final void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    if (probabilityColumns != null) {
      probabilityColumns.loadSettingsFrom(settings);
    }
  }

  @Override
  protected final void loadInternals(File nodeInternDir, ExecutionMonitor exec) throws IOException {
    summary = showsAttributions() ? AttributionSummary.load(nodeInternDir.toPath()) : null;
  }

  @Override
  protected final void saveInternals(File nodeInternDir, ExecutionMonitor exec) throws IOException {
    if (summary != null) {
      summary.save(nodeInternDir.toPath());
    }
  }

  /**
   * Whether the result table holds attributions ({@link AttributionRows}) that the node's view
   * shows; the view's data is then kept with the node.
   *
   * @return false unless a subclass says so
   */
  protected boolean showsAttributions() {
    return false;
  }

  /**
   * What the view shows: the last finished loop's attribution summary.
   *
   * @return the summary, or {@code null} before a loop finished (or after a reset)
   */
  public AttributionSummary attributionSummary() {
    return summary;
  }
}
