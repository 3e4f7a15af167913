package org.glasswing.knime.lime;

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
    return 0;
  }

  @Override
  public NodeView<LimeLoopEndNodeModel> createNodeView(
      int viewIndex, LimeLoopEndNodeModel nodeModel) {
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
