package org.glasswing.knime.node;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/**
 * The factory of a node with a dialog and no Swing view: subclasses give the model and the dialog.
 * Its description is the XML file named after the subclass, beside it.
 *
 * @param <T> the model's type
 */
public abstract class DialogNodeFactory<T extends NodeModel> extends NodeFactory<T> {

  /** Creates the factory. */
  protected DialogNodeFactory() {}

  @Override
  protected final int getNrNodeViews() {
    return 0;
  }

  @Override
  public final NodeView<T> createNodeView(int viewIndex, T nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
  }

  @Override
  protected final boolean hasDialog() {
    return true;
  }

  @Override
  protected abstract NodeDialogPane createNodeDialogPane();
}
