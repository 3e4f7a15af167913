package org.glasswing.knime.uncertainty;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Conformal Calibrator node; its description is ConformalCalibratorNodeFactory.xml
 * beside this class.
 */
public final class ConformalCalibratorNodeFactory
    extends NodeFactory<ConformalCalibratorNodeModel> {

  /** Creates the factory. */
  public ConformalCalibratorNodeFactory() {}

  @Override
  public ConformalCalibratorNodeModel createNodeModel() {
    return new ConformalCalibratorNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<ConformalCalibratorNodeModel> createNodeView(
      int viewIndex, ConformalCalibratorNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new ConformalCalibratorNodeDialog();
  }
}
