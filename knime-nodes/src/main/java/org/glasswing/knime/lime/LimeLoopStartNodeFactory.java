package org.glasswing.knime.lime;

import org.glasswing.knime.loop.ExplainerDialog;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the LIME Explainer Loop Start node; its description is LimeLoopStartNodeFactory.xml
 * beside this class.
 */
public final class LimeLoopStartNodeFactory extends NodeFactory<LimeLoopStartNodeModel> {

  /** Creates the factory. */
  public LimeLoopStartNodeFactory() {}

  @Override
  public LimeLoopStartNodeModel createNodeModel() {
    return new LimeLoopStartNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<LimeLoopStartNodeModel> createNodeView(
      int viewIndex, LimeLoopStartNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new ExplainerDialog(LimeLoopSettings.create());
  }
}
