package org.glasswing.knime.uncertainty;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Calibrator Predictor node; its description is CalibratorPredictorNodeFactory.xml
 * beside this class.
 */
public final class CalibratorPredictorNodeFactory
    extends NodeFactory<CalibratorPredictorNodeModel> {

  /** Creates the factory. */
  public CalibratorPredictorNodeFactory() {}

  @Override
  public CalibratorPredictorNodeModel createNodeModel() {
    return new CalibratorPredictorNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<CalibratorPredictorNodeModel> createNodeView(
      int viewIndex, CalibratorPredictorNodeModel nodeModel) {
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
