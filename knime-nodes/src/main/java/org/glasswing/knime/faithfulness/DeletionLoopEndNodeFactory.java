package org.glasswing.knime.faithfulness;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Deletion Curve Loop End node; its description is DeletionLoopEndNodeFactory.xml
 * beside this class.
 */
public final class DeletionLoopEndNodeFactory extends NodeFactory<DeletionLoopEndNodeModel> {

  /** Creates the factory. */
  public DeletionLoopEndNodeFactory() {}

  @Override
  public DeletionLoopEndNodeModel createNodeModel() {
    return new DeletionLoopEndNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<DeletionLoopEndNodeModel> createNodeView(
      int viewIndex, DeletionLoopEndNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
  }

  @Override
  protected boolean hasDialog() {
    return false;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return null;
  }
}
