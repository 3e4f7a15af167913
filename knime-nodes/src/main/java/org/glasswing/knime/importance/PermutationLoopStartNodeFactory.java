package org.glasswing.knime.importance;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Permutation Importance Loop Start node; its description is
 * PermutationLoopStartNodeFactory.xml beside this class.
 */
public final class PermutationLoopStartNodeFactory
    extends NodeFactory<PermutationLoopStartNodeModel> {

  /** Creates the factory. */
  public PermutationLoopStartNodeFactory() {}

  @Override
  public PermutationLoopStartNodeModel createNodeModel() {
    return new PermutationLoopStartNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<PermutationLoopStartNodeModel> createNodeView(
      int viewIndex, PermutationLoopStartNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new PermutationLoopStartNodeDialog();
  }
}
