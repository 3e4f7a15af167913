package org.glasswing.knime.sanity;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Label Randomizer node; its description is LabelRandomizerNodeFactory.xml beside this
 * class.
 */
public final class LabelRandomizerNodeFactory extends NodeFactory<LabelRandomizerNodeModel> {

  /** Creates the factory. */
  public LabelRandomizerNodeFactory() {}

  @Override
  public LabelRandomizerNodeModel createNodeModel() {
    return new LabelRandomizerNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<LabelRandomizerNodeModel> createNodeView(
      int viewIndex, LabelRandomizerNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new LabelRandomizerNodeDialog();
  }
}
