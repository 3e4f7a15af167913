package org.glasswing.knime.faithfulness;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Deletion Curve Loop Start node; its description is DeletionLoopStartNodeFactory.xml
 * beside this class.
 */
public final class DeletionLoopStartNodeFactory extends NodeFactory<DeletionLoopStartNodeModel> {

  /** Creates the factory. */
  public DeletionLoopStartNodeFactory() {}

  @Override
  public DeletionLoopStartNodeModel createNodeModel() {
    return new DeletionLoopStartNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<DeletionLoopStartNodeModel> createNodeView(
      int viewIndex, DeletionLoopStartNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new DeletionLoopStartNodeDialog();
  }
}
