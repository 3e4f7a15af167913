package org.glasswing.knime.shapley;

import org.glasswing.knime.loop.AttributionNodeView;
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
    return 1;
  }

  @Override
  public NodeView<ShapleyLoopEndNodeModel> createNodeView(
      int viewIndex, ShapleyLoopEndNodeModel nodeModel) {
    if (viewIndex != 0) {
      throw new IndexOutOfBoundsException("the node has one view, not " + viewIndex);
    }
    return new AttributionNodeView<>(nodeModel);
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
