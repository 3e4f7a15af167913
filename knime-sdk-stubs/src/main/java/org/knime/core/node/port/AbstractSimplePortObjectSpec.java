package org.knime.core.node.port;

import java.io.IOException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/**
 * Stub: a port object spec that saves itself to and loads itself from a {@code ModelContent} tree;
 * it needs a public no-arg constructor.
 */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

  /** Creates the spec; {@link #load} fills it in when it is read back. */
  public AbstractSimplePortObjectSpec() {}

  /**
   * Saves the spec's content.
   *
   * @param model where to write
   */
  protected abstract void save(ModelContentWO model);

  /**
   * Loads the spec's content.
   *
   * @param model where to read
   * @throws InvalidSettingsException if the content is incomplete
   */
  protected abstract void load(ModelContentRO model) throws InvalidSettingsException;

  /**
   * Stub: the serializer of a simple spec; a subclass declares an empty nested subclass of it.
   *
   * @param <T> the spec class
   */
  public abstract static class AbstractSimplePortObjectSpecSerializer<
          T extends AbstractSimplePortObjectSpec>
      extends PortObjectSpecSerializer<T> {

    @Override
    public T loadPortObjectSpec(PortObjectSpecZipInputStream in) throws IOException {
      throw new UnsupportedOperationException("stub: zip persistence belongs to KNIME");
    }

    @Override
    public void savePortObjectSpec(T portObject, PortObjectSpecZipOutputStream out)
        throws IOException {
      throw new UnsupportedOperationException("stub: zip persistence belongs to KNIME");
    }
  }
}
