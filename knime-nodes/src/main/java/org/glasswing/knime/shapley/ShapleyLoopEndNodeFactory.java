package org.glasswing.knime.shapley;

import org.glasswing.knime.loop.ProbabilityColumnsDialog;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Shapley Explainer Loop End node; its description is ShapleyLoopEndNodeFactory.xml
 * beside this class.
 */
public final class ShapleyLoopEndNodeFactory extends NodeFactory<ShapleyLoopEndNodeModel> {

  /** Creates the factory. */
  public ShapleyLoopEndNodeFactory() {}

  @Override
  public ShapleyLoopEndNodeModel createNodeModel() {
    return new ShapleyLoopEndNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<ShapleyLoopEndNodeModel> createNodeView(
      int viewIndex, ShapleyLoopEndNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
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
