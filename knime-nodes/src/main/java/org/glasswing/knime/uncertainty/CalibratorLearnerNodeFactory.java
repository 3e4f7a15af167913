package org.glasswing.knime.uncertainty;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Calibrator Learner node; its description is CalibratorLearnerNodeFactory.xml beside
 * this class.
 */
public final class CalibratorLearnerNodeFactory extends NodeFactory<CalibratorLearnerNodeModel> {

  /** Creates the factory. */
  public CalibratorLearnerNodeFactory() {}

  @Override
  public CalibratorLearnerNodeModel createNodeModel() {
    return new CalibratorLearnerNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<CalibratorLearnerNodeModel> createNodeView(
      int viewIndex, CalibratorLearnerNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new CalibratorLearnerNodeDialog();
  }
}
