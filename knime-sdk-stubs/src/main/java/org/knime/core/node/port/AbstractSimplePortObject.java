package org.knime.core.node.port;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/**
 * Stub: a port object that saves itself to and loads itself from a {@code ModelContent} tree; it
 * needs a public no-arg constructor.
 */
public abstract class AbstractSimplePortObject implements PortObject {

  /** Creates the object; {@link #load} fills it in when it is read back. */
  public AbstractSimplePortObject() {}

  /**
   * Saves the object's content.
   *
   * @param model where to write
   * @param exec the monitor
   * @throws CanceledExecutionException if cancelled
   */
  protected abstract void save(ModelContentWO model, ExecutionMonitor exec)
      throws CanceledExecutionException;

  /**
   * Loads the object's content.
   *
   * @param model where to read
   * @param spec the object's spec
   * @param exec the monitor
   * @throws InvalidSettingsException if the content is incomplete
   * @throws CanceledExecutionException if cancelled
   */
  protected abstract void load(ModelContentRO model, PortObjectSpec spec, ExecutionMonitor exec)
      throws InvalidSettingsException, CanceledExecutionException;

  /**
   * Stub: the serializer of a simple port object; a subclass declares an empty nested subclass of
   * it, which the framework finds by reflection.
   *
   * @param <T> the port object class
   */
  public abstract static class AbstractSimplePortObjectSerializer<
          T extends AbstractSimplePortObject>
      extends PortObjectSerializer<T> {

    @Override
    public T loadPortObject(PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
        throws java.io.IOException, CanceledExecutionException {
      throw new UnsupportedOperationException("stub: zip persistence belongs to KNIME");
    }

    @Override
    public void savePortObject(T portObject, PortObjectZipOutputStream out, ExecutionMonitor exec)
        throws java.io.IOException, CanceledExecutionException {
      throw new UnsupportedOperationException("stub: zip persistence belongs to KNIME");
    }
  }
}
