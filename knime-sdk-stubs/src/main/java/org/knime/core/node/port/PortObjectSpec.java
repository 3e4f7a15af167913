package org.knime.core.node.port;

import java.io.IOException;
import org.knime.core.internal.SerializerMethodLoader.Serializer;

/** Stub: the description of what a port carries, known at configure time. */
public interface PortObjectSpec {

  /**
   * Stub: saves and loads port object specs of one class.
   *
   * @param <T> the spec class
   */
  abstract static class PortObjectSpecSerializer<T extends PortObjectSpec>
      implements Serializer<T> {

    /**
     * Saves a spec.
     *
     * @param portObjectSpec the spec
     * @param out where to write
     * @throws IOException on write errors
     */
    public abstract void savePortObjectSpec(T portObjectSpec, PortObjectSpecZipOutputStream out)
        throws IOException;

    /**
     * Loads a spec.
     *
     * @param in where to read
     * @return the spec
     * @throws IOException on read errors
     */
    public abstract T loadPortObjectSpec(PortObjectSpecZipInputStream in) throws IOException;
  }
}
