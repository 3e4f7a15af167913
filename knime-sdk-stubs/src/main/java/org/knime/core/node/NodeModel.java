package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.workflow.LoopEndNode;
import org.knime.core.node.workflow.LoopStartNode;

/**
 * Stub: the logic of a node. Only the framework (here: the test harness in this package) calls the
 * protected methods.
 */
public abstract class NodeModel implements AbstractNodeView.ViewableModel {

  private final PortType[] inTypes;
  private final PortType[] outTypes;
  private String warning;
  Map<String, Object> flowVariables = new LinkedHashMap<>();
  boolean continueLoopRequested;
  LoopStartNode loopStartNode;
  LoopEndNode loopEndNode;

  /**
   * Creates a node with data table ports only.
   *
   * @param nrInDataPorts the number of input tables
   * @param nrOutDataPorts the number of output tables
   */
  protected NodeModel(int nrInDataPorts, int nrOutDataPorts) {
    this(tables(nrInDataPorts), tables(nrOutDataPorts));
  }

  /**
   * Creates a node with ports of the given types.
   *
   * @param inPortTypes the input port types
   * @param outPortTypes the output port types
   */
  protected NodeModel(PortType[] inPortTypes, PortType[] outPortTypes) {
    this.inTypes = inPortTypes.clone();
    this.outTypes = outPortTypes.clone();
  }

  private static PortType[] tables(int count) {
    PortType[] types = new PortType[count];
    Arrays.fill(types, BufferedDataTable.TYPE);
    return types;
  }

  /**
   * Loads internal state saved with the workflow.
   *
   * @param nodeInternDir the node's directory
   * @param exec the monitor
   * @throws IOException on read errors
   * @throws CanceledExecutionException if cancelled
   */
  protected abstract void loadInternals(File nodeInternDir, ExecutionMonitor exec)
      throws IOException, CanceledExecutionException;

  /**
   * Saves internal state with the workflow.
   *
   * @param nodeInternDir the node's directory
   * @param exec the monitor
   * @throws IOException on write errors
   * @throws CanceledExecutionException if cancelled
   */
  protected abstract void saveInternals(File nodeInternDir, ExecutionMonitor exec)
      throws IOException, CanceledExecutionException;

  /**
   * The number of input ports.
   *
   * @return the count
   */
  protected final int getNrInPorts() {
    return inTypes.length;
  }

  /**
   * The number of output ports.
   *
   * @return the count
   */
  protected final int getNrOutPorts() {
    return outTypes.length;
  }

  /**
   * Writes the settings.
   *
   * @param settings where to write
   */
  protected abstract void saveSettingsTo(NodeSettingsWO settings);

  /**
   * Checks settings without applying them.
   *
   * @param settings the settings
   * @throws InvalidSettingsException if they are invalid
   */
  protected abstract void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException;

  /**
   * Applies validated settings.
   *
   * @param settings the settings
   * @throws InvalidSettingsException if they cannot be read
   */
  protected abstract void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException;

  /**
   * Executes on tables.
   *
   * @param inData the input tables
   * @param exec the context
   * @return the output tables
   * @throws Exception on failure
   */
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    throw new IOException("NodeModel.execute() implementation missing!");
  }

  /**
   * Executes on port objects; by default hands data tables to {@link #execute(BufferedDataTable[],
   * ExecutionContext)}.
   *
   * @param inObjects the input objects
   * @param exec the context
   * @return the output objects
   * @throws Exception on failure
   */
  protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
    BufferedDataTable[] tables = new BufferedDataTable[inObjects.length];
    for (int i = 0; i < tables.length; i++) {
      if (inObjects[i] != null && !(inObjects[i] instanceof BufferedDataTable)) {
        throw new IOException(
            "input " + i + " is not a data table; override execute(PortObject[])");
      }
      tables[i] = (BufferedDataTable) inObjects[i];
    }
    return execute(tables, exec);
  }

  /** Forgets the results of the last execution. */
  protected abstract void reset();

  /**
   * Computes the output specs from the input port specs; by default hands table specs to {@link
   * #configure(DataTableSpec[])}.
   *
   * @param inSpecs the input specs
   * @return the output specs
   * @throws InvalidSettingsException if the node cannot run on these inputs
   */
  protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
    DataTableSpec[] specs = new DataTableSpec[inSpecs.length];
    for (int i = 0; i < specs.length; i++) {
      if (inSpecs[i] != null && !(inSpecs[i] instanceof DataTableSpec)) {
        throw new InvalidSettingsException(
            "input " + i + " is not a data table; override configure(PortObjectSpec[])");
      }
      specs[i] = (DataTableSpec) inSpecs[i];
    }
    return configure(specs);
  }

  /**
   * Computes the output specs from the input specs.
   *
   * @param inSpecs the input specs
   * @return the output specs
   * @throws InvalidSettingsException if the node cannot run on these inputs
   */
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    throw new InvalidSettingsException("NodeModel.configure() implementation missing!");
  }

  /**
   * Shows a warning on the node.
   *
   * @param warningMessage the warning, or {@code null} to clear it
   */
  protected final void setWarningMessage(String warningMessage) {
    this.warning = warningMessage;
  }

  /**
   * The node's warning.
   *
   * @return the warning, or {@code null}
   */
  protected final String getWarningMessage() {
    return warning;
  }

  /**
   * Reads a string flow variable.
   *
   * @param name the variable
   * @return its value
   */
  public final String peekFlowVariableString(String name) {
    return peek(name, String.class);
  }

  /**
   * Publishes a double flow variable.
   *
   * @param name the variable
   * @param value its value
   */
  protected final void pushFlowVariableDouble(String name, double value) {
    flowVariables.put(name, value);
  }

  /**
   * Reads a double flow variable.
   *
   * @param name the variable
   * @return its value
   */
  public final double peekFlowVariableDouble(String name) {
    return peek(name, Double.class);
  }

  /**
   * Publishes an int flow variable.
   *
   * @param name the variable
   * @param value its value
   */
  protected final void pushFlowVariableInt(String name, int value) {
    flowVariables.put(name, value);
  }

  /**
   * Reads an int flow variable.
   *
   * @param name the variable
   * @return its value
   */
  public final int peekFlowVariableInt(String name) {
    return peek(name, Integer.class);
  }

  /**
   * Publishes a string flow variable.
   *
   * @param name the variable
   * @param value its value
   */
  protected final void pushFlowVariableString(String name, String value) {
    flowVariables.put(name, value);
  }

  private <T> T peek(String name, Class<T> type) {
    Object value = flowVariables.get(name);
    if (!type.isInstance(value)) {
      throw new NoSuchElementException("no flow variable '" + name + "' of that type");
    }
    return type.cast(value);
  }

  /** Asks the framework to run the loop body again (loop end nodes only). */
  protected final void continueLoop() {
    continueLoopRequested = true;
  }

  /**
   * The loop end of this loop start node.
   *
   * @return the end node, or {@code null}
   */
  protected final LoopEndNode getLoopEndNode() {
    return loopEndNode;
  }

  /**
   * The loop start of this loop end node.
   *
   * @return the start node, or {@code null} when there is none
   */
  protected final LoopStartNode getLoopStartNode() {
    return loopStartNode;
  }

  /**
   * The node's logger.
   *
   * @return the logger
   */
  protected final NodeLogger getLogger() {
    return NodeLogger.getLogger(getClass());
  }
}
