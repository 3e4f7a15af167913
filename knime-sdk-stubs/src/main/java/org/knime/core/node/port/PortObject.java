package org.knime.core.node.port;

import java.io.IOException;
import org.knime.core.internal.SerializerMethodLoader.Serializer;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** Stub: what a port carries at execution time. */
public interface PortObject {

  /**
   * A short summary.
   *
   * @return the summary
   */
  String getSummary();

  /**
   * The object's spec.
   *
   * @return the spec
   */
  PortObjectSpec getSpec();

  /**
   * Stub: saves and loads port objects of one class.
   *
   * @param <T> the port object class
   */
  abstract static class PortObjectSerializer<T extends PortObject> implements Serializer<T> {

    /**
     * Saves an object.
     *
     * @param portObject the object
     * @param out where to write
     * @param exec the monitor
     * @throws IOException on write errors
     * @throws CanceledExecutionException if cancelled
     */
    public abstract void savePortObject(
        T portObject, PortObjectZipOutputStream out, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /**
     * Loads an object.
     *
     * @param in where to read
     * @param spec the object's spec
     * @param exec the monitor
     * @return the object
     * @throws IOException on read errors
     * @throws CanceledExecutionException if cancelled
     */
    public abstract T loadPortObject(
        PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;
  }
}
