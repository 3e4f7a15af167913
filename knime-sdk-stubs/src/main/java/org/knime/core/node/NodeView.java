package org.knime.core.node;

import java.awt.Component;

/**
 * Stub: a Swing view of a node model.
 *
 * @param <T> the model's type
 */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T>
    implements NodeModelWarningListener {

  /**
   * Creates a view.
   *
   * @param nodeModel the model
   */
  protected NodeView(T nodeModel) {
    super(nodeModel);
  }

  private Component component;

  /**
   * The viewed model.
   *
   * @return the model
   */
  protected T getNodeModel() {
    return getViewableModel();
  }

  /** Called when the view opens. */
  protected abstract void onOpen();

  /** Called when the view closes. */
  protected abstract void onClose();

  /**
   * The component the view shows.
   *
   * @return the component, or null before one is set
   */
  protected final Component getComponent() {
    return component;
  }

  /**
   * Sets the component the view shows.
   *
   * @param comp the component
   */
  protected final void setComponent(Component comp) {
    this.component = comp;
  }
}
