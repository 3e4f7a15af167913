package org.glasswing.knime.global;

import org.glasswing.knime.loop.ProbabilityColumnsDialog;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Partial Dependence Loop End node, with its profile view; its description is
 * ProfileLoopEndNodeFactory.xml beside this class.
 */
public final class ProfileLoopEndNodeFactory extends NodeFactory<ProfileLoopEndNodeModel> {

  /** Creates the factory. */
  public ProfileLoopEndNodeFactory() {}

  @Override
  public ProfileLoopEndNodeModel createNodeModel() {
    return new ProfileLoopEndNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 1;
  }

  @Override
  public NodeView<ProfileLoopEndNodeModel> createNodeView(
      int viewIndex, ProfileLoopEndNodeModel nodeModel) {
    if (viewIndex != 0) {
      throw new IndexOutOfBoundsException("the node has one view, not " + viewIndex);
    }
    return new ProfileNodeView(nodeModel);
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new ProbabilityColumnsDialog();
  }
}
