package org.glasswing.knime.bridge;

import java.util.List;
import java.util.Objects;
import org.glasswing.knime.loop.LoopEndModel;
import org.glasswing.knime.table.LoopAnswers;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.workflow.LoopEndNode;
import org.knime.core.node.workflow.LoopStartNode;

/**
 * The loop end of every bridged loop: reads the predictor's columns for the rows its loop start
 * sent (with the one reader, {@link LoopAnswers}; setting {@value
 * LoopEndModel#PROBABILITY_COLUMNS}), hands them to the computation and waits for its next request;
 * once the computation has ended a subclass turns its result into the output tables. A refused
 * iteration stops the computation.
 *
 * @param <T> the computation's result
 * @param <S> the loop start it closes
 */
public abstract class BridgeLoopEndModel<T, S extends BridgeLoopStartModel<T>> extends NodeModel
    implements LoopEndNode {

  private final Class<S> startType;
  private final String title;
  private final int outPorts;
  private final SettingsModelString probabilityColumns = LoopEndModel.probabilityColumnsModel();
  private long requests;
  private long predictedRows;

  /**
   * Creates the model: one input table (the predictions).
   *
   * @param startType the loop start it must close
   * @param title the loop's name, such as "Audit Report"
   * @param outPorts the number of output tables
   */
  protected BridgeLoopEndModel(Class<S> startType, String title, int outPorts) {
    super(1, outPorts);
    this.startType = Objects.requireNonNull(startType, "startType");
    this.title = Objects.requireNonNull(title, "title");
    this.outPorts = outPorts;
  }

  /**
   * The prediction columns the computation reads, in the order of its model's outputs.
   *
   * @param found the chosen columns ({@link LoopAnswers#probabilityColumns})
   * @param start the loop start, whose inputs tell what the model's outputs are
   * @return the columns
   * @throws InvalidSettingsException naming a missing column
   */
  protected abstract List<String> outputs(List<String> found, S start)
      throws InvalidSettingsException;

  /**
   * The output specs, as far as they are known before the loop runs.
   *
   * @param predictions the loop body's spec
   * @param found the chosen prediction columns
   * @return the specs
   * @throws InvalidSettingsException naming the setting or column at fault
   */
  protected abstract DataTableSpec[] resultSpecs(DataTableSpec predictions, List<String> found)
      throws InvalidSettingsException;

  /**
   * Turns the ended computation's result into the output tables.
   *
   * @param result the result
   * @param outputs the prediction columns read
   * @param start the loop start
   * @param exec creates the tables
   * @return the tables
   * @throws Exception if they cannot be made or written
   */
  protected abstract BufferedDataTable[] finish(
      T result, List<String> outputs, S start, ExecutionContext exec) throws Exception;

  /** Forgets what a subclass keeps of the last result (the view's data). */
  protected abstract void forget();

  @Override
  protected final DataTableSpec[] configure(DataTableSpec[] inSpecs)
      throws InvalidSettingsException {
    start();
    return resultSpecs(inSpecs[0], found(inSpecs[0]));
  }

  private List<String> found(DataTableSpec spec) throws InvalidSettingsException {
    return LoopAnswers.probabilityColumns(spec, probabilityColumns.getStringValue());
  }

  @Override
  protected final BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    S start = start();
    BridgedRun<T> run = start.run();
    if (run == null || !run.bridge().awaitingAnswer()) {
      throw new IllegalStateException(
          "the " + title + " Loop Start has not sent out rows for this iteration");
    }
    List<String> outputs;
    double[][] answers;
    try {
      outputs = outputs(found(inData[0].getDataTableSpec()), start);
      answers = LoopAnswers.read(inData[0], outputs, start.sentKeys(), exec);
    } catch (InvalidSettingsException | IllegalArgumentException e) {
      run.cancel();
      start.ended();
      throw e;
    }
    run.bridge().answer(answers);
    if (run.bridge().awaitRequestOrEnd(exec)) {
      exec.setProgress(run.bridge().progress());
      continueLoop();
      return new BufferedDataTable[outPorts];
    }
    start.ended();
    requests = run.bridge().requests();
    predictedRows = run.bridge().sentRows();
    BufferedDataTable[] tables = finish(run.result(), outputs, start, exec);
    exec.setMessage(
        "the predictor scored " + predictedRows + " rows in " + requests + " iterations");
    return tables;
  }

  private S start() throws InvalidSettingsException {
    LoopStartNode head = getLoopStartNode();
    if (!startType.isInstance(head)) {
      throw new InvalidSettingsException(
          head == null
              ? title + " Loop End needs a " + title + " Loop Start at the head of its loop"
              : "the loop starts with "
                  + head.getClass().getSimpleName()
                  + "; "
                  + title
                  + " Loop End needs a "
                  + title
                  + " Loop Start");
    }
    return startType.cast(head);
  }

  /**
   * How many distinct rows the last ended computation had the predictor score, in how many
   * iterations.
   *
   * @return {rows, iterations}
   */
  public final long[] predicted() {
    return new long[] {predictedRows, requests};
  }

  @Override
  protected final void reset() {
    requests = 0;
    predictedRows = 0;
    forget();
  }

  @Override
  protected final void saveSettingsTo(NodeSettingsWO settings) {
    probabilityColumns.saveSettingsTo(settings);
  }

  @Override
  protected final void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    SettingsCheck.validate(settings, LoopEndModel.PROBABILITY_COLUMNS, probabilityColumns);
  }

  @Override
  protected final void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    probabilityColumns.loadSettingsFrom(settings);
  }
}
