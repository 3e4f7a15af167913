package org.glasswing.knime.lime;

import org.glasswing.knime.loop.AttributionNodeView;
import org.glasswing.knime.loop.ProbabilityColumnsDialog;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the LIME Explainer Loop End node; its description is LimeLoopEndNodeFactory.xml beside
 * this class.
 */
public final class LimeLoopEndNodeFactory extends NodeFactory<LimeLoopEndNodeModel> {

  /** Creates the factory. */
  public LimeLoopEndNodeFactory() {}

  @Override
  public LimeLoopEndNodeModel createNodeModel() {
    return new LimeLoopEndNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 1;
  }

  @Override
  public NodeView<LimeLoopEndNodeModel> createNodeView(
      int viewIndex, LimeLoopEndNodeModel nodeModel) {
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
