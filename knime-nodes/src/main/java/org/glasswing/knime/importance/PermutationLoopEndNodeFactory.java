package org.glasswing.knime.importance;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Permutation Importance Loop End node; its description is
 * PermutationLoopEndNodeFactory.xml beside this class.
 */
public final class PermutationLoopEndNodeFactory extends NodeFactory<PermutationLoopEndNodeModel> {

  /** Creates the factory. */
  public PermutationLoopEndNodeFactory() {}

  @Override
  public PermutationLoopEndNodeModel createNodeModel() {
    return new PermutationLoopEndNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<PermutationLoopEndNodeModel> createNodeView(
      int viewIndex, PermutationLoopEndNodeModel nodeModel) {
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
