package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.workflow.LoopEndNode;
import org.knime.core.node.workflow.LoopStartNode;
import org.knime.core.node.workflow.LoopStartNodeTerminator;

/**
 * Executes nodes headless, the way KNIME's workflow manager calls them: settings saved, validated
 * and loaded into the model; configure with the input specs; execute with the input tables; a loop
 * run as start, body, end until the end stops asking to continue. Lives in the stubs' package (test
 * scope) to reach the hooks the real framework owns.
 */
public final class NodeHarness {

  private final AtomicBoolean canceled = new AtomicBoolean();
  private final List<Double> progress = new ArrayList<>();

  /** The result of a loop: the end's outputs and the number of iterations. */
  public record LoopResult(BufferedDataTable[] outputs, int iterations) {}

  /** A table with the given rows. */
  public static BufferedDataTable table(DataTableSpec spec, List<? extends DataRow> rows) {
    BufferedDataContainer container = new BufferedDataContainer(spec);
    rows.forEach(container::addRowToTable);
    container.close();
    return container.getTable();
  }

  /** A fresh execution context sharing this harness's cancel flag and progress record. */
  public ExecutionContext exec() {
    return new ExecutionContext(canceled, progress);
  }

  /** Cancels every execution context of this harness. */
  public void cancel() {
    canceled.set(true);
  }

  /** The progress fractions reported so far. */
  public List<Double> progress() {
    return List.copyOf(progress);
  }

  /** Applies settings as the framework does: validate, then load. */
  public static void applySettings(NodeModel model, NodeSettings settings)
      throws InvalidSettingsException {
    model.validateSettings(settings);
    model.loadValidatedSettingsFrom(settings);
  }

  /** The model's current settings. */
  public static NodeSettings settingsOf(NodeModel model) {
    NodeSettings settings = new NodeSettings("model");
    model.saveSettingsTo(settings);
    return settings;
  }

  /** Configures a node with its input specs. */
  public static DataTableSpec[] configure(NodeModel model, DataTableSpec... specs)
      throws InvalidSettingsException {
    return model.configure(specs);
  }

  /** Configures (with the tables' specs), then executes a node. */
  public BufferedDataTable[] execute(NodeModel model, BufferedDataTable... tables)
      throws Exception {
    DataTableSpec[] specs = new DataTableSpec[tables.length];
    for (int i = 0; i < tables.length; i++) {
      specs[i] = tables[i].getDataTableSpec();
    }
    model.configure(specs);
    return model.execute(tables, exec());
  }

  /** Configures a node with port specs, as the framework does for nodes with model ports. */
  public static PortObjectSpec[] configurePorts(NodeModel model, PortObjectSpec... specs)
      throws InvalidSettingsException {
    return model.configure(specs);
  }

  /** Configures (with the objects' specs), then executes a node with port objects. */
  public PortObject[] executePorts(NodeModel model, PortObject... objects) throws Exception {
    PortObjectSpec[] specs = new PortObjectSpec[objects.length];
    for (int i = 0; i < objects.length; i++) {
      specs[i] = objects[i].getSpec();
    }
    model.configure(specs);
    return model.execute(objects, exec());
  }

  /** Links a loop end to its start, as the workflow's flow-object stack does. */
  public static void link(NodeModel start, NodeModel end) {
    end.loopStartNode = start instanceof LoopStartNode head ? head : null;
    start.loopEndNode = end instanceof LoopEndNode tail ? tail : null;
    end.flowVariables = start.flowVariables;
  }

  /**
   * Runs a loop: configures start, body and end with specs, then executes start, body and end until
   * the end stops calling continueLoop().
   */
  public LoopResult runLoop(
      NodeModel start, BufferedDataTable[] startInputs, NodeModel body, NodeModel end)
      throws Exception {
    link(start, end);
    body.flowVariables = start.flowVariables;
    DataTableSpec[] specs = new DataTableSpec[startInputs.length];
    for (int i = 0; i < specs.length; i++) {
      specs[i] = startInputs[i].getDataTableSpec();
    }
    DataTableSpec[] startSpecs = start.configure(specs);
    end.configure(body.configure(startSpecs));
    for (int iteration = 1; iteration <= 1_000_000; iteration++) {
      BufferedDataTable[] emitted = start.execute(startInputs, exec());
      BufferedDataTable[] predicted = body.execute(emitted, exec());
      end.continueLoopRequested = false;
      BufferedDataTable[] out = end.execute(predicted, exec());
      if (!end.continueLoopRequested) {
        if (start instanceof LoopStartNodeTerminator t && !t.terminateLoop()) {
          throw new IllegalStateException("the loop end stopped before its start was done");
        }
        return new LoopResult(out, iteration);
      }
    }
    throw new IllegalStateException("the loop did not end");
  }

  /** Resets a model, as the framework does before a node (or a loop) executes again. */
  public static void reset(NodeModel model) {
    model.reset();
  }

  /** The number of input ports of a model. */
  public static int inPorts(NodeModel model) {
    return model.getNrInPorts();
  }

  /** The number of output ports of a model. */
  public static int outPorts(NodeModel model) {
    return model.getNrOutPorts();
  }

  /** Executes only the loop end, as a workflow would if it ran without its start. */
  public BufferedDataTable[] executeAlone(NodeModel end, BufferedDataTable table) throws Exception {
    return end.execute(new BufferedDataTable[] {table}, exec());
  }

  /** The number of views a factory declares. */
  public static int views(NodeFactory<?> factory) {
    return factory.getNrNodeViews();
  }

  /**
   * Tells a view its model changed, as the framework does after execute or reset, and returns the
   * component it then shows (never put in a frame: the tests run headless).
   */
  public static java.awt.Component refreshView(NodeView<?> view) {
    view.modelChanged();
    return view.getComponent();
  }

  /** Saves a model's internals as the framework does when the workflow is saved. */
  public static void saveInternals(NodeModel model, java.io.File dir) throws Exception {
    model.saveInternals(dir, new ExecutionMonitor());
  }

  /** Loads a model's internals as the framework does when the workflow is loaded. */
  public static void loadInternals(NodeModel model, java.io.File dir) throws Exception {
    model.loadInternals(dir, new ExecutionMonitor());
  }
}
