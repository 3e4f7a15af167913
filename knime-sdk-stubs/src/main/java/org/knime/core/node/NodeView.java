package org.knime.core.node;

/**
 * Stub: a Swing view of a node model.
 *
 * @param <T> the model's type
 */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> {

  /**
   * Creates a view.
   *
   * @param nodeModel the model
   */
  protected NodeView(T nodeModel) {
    super(nodeModel);
  }
}
