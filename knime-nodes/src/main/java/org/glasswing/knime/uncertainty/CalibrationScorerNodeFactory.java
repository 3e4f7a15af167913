package org.glasswing.knime.uncertainty;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Calibration Scorer node; its description is CalibrationScorerNodeFactory.xml beside
 * this class.
 */
public final class CalibrationScorerNodeFactory extends NodeFactory<CalibrationScorerNodeModel> {

  /** Creates the factory. */
  public CalibrationScorerNodeFactory() {}

  @Override
  public CalibrationScorerNodeModel createNodeModel() {
    return new CalibrationScorerNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<CalibrationScorerNodeModel> createNodeView(
      int viewIndex, CalibrationScorerNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new CalibrationScorerNodeDialog();
  }
}
