package org.glasswing.knime.shapley;

import org.glasswing.knime.loop.ExplainerDialog;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Shapley Explainer Loop Start node; its description is ShapleyLoopStartNodeFactory.xml
 * beside this class.
 */
public final class ShapleyLoopStartNodeFactory extends NodeFactory<ShapleyLoopStartNodeModel> {

  /** Creates the factory. */
  public ShapleyLoopStartNodeFactory() {}

  @Override
  public ShapleyLoopStartNodeModel createNodeModel() {
    return new ShapleyLoopStartNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<ShapleyLoopStartNodeModel> createNodeView(
      int viewIndex, ShapleyLoopStartNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new ExplainerDialog(ShapleyLoopSettings.create());
  }
}
