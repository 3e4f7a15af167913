package org.glasswing.knime.uncertainty;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Conformal Predictor node; its description is ConformalPredictorNodeFactory.xml beside
 * this class.
 */
public final class ConformalPredictorNodeFactory extends NodeFactory<ConformalPredictorNodeModel> {

  /** Creates the factory. */
  public ConformalPredictorNodeFactory() {}

  @Override
  public ConformalPredictorNodeModel createNodeModel() {
    return new ConformalPredictorNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<ConformalPredictorNodeModel> createNodeView(
      int viewIndex, ConformalPredictorNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
  }

  @Override
  protected boolean hasDialog() {
    return false;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return null;
  }
}
