package org.glasswing.knime.uncertainty;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Uncertainty Scorer node; its description is UncertaintyScorerNodeFactory.xml beside
 * this class.
 */
public final class UncertaintyScorerNodeFactory extends NodeFactory<UncertaintyScorerNodeModel> {

  /** Creates the factory. */
  public UncertaintyScorerNodeFactory() {}

  @Override
  public UncertaintyScorerNodeModel createNodeModel() {
    return new UncertaintyScorerNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<UncertaintyScorerNodeModel> createNodeView(
      int viewIndex, UncertaintyScorerNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new UncertaintyScorerNodeDialog();
  }
}
