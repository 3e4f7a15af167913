package org.knime.core.node;

/**
 * Stub: creates a node's model, views and dialog; the description is read from the XML file beside
 * the factory class.
 *
 * @param <T> the model's type
 */
public abstract class NodeFactory<T extends NodeModel> {

  /** Creates the factory. */
  protected NodeFactory() {}

  /**
   * Creates the factory.
   *
   * @param lazyInitialization whether to read the node description only when first asked for it
   */
  protected NodeFactory(boolean lazyInitialization) {}

  /**
   * A new model.
   *
   * @return the model
   */
  public abstract T createNodeModel();

  /**
   * The number of views.
   *
   * @return the count
   */
  protected abstract int getNrNodeViews();

  /**
   * A view.
   *
   * @param viewIndex the view's index
   * @param nodeModel the model
   * @return the view
   * @deprecated the classic Swing views are being retired
   */
  @Deprecated(since = "5.6", forRemoval = true)
  public abstract NodeView<T> createNodeView(int viewIndex, T nodeModel);

  /**
   * Whether the node has a dialog.
   *
   * @return true if so
   * @deprecated the classic Swing dialogs are being retired
   */
  @Deprecated(since = "5.6", forRemoval = true)
  protected abstract boolean hasDialog();

  /**
   * The dialog.
   *
   * @return the dialog
   * @deprecated the classic Swing dialogs are being retired
   */
  @Deprecated(since = "5.6", forRemoval = true)
  protected abstract NodeDialogPane createNodeDialogPane();
}
